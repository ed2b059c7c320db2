/**
 * The IATI checklist (`iatiCompliance`) on worked cases: a complete project has nothing to fix; each gap gives the
 * item a user can act on, with its record and field; a record the export has to leave out is reported as an error
 * and is indeed absent from the (still valid) document; a programme's list holds its own items and its projects'.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { kid, kids, parseXml, schemaErrors, walk } from '../support/iati.js';

const api = useApi();
const ITEMS = `iatiCompliance { code severity message recordType recordId field }`;

type Item = { code: string; severity: string; message: string; recordType: string; recordId: string; field: string | null };
const projectItems = async (id: string): Promise<Item[]> => (await api.ok(`query($p: ID!) { project(id: $p) { ${ITEMS} } }`, { p: id })).project.iatiCompliance;
const codes = (items: Item[]) => items.map((i) => `${i.severity} ${i.code} ${i.recordType}.${i.field}`).sort();

let lead: { id: string };
let donor: { id: string };
let programme: { id: string };

/** A project with everything IATI asks for: nothing to fix. */
async function completeProject() {
  const project = await makeProject(api, programme.id, { plannedStart: '2023-01-01', plannedEnd: '2024-12-31', actualStart: '2023-01-15', status: '2', description: 'Trains prosecutors.' });
  await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: donor.id, projectId: project.id, role: '1' } });
  await api.ok(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: { projectId: project.id, periodStart: '2023-01-01', periodEnd: '2023-12-31', amount: '1000.00', currency: 'USD' } });
  await api.ok(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, { i: { projectId: project.id, type: '4', transactionDate: '2023-05-01', amount: '100.00', currency: 'USD', receiverId: lead.id } });
  const { setReportingCalendar: periods } = await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: ANNUAL) { id } }`, { p: project.id });
  const impact = await addNode(api, project.id, { statement: 'Fewer victims' });
  const indicator = await addIndicator(api, impact.id, { title: 'Convictions', baselineValue: 3, baselineDate: '2022-12-31' });
  await api.ok(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: project.id, v: [{ indicatorId: indicator.id, periodId: periods[0].id, target: 10 }] });
  return { project, impact, indicator };
}

beforeAll(async () => {
  lead = await makeOrganisation(api, { name: 'Lead', iatiRef: 'XM-DAC-41128', iatiType: '40' });
  donor = await makeOrganisation(api, { name: 'Donor', kind: 'DONOR', iatiRef: 'XM-DAC-7', iatiType: '10' });
  programme = await makeProgramme(api, { leadAgencyId: lead.id, description: 'A joint programme.', countries: ['NG'] });
});

describe('iatiCompliance', () => {
  it('is empty for a complete project: ready to publish', async () => {
    const { project } = await completeProject();
    expect(await projectItems(project.id)).toEqual([]);
  });

  it('lists what is missing from a bare project, each with the record and field to fix', async () => {
    const bare = await makeProject(api, programme.id, { status: '2', recipientCountries: [] });
    const items = await projectItems(bare.id);
    expect(codes(items)).toEqual(
      [
        'ERROR COUNTRIES_MISSING Project.recipientCountries',
        'WARNING ACTUAL_START_MISSING Project.actualStart',
        'WARNING BUDGETS_MISSING Project.budgets',
        'WARNING DESCRIPTION_MISSING Project.description',
        'WARNING PARTICIPANTS_MISSING Project.participations',
        'WARNING RESULTS_MISSING Project.logframe',
        'WARNING TRANSACTIONS_MISSING Project.transactions',
      ].sort(),
    );
    expect(items.every((i) => i.recordId === bare.id)).toBe(true);
    // Still a valid document: the lead agency stands in as the accountable organisation.
    const xml = (await api.ok(`query($p: ID) { iatiActivitiesXml(projectId: $p) }`, { p: bare.id })).iatiActivitiesXml;
    expect(await schemaErrors(xml)).toEqual([]);
    expect(kid(kid(parseXml(xml), 'iati-activity'), 'participating-org').attributes).toEqual({ ref: 'XM-DAC-41128', type: '40', role: '2' });
  });

  it('reports organisations without IATI identifiers or types: errors for the reporting organisation, warnings for the others', async () => {
    const plain = await makeOrganisation(api, { name: 'Plain agency' });
    const other = await makeProgramme(api, { leadAgencyId: plain.id, description: 'x', countries: ['GH'] });
    const project = await makeProject(api, other.id, { description: 'x' });
    const partner = await makeOrganisation(api, { name: 'Plain partner', iatiType: '21' });
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: partner.id, projectId: project.id, role: '4' } });
    const items = await projectItems(project.id);
    const about = (id: string) => items.filter((i) => i.recordType === 'Organisation' && i.recordId === id).map((i) => `${i.severity} ${i.code} ${i.field}`);
    expect(about(plain.id)).toEqual(['ERROR ORGANISATION_REF_MISSING iatiRef', 'ERROR ORGANISATION_TYPE_MISSING iatiType']);
    expect(about(partner.id)).toEqual(['WARNING ORGANISATION_REF_MISSING iatiRef']);
    expect(items.find((i) => i.recordId === plain.id)!.message).toBe('Plain agency (the reporting organisation) has no IATI organisation identifier.');
    // A withdrawn or unknown type is no type: the export leaves the attribute out.
    await api.raw(`update organisation set iati_type = '99' where id = ?`, [partner.id]);
    expect((await projectItems(project.id)).filter((i) => i.recordId === partner.id).map((i) => i.message)).toEqual([
      'Plain partner (a participating organisation) has no IATI organisation identifier.',
      'Plain partner (a participating organisation) has an IATI organisation type "99" that is not an active code.',
    ]);
    const xml = (await api.ok(`query($p: ID) { iatiActivitiesXml(projectId: $p) }`, { p: project.id })).iatiActivitiesXml;
    expect(kids(kid(parseXml(xml), 'iati-activity'), 'participating-org').map((o) => o.attributes)).toEqual([{ role: '4' }]);
    // An organisation named only in transactions: one item, however many transactions name it.
    const supplier = await makeOrganisation(api, { name: 'Supplier' });
    for (const date of ['2024-03-01', '2024-04-01']) {
      await api.ok(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, { i: { projectId: project.id, type: '4', transactionDate: date, amount: '10.00', currency: 'USD', receiverId: supplier.id } });
    }
    await api.ok(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, { i: { projectId: project.id, type: '3', transactionDate: '2024-05-01', amount: '10.00', currency: 'USD', receiverId: partner.id } });
    const after = await projectItems(project.id);
    expect(after.filter((i) => i.code === 'TRANSACTION_ORG_REF_MISSING')).toEqual([
      { code: 'TRANSACTION_ORG_REF_MISSING', severity: 'WARNING', message: 'Supplier, named in 2 transactions, has no IATI organisation identifier.', recordType: 'Organisation', recordId: supplier.id, field: 'iatiRef' },
    ]);
  });

  it('reports percentages that do not add up and codes that are not active, and the export leaves those codes out', async () => {
    const { project } = await completeProject();
    // Records from before a rule, or changed outside the app: shares off 100, an unknown sector and category.
    await api.raw(`update recipient_country set percentage = 90 where project_id = ?`, [project.id]);
    await api.raw(`insert into sector_share (id, project_id, vocabulary, code, percentage) values (gen_random_uuid(), ?, '1', '99999', 20), (gen_random_uuid(), ?, '8', '16.4', 50)`, [project.id, project.id]);
    const [{ id: documentId }] = await api.raw(`insert into document (id, created_at, updated_at, project_id, title, url, category) values (gen_random_uuid(), now(), now(), ?, 'Old report', 'https://example.org/r', 'Z99') returning id`, [project.id]);
    const items = await projectItems(project.id);
    expect(codes(items)).toEqual(
      [
        'ERROR COUNTRY_PERCENTAGES Project.recipientCountries',
        'ERROR SECTOR_CODE_INVALID Project.sectors',
        'ERROR SECTOR_PERCENTAGES Project.sectors',
        'ERROR SECTOR_PERCENTAGES Project.sectors',
        'ERROR DOCUMENT_CATEGORY_INVALID Document.category',
      ].sort(),
    );
    expect(items.filter((i) => i.code === 'SECTOR_PERCENTAGES').map((i) => i.message).sort()).toEqual([
      'Sector percentages in vocabulary 1 add up to 120, not 100.',
      'Sector percentages in vocabulary 8 add up to 50, not 100.',
    ]);
    expect(items.find((i) => i.code === 'COUNTRY_PERCENTAGES')!.message).toBe('Recipient country percentages add up to 90, not 100.');
    expect(items.find((i) => i.code === 'DOCUMENT_CATEGORY_INVALID')!.recordId).toBe(documentId);
    const xml = (await api.ok(`query($p: ID) { iatiActivitiesXml(projectId: $p) }`, { p: project.id })).iatiActivitiesXml;
    expect(await schemaErrors(xml)).toEqual([]);
    const activity = kid(parseXml(xml), 'iati-activity');
    expect(kids(activity, 'sector').map((s) => s.attributes.code)).toEqual(['15130', '16.4']);
    expect(kids(activity, 'document-link')).toEqual([]);
  });

  it('reports results without indicators, indicators without baselines or targets, and budgets over a year', async () => {
    const { project, impact, indicator } = await completeProject();
    const outcome = await addNode(api, project.id, { parentId: impact.id, statement: 'Prosecutions rise' });
    const output = await addNode(api, project.id, { parentId: outcome.id, statement: 'Prosecutors trained' });
    const vague = await addIndicator(api, output.id, { title: 'Training quality', measure: '5', aggregation: 'LAST' });
    // A budget line from before the one-year rule.
    await api.raw(`alter table budget drop constraint budget_period`);
    const [{ id: budgetId }] = await api.raw(
      `insert into budget (id, created_at, updated_at, project_id, type, status, period_start, period_end, amount, currency, value_date) values (gen_random_uuid(), now(), now(), ?, '1', '1', '2024-01-01', '2025-01-01', 10, 'USD', '2024-01-01') returning id`,
      [project.id],
    );
    const items = await projectItems(project.id);
    expect(codes(items)).toEqual(
      ['ERROR BUDGET_PERIOD Budget.periodEnd', 'WARNING BASELINE_MISSING Indicator.baselineValue', 'WARNING RESULT_WITHOUT_INDICATOR ResultNode.indicators', 'WARNING TARGETS_MISSING Indicator.target'].sort(),
    );
    expect(items.find((i) => i.code === 'RESULT_WITHOUT_INDICATOR')).toMatchObject({ recordId: outcome.id, message: 'Result 1.1 has no indicator: the export leaves it out.' });
    expect(items.filter((i) => i.recordType === 'Indicator').every((i) => i.recordId === vague.id && i.recordId !== indicator.id)).toBe(true);
    expect(items.find((i) => i.code === 'BUDGET_PERIOD')).toMatchObject({ recordId: budgetId, message: 'The budget from 2024-01-01 to 2025-01-01 covers more than a year.' });
  });

  it('gives a programme its own items and its projects’, an organisation’s gap once however many projects share it', async () => {
    const plain = await makeOrganisation(api, { name: 'Plain lead' });
    const other = await makeProgramme(api, { leadAgencyId: plain.id, countries: ['GH', 'NG'] });
    const projects = [await makeProject(api, other.id), await makeProject(api, other.id)];
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    const { programme: read } = await viewer.ok(`query($p: ID!) { programme(id: $p) { ${ITEMS} } }`, { p: other.id });
    const items: Item[] = read.iatiCompliance;
    const own = items.filter((i) => i.recordType === 'Programme').map((i) => i.code).sort();
    expect(own).toEqual(['COUNTRY_SHARES', 'DESCRIPTION_MISSING']);
    expect(items.filter((i) => i.recordType === 'Organisation' && i.recordId === plain.id).map((i) => i.code)).toEqual(['ORGANISATION_REF_MISSING', 'ORGANISATION_TYPE_MISSING']);
    for (const p of projects) expect(items.filter((i) => i.recordId === p.id).map((i) => i.code)).toContain('BUDGETS_MISSING');
    // The programme's countries go out without shares.
    const xml = (await viewer.ok(`query($p: ID) { iatiActivitiesXml(programmeId: $p) }`, { p: other.id })).iatiActivitiesXml;
    expect(walk(kid(parseXml(xml), 'iati-activity')).filter((e) => e.name === 'recipient-country').map((e) => e.attributes)).toEqual([{ code: 'GH' }, { code: 'NG' }]);
  });
});
