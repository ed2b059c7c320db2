/**
 * Reading a spreadsheet before an import: a real workbook and a CSV come back as the text a user sees in
 * them; files that are too large, malformed or of another kind are refused with BAD_USER_INPUT naming why.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';

const api = useApi();

const READ = `mutation($f: String!, $c: String!) { readSpreadsheet(fileName: $f, contentBase64: $c) { columns rows } }`;
const read = (fileName: string, content: Buffer | string) => api.gql(READ, { f: fileName, c: Buffer.isBuffer(content) ? content.toString('base64') : Buffer.from(content, 'utf8').toString('base64') });

async function refusal(fileName: string, content: Buffer | string) {
  const res = await read(fileName, content);
  expect(res.data?.readSpreadsheet ?? null).toBeNull();
  const error = res.errors?.[0];
  expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  return { message: error!.message, fields: error!.extensions!.fields ?? [] };
}

describe('reading a spreadsheet', () => {
  it('reads the first sheet of an Excel workbook: dates as ISO dates, amounts as the digits in the cell, formulas by their result', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Transactions');
    workbook.addWorksheet('Notes').addRow(['not read']);
    sheet.addRow(['Date', 'Type', 'Amount', 'Currency', 'Provider', 'Description']);
    sheet.addRow([new Date(Date.UTC(2024, 8, 1)), 4, 120000.5, 'USD', 'UNODC', 'Training of border officers']);
    sheet.addRow([new Date(Date.UTC(2024, 9, 15)), '4', 9999999999999.99, 'EUR', { richText: [{ text: 'NGO ' }, { text: 'Partner', font: { bold: true } }] }, '']);
    sheet.addRow([]);
    sheet.addRow(['2024-11-30', 3, { formula: 'C2+C3', result: 250000 }, 'SEK', 'Sida', 'Quarterly, "advance"']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    const res = await read('Ledger 2024.XLSX', buffer);
    expect(res.errors).toBeUndefined();
    expect(res.data.readSpreadsheet).toEqual({
      columns: ['Date', 'Type', 'Amount', 'Currency', 'Provider', 'Description'],
      rows: [
        ['2024-09-01', '4', '120000.5', 'USD', 'UNODC', 'Training of border officers'],
        ['2024-10-15', '4', '9999999999999.99', 'EUR', 'NGO Partner', ''],
        ['', '', '', '', '', ''],
        ['2024-11-30', '3', '250000', 'SEK', 'Sida', 'Quarterly, "advance"'],
      ],
    });
  });

  it('reads a CSV with quoted cells, a byte-order mark and the delimiter of the header line', async () => {
    const csv = '\uFEFFDate;Type;Amount;Currency;Receiver;Description\r\n2024-05-01;3;400000.00;USD;"UNODC; Vienna";"Transfer for ""X1"",\nfirst tranche"\r\n2024-06-01;3;-10000;USD;UNDP\r\n\r\n';
    const res = await read('transfers.csv', csv);
    expect(res.errors).toBeUndefined();
    expect(res.data.readSpreadsheet).toEqual({
      columns: ['Date', 'Type', 'Amount', 'Currency', 'Receiver', 'Description'],
      rows: [
        ['2024-05-01', '3', '400000.00', 'USD', 'UNODC; Vienna', 'Transfer for "X1",\nfirst tranche'],
        ['2024-06-01', '3', '-10000', 'USD', 'UNDP', ''],
      ],
    });
  });

  it('names blank headers and reads a CSV saved by Excel in Windows-1252', async () => {
    const res = await read('export.csv', Buffer.from('Date,,Montant\n2024-01-02,x,1 500\u00e9\n'.replace('\u00e9', ''), 'latin1'));
    expect(res.data.readSpreadsheet.columns).toEqual(['Date', 'Column 2', 'Montant']);
    const latin = await read('donors.csv', Buffer.concat([Buffer.from('Donor\n', 'latin1'), Buffer.from([0x53, 0xe9, 0x6e, 0xe9, 0x67, 0x61, 0x6c]), Buffer.from('\n')]));
    expect(latin.data.readSpreadsheet.rows).toEqual([['Sénégal']]);
  });

  it('refuses a file larger than the limit, before reading it', async () => {
    const tooLong = 'A'.repeat(1_000_004);
    const res = await api.gql(READ, { f: 'big.csv', c: tooLong });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'contentBase64', message: 'is 1000004 characters long; at most 1000000 are allowed' }]);
  });

  it('refuses more than 5,000 rows', async () => {
    const csv = `Date,Amount\n${'2024-01-01,1\n'.repeat(5001)}`;
    const { message, fields } = await refusal('many.csv', csv);
    expect(message).toContain('at most 5000 can be read at once');
    expect(fields[0].field).toBe('contentBase64');
  });

  it('refuses a malformed workbook, a CSV with an unclosed quote, an unknown kind of file and text that is not base64', async () => {
    expect((await refusal('broken.xlsx', Buffer.from('PK\u0003\u0004 this is not really a zip file'))).message).toBe('The file could not be read as an Excel workbook (.xlsx).');
    expect((await refusal('quotes.csv', 'Date,Description\n2024-01-01,"never closed\n2024-01-02,x\n')).message).toContain('a quoted cell that starts on line 2 is never closed');
    const pdf = await refusal('report.pdf', '%PDF-1.4');
    expect(pdf.fields).toEqual([{ field: 'fileName', message: 'only .xlsx and .csv files can be read' }]);
    const res = await api.gql(READ, { f: 'a.csv', c: '***not base64***' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'contentBase64', message: 'the content is not base64 text' }]);
    expect((await refusal('empty.csv', '')).message).toBe('The file is empty.');
  });

  it('is open to people who may change something, not to anonymous callers', async () => {
    const anonymous = await api.anonymous.gql(READ, { f: 'a.csv', c: Buffer.from('A\n1\n').toString('base64') });
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    const res = await viewer.gql(READ, { f: 'a.csv', c: Buffer.from('A\n1\n').toString('base64') });
    expect(res.data?.readSpreadsheet).toEqual({ columns: ['A'], rows: [['1']] });
  });
});
