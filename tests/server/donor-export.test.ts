/**
 * The donor funding workbook: what a donor downloads holds the same figures as `donorFunding` in the API, to
 * the cent, and only the caller's own organisation unless the caller reads the whole portfolio.
 */
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';

const api = useApi();
const org: Record<string, string> = {};
let programme: string;
let project: string;

const FUNDING = `{ reportingCurrency donor { name } rows { programme { title } project { title } contributed received transferred spent deliveryRate missingRates }
  totals { contributed received transferred spent deliveryRate missingRates } }`;

beforeAll(async () => {
  for (const [key, name, kind] of [
    ['eu', 'European Union', 'DONOR'],
    ['sida', 'Sida', 'DONOR'],
    ['mptf', 'MPTF Office', 'UN_ENTITY'],
    ['unodc', 'UNODC', 'UN_ENTITY'],
  ]) {
    org[key] = (await makeOrganisation(api, { name, kind })).id;
  }
  programme = (await makeProgramme(api, { title: 'Funded programme', leadAgencyId: org.unodc })).id;
  project = (await makeProject(api, programme, { title: 'Earmarked project' })).id;
  const ok = (mutation: string, input: Record<string, unknown>) => api.ok(`mutation($i: ${mutation.split(':')[1]}!) { ${mutation.split(':')[0]}(input: $i) { id } }`, { i: input });
  await ok('setExchangeRate:ExchangeRateInput', { currency: 'EUR', rateDate: '2024-01-01', rate: '1.1', source: 'test' });
  // Pooled: EU EUR 1,000,000.01 × 1.1 = 1,100,000.01 (rounded to the cent); Sida USD 333,333.33.
  await ok('createContribution:ContributionInput', { donorId: org.eu, programmeId: programme, amount: '1000000.01', currency: 'EUR', signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2026-12-31', earmarking: 'UNEARMARKED', status: 'SIGNED' });
  await ok('createContribution:ContributionInput', { donorId: org.sida, programmeId: programme, amount: '333333.33', currency: 'USD', signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2026-12-31', earmarking: 'UNEARMARKED', status: 'PAID' });
  // Tightly earmarked by the EU to the project: USD 50,000.
  await ok('createContribution:ContributionInput', { donorId: org.eu, projectId: project, amount: '50000', currency: 'USD', signedDate: '2024-03-01', periodStart: '2024-01-01', periodEnd: '2025-12-31', earmarking: 'TIGHT', status: 'SIGNED' });
  await ok('createTransaction:TransactionInput', { programmeId: programme, type: '1', transactionDate: '2024-02-10', amount: '600000', currency: 'EUR', providerId: org.eu, receiverId: org.mptf });
  await ok('createTransaction:TransactionInput', { programmeId: programme, type: '1', transactionDate: '2024-02-11', amount: '333333.33', currency: 'USD', providerId: org.sida, receiverId: org.mptf });
  await ok('createTransaction:TransactionInput', { programmeId: programme, type: '3', transactionDate: '2024-05-01', amount: '400000.37', currency: 'USD', providerId: org.mptf, receiverId: org.unodc, receiverProjectId: project });
  await ok('createTransaction:TransactionInput', { projectId: project, type: '1', transactionDate: '2024-03-10', amount: '50000', currency: 'USD', providerId: org.eu, receiverId: org.unodc });
  await ok('createTransaction:TransactionInput', { projectId: project, type: '4', transactionDate: '2024-09-01', amount: '123456.78', currency: 'USD', providerId: org.unodc });
});

const download = (cookie: string, query = '') => fetch(`${api.url}/exports/donor-funding.xlsx${query}`, { headers: cookie ? { cookie } : {} });

async function sheetOf(res: Response) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
  return book.getWorksheet('Funding')!;
}

/** A money cell as the API writes money: a decimal string to the cent, or null when a rate is missing. */
const asMoney = (v: unknown) => (v === 'rate missing' ? null : typeof v === 'number' ? v.toFixed(2) : v);

describe('donor funding export', () => {
  it('gives a donor a workbook whose figures equal donorFunding to the cent', async () => {
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.eu }]);
    const { donorFunding } = await donor.ok(`{ donorFunding ${FUNDING} }`);
    expect(donorFunding.rows).toHaveLength(2);
    // Checks the attribution is not trivially zero, so that the comparison below means something.
    expect(Number(donorFunding.totals.spent)).toBeGreaterThan(0);
    expect(Number(donorFunding.totals.transferred)).toBeGreaterThan(0);

    const res = await download(donor.cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="donor-funding-european-union.xlsx"');
    const sheet = await sheetOf(res);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(['Programme', 'Project', 'Contributed (USD)', 'Received (USD)', 'Transferred (USD)', 'Spent (USD)', 'Delivery rate']);
    const read = (n: number) => {
      const v = sheet.getRow(n).values as unknown[];
      return { programme: v[1], project: v[2] ?? '', contributed: asMoney(v[3]), received: asMoney(v[4]), transferred: asMoney(v[5]), spent: asMoney(v[6]), deliveryRate: v[7] ?? null };
    };
    const expected = donorFunding.rows.map((r: any) => ({
      programme: r.programme.title,
      project: r.project?.title ?? 'Pooled fund',
      contributed: r.contributed,
      received: r.received,
      transferred: r.transferred,
      spent: r.spent,
      deliveryRate: r.deliveryRate,
    }));
    expect([read(2), read(3)]).toEqual(expected);
    const { missingRates: _, ...totals } = donorFunding.totals;
    expect(read(4)).toEqual({ programme: 'Total', project: '', ...totals });
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getCell('C2').numFmt).toBe('#,##0.00');
  });

  it('lets an administrator name a donor, and keeps a donor to its own organisation', async () => {
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const sheet = await sheetOf(await download(admin.cookie, `?organisationId=${org.sida}`));
    const { donorFunding } = await admin.ok(`query($o: ID) { donorFunding(organisationId: $o) ${FUNDING} }`, { o: org.sida });
    expect(asMoney(sheet.getCell('C2').value)).toBe(donorFunding.rows[0].contributed);
    expect(asMoney(sheet.getCell('F2').value)).toBe(donorFunding.rows[0].spent);

    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: org.eu }]);
    const res = await download(donor.cookie, `?organisationId=${org.sida}`);
    expect(res.status).toBe(403);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts|select /i);
  });

  it('answers 401 to anonymous callers and 400 to a malformed organisation id', async () => {
    const res = await download('');
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    const bad = await download(admin.cookie, '?organisationId=nope');
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.fields[0].field).toBe('organisationId');
  });
});
