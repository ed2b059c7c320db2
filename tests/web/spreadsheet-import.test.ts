/** From a read spreadsheet to transactions: columns recognised, cells turned into values, refusals told by spreadsheet row. */
import { describe, expect, it } from 'vitest';
import { describeProblem, guessMapping, localProblems, prepareRows, serverProblems, typeCode } from '../../web/src/modules/finance/composables/spreadsheetImport';

const ORGS = [
  { id: 'o1', name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', iatiRef: 'XM-DAC-41128' },
  { id: 'o2', name: 'NGO Partner', acronym: null, iatiRef: null },
];
const COLUMNS = ['Value date', 'Date', 'Type', 'Amount', 'Currency', 'From', 'Payee', 'Notes'];

describe('importing a spreadsheet', () => {
  it('recognises the columns by their headers, without taking "Value date" for the date or the amount', () => {
    expect(guessMapping(COLUMNS)).toEqual({ valueDate: 0, transactionDate: 1, type: 2, amount: 3, currency: 4, provider: 5, receiver: 6, description: null });
  });

  it('reads types by code or name', () => {
    expect(['4', 'Expenditure', 'expenditure (4)', 'Incoming Funds', '11', 'Disbursement (3)', 'spending'].map(typeCode)).toEqual(['4', '4', '4', '1', '11', '3', null]);
  });

  it('makes one transaction per non-blank row, keeping the file’s row numbers and the exact amount', () => {
    const rows = [
      ['', '2024-06-01', 'Expenditure', '1,500.00', 'usd', 'UNODC', 'ngo partner', 'x'],
      ['', '', '', '', '', '', '', ''],
      ['2024-07-01', '2024-06-15', '4', '12345678901234.56', 'EUR', 'XM-DAC-41128', '', ''],
    ];
    const prepared = prepareRows(rows, guessMapping(COLUMNS), 'p1', ORGS);
    expect(prepared.map((r) => r.sheetRow)).toEqual([2, 4]);
    expect(prepared[0].input).toMatchObject({ projectId: 'p1', type: '4', transactionDate: '2024-06-01', amount: '1500.00', currency: 'USD', providerId: 'o1', receiverId: 'o2', valueDate: null });
    expect(prepared[1].input).toMatchObject({ amount: '12345678901234.56', providerId: 'o1', receiverId: null, valueDate: '2024-07-01' });
    expect(localProblems(prepared, guessMapping(COLUMNS), COLUMNS)).toEqual([]);
  });

  it('names what it cannot read by spreadsheet row and column before anything is sent', () => {
    const rows = [['', '01/06/2024', 'spending', '12,5x', 'USD', 'Unknown Agency', '', '']];
    const mapping = guessMapping(COLUMNS);
    const problems = localProblems(prepareRows(rows, mapping, 'p1', ORGS), mapping, COLUMNS).map(describeProblem);
    expect(problems).toEqual([
      'Row 2, Transaction date (column “Date”): “01/06/2024” is not a date as YYYY-MM-DD',
      'Row 2, Type (column “Type”): “spending” is not a transaction type: use 11, 1, 2, 3, 4 or their names',
      'Row 2, Amount (column “Amount”): “12,5x” is not an amount',
      'Row 2, Provider (column “From”): no organisation is named “Unknown Agency” (by name, acronym or IATI identifier)',
    ]);
  });

  it('tells the server’s rows.<i>.<field> as the spreadsheet row, counting the header and skipped blank rows', () => {
    const rows = [
      ['', '2024-06-01', '4', '1', 'USD', '', '', ''],
      ['', '', '', '', '', '', '', ''],
      ['', '2024-06-02', '4', '2', 'ZZZ', '', '', ''],
    ];
    const mapping = guessMapping(COLUMNS);
    const sent = prepareRows(rows, mapping, 'p1', ORGS);
    const told = serverProblems({ 'rows.1.currency': ['"ZZZ" is not an ISO 4217 currency code'], 'rows.1.receiverId': ['the receiver cannot also be the provider'] }, sent, mapping, COLUMNS);
    expect(told.map(describeProblem)).toEqual([
      'Row 4, Currency (column “Currency”): "ZZZ" is not an ISO 4217 currency code',
      'Row 4, Receiver (column “Payee”): the receiver cannot also be the provider',
    ]);
  });
});
