/**
 * The IATI export on records made here for its edge cases (qualitative indicators, disaggregations, several
 * currencies, SDG sectors, organisations without IATI codes, a sensitive indicator, a figure awaiting approval), the
 * public publication URL of a programme (on, off, for anyone), and a large programme that streams. fast-check
 * properties show that `setIatiPublication` never answers hostile input with a server error.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { useApi, Role } from '../support/api.js';
import { addIndicator, addNode, makeOrganisation, makeProgramme, makeProject } from '../support/factories.js';
import { approveReported } from '../support/reporting.js';
import { activityOf, kid, kids, narrativeOf, parseXml, schemaErrors, walk, type Element } from '../support/iati.js';
import { publicationUrl } from '../../server/src/modules/iati/publication.service.js';

const RUNS = Number(process.env.IATI_RUNS ?? 15);
const api = useApi();
const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

let programme: { id: string; iatiIdentifier: string };
let project: { id: string; iatiIdentifier: string };
let manager: Awaited<ReturnType<typeof api.signedIn>>;
let donorName = '';
let activity: Element;
let xml = '';
const ids: Record<string, string> = {};

beforeAll(async () => {
  const lead = await makeOrganisation(api, { name: 'Lead agency', kind: 'UN_ENTITY', iatiRef: 'XM-DAC-99001', iatiType: '40' });
  const donor = await makeOrganisation(api, { name: 'Donor & partners "united"', kind: 'DONOR', iatiRef: 'XM-TEST-DONOR' });
  donorName = 'Donor & partners "united"';
  const partner = await makeOrganisation(api, { name: 'Partner without codes', kind: 'NGO' });
  ids.donor = donor.id;
  ids.partner = partner.id;
  programme = await makeProgramme(api, {
    leadAgencyId: lead.id,
    sectors: [
      { vocabulary: '1', code: '15130', percentage: 100 },
      { vocabulary: '7', code: '16', percentage: 100 },
      { vocabulary: '8', code: '16.4', percentage: 60 },
      { vocabulary: '8', code: '5.2', percentage: 40 },
    ],
  });
  project = await makeProject(api, programme.id, { plannedStart: '2023-01-01', plannedEnd: '2024-12-31', actualStart: '2023-02-01', status: '2', recipientCountries: [{ country: 'NG', percentage: 60 }, { country: 'GH', percentage: 40 }] });
  manager = await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: programme.id }]);
  for (const [organisationId, role] of [[donor.id, '1'], [partner.id, '4']]) await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId, projectId: project.id, role } });
  const money = `mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`;
  await api.ok(money, { i: { projectId: project.id, type: '11', transactionDate: '2023-01-15', amount: '1000.50', currency: 'EUR', providerId: donor.id, providerActivity: 'XM-TEST-DONOR-ACT-7' } });
  await api.ok(money, { i: { projectId: project.id, type: '3', transactionDate: '2023-03-01', amount: '250.00', currency: 'USD', receiverId: partner.id, receiverActivity: 'XM-PARTNER-1', description: 'First <tranche> & more' } });
  await api.ok(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: { projectId: project.id, periodStart: '2023-01-01', periodEnd: '2023-12-31', amount: '5000.00', currency: 'USD', type: '1', status: '2' } });
  await api.ok(`mutation($p: ID!, $i: DocumentInput!) { addDocument(projectId: $p, input: $i) { id } }`, { p: project.id, i: { title: 'Project document', url: 'https://example.org/docs/prodoc.pdf', category: 'A02', language: 'en', documentDate: '2023-01-10' } });
  const { setReportingCalendar: periods } = await api.ok(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: QUARTERLY) { id startDate } }`, { p: project.id });
  const impact = await addNode(api, project.id, { statement: 'Trafficking networks are disrupted' });
  const outcome = await addNode(api, project.id, { parentId: impact.id, statement: 'Courts apply the law' });
  const output = await addNode(api, project.id, { parentId: outcome.id, statement: 'Prosecutors are trained' });
  await addNode(api, project.id, { parentId: output.id, statement: 'Run the courses' });
  const trained = await addIndicator(api, output.id, { title: 'Prosecutors trained', baselineValue: 10, baselineDate: '2022-12-31', dimensions: [{ name: 'sex', values: ['female', 'male'] }] });
  const law = await addIndicator(api, outcome.id, { title: 'Law in force', measure: '5', aggregation: 'LAST', baselineDate: '2022-06-30', baselineNote: 'No law on trafficking' });
  const victims = await addIndicator(api, outcome.id, { title: 'Victims identified', sensitive: true, direction: 'INCREASE' });
  const q1 = periods[0].id;
  const values = `mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`;
  await api.ok(values, {
    p: project.id,
    v: [
      { indicatorId: trained.id, periodId: q1, target: 20, actual: 12 },
      { indicatorId: trained.id, periodId: q1, dimension: 'sex', category: 'female', actual: 7 },
      { indicatorId: trained.id, periodId: q1, dimension: 'sex', category: 'male', actual: 5 },
      { indicatorId: law.id, periodId: q1, targetText: 'Law drafted', actualText: 'Draft law <tabled>' },
      { indicatorId: victims.id, periodId: q1, target: 10, actual: 3 },
    ],
  });
  await approveReported(api, project.id);
  // Entered after the approval, for the next period: a working figure, not yet approved, so not counted.
  await api.ok(values, { p: project.id, v: [{ indicatorId: trained.id, periodId: periods[1].id, target: 20, actual: 15.5 }] });
  xml = await (await get(`/iati/activities.xml?programme=${programme.id}`, { cookie: manager.cookie })).text();
  activity = activityOf(parseXml(xml), project.iatiIdentifier);
}, 60_000);

describe('the export of a project with every kind of record', () => {
  it('validates against the schema', async () => {
    expect(await schemaErrors(xml)).toEqual([]);
  });

  it('writes dates, countries with shares, and DAC and SDG sectors', () => {
    expect(kids(activity, 'activity-date').map((d) => d.attributes)).toEqual([
      { type: '1', 'iso-date': '2023-01-01' },
      { type: '2', 'iso-date': '2023-02-01' },
      { type: '3', 'iso-date': '2024-12-31' },
    ]);
    expect(kids(activity, 'recipient-country').map((c) => c.attributes)).toEqual([{ code: 'NG', percentage: '60' }, { code: 'GH', percentage: '40' }]);
    const parent = activityOf(parseXml(xml), programme.iatiIdentifier);
    expect(kids(parent, 'sector').map((s) => `${s.attributes.vocabulary}:${s.attributes.code}:${s.attributes.percentage}`)).toEqual(['1:15130:100', '7:16:100', '8:16.4:60', '8:5.2:40']);
  });

  it('names organisations with the codes they have and no invented one', () => {
    const orgs = kids(activity, 'participating-org').map((o) => ({ ...o.attributes, name: narrativeOf(o) }));
    expect(orgs).toEqual([
      { ref: 'XM-TEST-DONOR', role: '1', 'activity-id': 'XM-TEST-DONOR-ACT-7', name: donorName },
      { role: '4', 'activity-id': 'XM-PARTNER-1', name: 'Partner without codes' },
    ]);
    expect(kid(activity, 'reporting-org').attributes).toEqual({ ref: 'XM-DAC-99001', type: '40' });
    // Escaped, and read back as written.
    expect(xml).toContain('Donor &amp; partners "united"');
  });

  it('writes each transaction in its own currency, with its organisations and activities', () => {
    const [incoming, disbursement] = kids(activity, 'transaction');
    expect(kid(incoming, 'value').attributes).toEqual({ currency: 'EUR', 'value-date': '2023-01-15' });
    expect(kid(incoming, 'value').text).toBe('1000.50');
    expect(kid(incoming, 'provider-org').attributes).toEqual({ ref: 'XM-TEST-DONOR', 'provider-activity-id': 'XM-TEST-DONOR-ACT-7' });
    expect(kid(disbursement, 'value').text).toBe('250.00');
    expect(kid(disbursement, 'value').attributes.currency).toBe('USD');
    expect(narrativeOf(kid(disbursement, 'description'))).toBe('First <tranche> & more');
    expect(kid(disbursement, 'receiver-org').attributes).toEqual({ 'receiver-activity-id': 'XM-PARTNER-1' });
    const [budget] = kids(activity, 'budget');
    expect(budget.attributes).toEqual({ type: '1', status: '2' });
    expect([kid(budget, 'period-start').attributes['iso-date'], kid(budget, 'period-end').attributes['iso-date'], kid(budget, 'value').text]).toEqual(['2023-01-01', '2023-12-31', '5000.00']);
    const [link] = kids(activity, 'document-link');
    expect(link.attributes).toEqual({ url: 'https://example.org/docs/prodoc.pdf', format: 'application/pdf' });
    expect([kid(link, 'category').attributes.code, kid(link, 'language').attributes.code, kid(link, 'document-date').attributes['iso-date']]).toEqual(['A02', 'en', '2023-01-10']);
  });

  it('writes results by level, with baselines, disaggregated and qualitative figures, approved only', () => {
    const results = kids(activity, 'result');
    // The outcome (2) then the output (1); the impact has no indicator (the schema wants one), an activity is not a result.
    expect(results.map((r) => [r.attributes.type, narrativeOf(kid(r, 'title'))])).toEqual([['2', 'Courts apply the law'], ['1', 'Prosecutors are trained']]);
    const [law, victims] = kids(results[0], 'indicator');
    expect(law.attributes).toEqual({ measure: '5', ascending: 'true' });
    expect(kid(law, 'baseline').attributes).toEqual({ year: '2022', 'iso-date': '2022-06-30' });
    expect(narrativeOf(kid(kid(law, 'baseline'), 'comment'))).toBe('No law on trafficking');
    const lawPeriod = kid(law, 'period');
    expect(narrativeOf(kid(kid(lawPeriod, 'target'), 'comment'))).toBe('Law drafted');
    expect(narrativeOf(kid(kid(lawPeriod, 'actual'), 'comment'))).toBe('Draft law <tabled>');
    // The sensitive indicator keeps its target and loses its actual: 3 appears nowhere.
    expect(victims.comments).toEqual(['Sensitive indicator: its actual values are not published.']);
    expect(kids(kid(victims, 'period'), 'target').map((t) => t.attributes.value)).toEqual(['10']);
    expect(walk(victims).filter((e) => e.name === 'actual')).toEqual([]);
    const [trained] = kids(results[1], 'indicator');
    expect(kid(trained, 'baseline').attributes).toEqual({ year: '2022', 'iso-date': '2022-12-31', value: '10' });
    const period = kid(trained, 'period');
    const actuals = kids(period, 'actual').map((a) => [a.attributes.value, kid(a, 'dimension')?.attributes.name ?? '', kid(a, 'dimension')?.attributes.value ?? '']);
    expect(actuals).toEqual([['12', '', ''], ['7', 'sex', 'female'], ['5', 'sex', 'male']]);
    // The next period shows its target; its actual waits for approval.
    const next = kids(trained, 'period')[1];
    expect([kid(next, 'period-start').attributes['iso-date'], kids(next, 'target').map((t) => t.attributes.value), kids(next, 'actual')]).toEqual(['2023-04-01', ['20'], []]);
    expect(xml).not.toContain('15.5');
  });
});

describe('the public publication of a programme', () => {
  const publicPath = () => `/iati/programmes/${programme.id}/activities.xml`;
  const setPublished = (client: { gql: typeof api.gql }, published: boolean) =>
    client.gql(`mutation($p: ID!, $on: Boolean!) { setIatiPublication(programmeId: $p, published: $on) { id iatiPublished iatiPublicationUrl } }`, { p: programme.id, on: published });

  it('is off until a manager switches it on, then serves anyone what the public may read, and stops when switched off', async () => {
    const off = await get(publicPath());
    expect(off.status).toBe(404);
    expect((await off.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await api.ok(`query($p: ID!) { programme(id: $p) { iatiPublished iatiPublicationUrl } }`, { p: programme.id })).programme).toEqual({ iatiPublished: false, iatiPublicationUrl: null });

    const on = await setPublished(manager, true);
    expect(on.data.setIatiPublication).toEqual({ id: programme.id, iatiPublished: true, iatiPublicationUrl: publicPath() });
    // No sign-in, and a stale cookie changes nothing.
    for (const headers of [{}, { cookie: 'accord_session=stale' }] as Record<string, string>[]) {
      const res = await get(publicPath(), headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      const text = await res.text();
      expect(await schemaErrors(text)).toEqual([]);
      const publicProject = activityOf(parseXml(text), project.iatiIdentifier);
      // The programme does not publish its donors' contributions: their incoming money stays out; the rest is there.
      expect(kids(publicProject, 'transaction').map((t) => kid(t, 'transaction-type').attributes.code)).toEqual(['3']);
      expect(text).not.toContain('15.5');
      expect(walk(publicProject).filter((e) => e.name === 'actual').map((a) => a.attributes.value ?? narrativeOf(kid(a, 'comment')))).toEqual(['Draft law <tabled>', '12', '7', '5']);
    }
    await api.ok(`mutation($p: ID!) { updateProgramme(id: $p, input: { publishContributions: true }) { id } }`, { p: programme.id });
    const published = parseXml(await (await get(publicPath())).text());
    expect(kids(activityOf(published, project.iatiIdentifier), 'transaction').map((t) => kid(t, 'transaction-type').attributes.code)).toEqual(['11', '3']);

    expect((await setPublished(manager, false)).data.setIatiPublication.iatiPublicationUrl).toBeNull();
    expect((await get(publicPath())).status).toBe(404);
  });

  it('may be switched by an administrator or a manager of the programme only', async () => {
    const other = await makeProgramme(api);
    const refusals = [
      await api.signedIn([{ role: Role.VIEWER }]),
      await api.signedIn([{ role: Role.PROGRAMME_MANAGER, programmeId: other.id }]),
      await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id, organisationId: ids.partner }], { organisationId: ids.partner }),
      await api.signedIn([{ role: Role.DONOR, organisationId: ids.donor }], { organisationId: ids.donor }),
    ];
    for (const client of refusals) expect((await setPublished(client, true)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await setPublished(api.anonymous, true)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await api.raw(`select iati_published from programme where id = ?`, [programme.id]))[0].iati_published).toBe(false);
    expect((await setPublished(api, true)).data.setIatiPublication.iatiPublished).toBe(true);
    expect((await setPublished(api, false)).data.setIatiPublication.iatiPublished).toBe(false);
  });

  it('gives a full address when PUBLIC_URL is set, and a path otherwise', () => {
    expect(publicationUrl('abc', true, 'https://accord.example.org')).toBe('https://accord.example.org/iati/programmes/abc/activities.xml');
    expect(publicationUrl('abc', true)).toBe('/iati/programmes/abc/activities.xml');
    expect(publicationUrl('abc', false, 'https://accord.example.org')).toBeNull();
  });

  it('answers a malformed or unknown programme coded, never with a server error', async () => {
    expect((await get('/iati/programmes/not-an-id/activities.xml')).status).toBe(400);
    expect((await get('/iati/programmes/00000000-0000-4000-8000-000000000000/activities.xml')).status).toBe(404);
  });

  it('never answers hostile input with a server error, and a refusal changes nothing', async () => {
    const hostile = fc.constantFrom<unknown>(null, '', ' ', '\u0000', 'not-an-id', "'; drop table programme; --", '00000000-0000-4000-8000-000000000001', 12, true, [], {}, 'x'.repeat(5000));
    const programmeId = fc.oneof(fc.constant(programme.id), hostile, fc.string({ maxLength: 40 }));
    const published = fc.oneof(fc.boolean(), hostile);
    await fc.assert(
      fc.asyncProperty(programmeId, published, async (p, on) => {
        const before = (await api.raw(`select iati_published, version from programme where id = ?`, [programme.id]))[0];
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: manager.cookie },
          body: JSON.stringify({ query: 'mutation($p: ID!, $on: Boolean!) { setIatiPublication(programmeId: $p, published: $on) { iatiPublished } }', variables: { p, on } }),
        });
        expect(res.status).toBeLessThan(500);
        const body = await res.json();
        const after = (await api.raw(`select iati_published, version from programme where id = ?`, [programme.id]))[0];
        if (body.errors) {
          expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']).toContain(body.errors[0].extensions.code);
          expect(after).toEqual(before);
        } else {
          expect(p).toBe(programme.id);
          expect(after.iati_published).toBe(on);
          expect(body.data.setIatiPublication.iatiPublished).toBe(on);
        }
      }),
      { numRuns: RUNS },
    );
    await setPublished(api, false);
  });
});

describe('policy markers', () => {
  const set = (markers: unknown) => api.gql(`mutation($p: ID!, $m: [PolicyMarkerInput!]!) { setPolicyMarkers(projectId: $p, markers: $m) { code significance } }`, { p: project.id, m: markers });

  it('are set on a project and exported after its sectors, in code order', async () => {
    const body = await set([{ code: '3', significance: '2' }, { code: '1', significance: '1' }]);
    expect(body.data.setPolicyMarkers).toEqual([{ code: '1', significance: '1' }, { code: '3', significance: '2' }]);
    const text = await (await get(`/iati/activities.xml?project=${project.id}`, { cookie: manager.cookie })).text();
    expect(await schemaErrors(text)).toEqual([]);
    const one = kid(parseXml(text), 'iati-activity');
    expect(kids(one, 'policy-marker').map((m) => m.attributes)).toEqual([{ vocabulary: '1', code: '1', significance: '1' }, { vocabulary: '1', code: '3', significance: '2' }]);
    const names = one.children.map((c) => c.name);
    expect(names.indexOf('policy-marker')).toBeGreaterThan(names.lastIndexOf('sector'));
    expect(names.indexOf('policy-marker')).toBeLessThan(names.indexOf('budget'));
  });

  it('refuse unknown codes, repeated codes and hostile input whole, never with a server error', async () => {
    const refused = await set([{ code: '13', significance: '1' }, { code: '1', significance: '9' }]);
    expect(refused.errors?.[0].extensions?.fields?.map((f) => f.field)).toEqual(['markers.0.code', 'markers.1.significance']);
    const hostile = fc.constantFrom<unknown>(null, '', ' ', '\u0000', '1', '2', '12', '0', '4', '99', 'x'.repeat(100), 7, true, {}, []);
    const marker = fc.oneof(fc.record({ code: hostile, significance: hostile }), fc.constantFrom<unknown>(null, 'x', 1, { code: '1' }));
    await fc.assert(
      fc.asyncProperty(fc.array(marker, { maxLength: 14 }), async (markers) => {
        const before = await api.raw(`select code, significance from policy_marker where project_id = ? order by code`, [project.id]);
        const res = await fetch(`${api.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: manager.cookie },
          body: JSON.stringify({ query: 'mutation($p: ID!, $m: [PolicyMarkerInput!]!) { setPolicyMarkers(projectId: $p, markers: $m) { code } }', variables: { p: project.id, m: markers } }),
        });
        expect(res.status).toBeLessThan(500);
        const body = await res.json();
        const after = await api.raw(`select code, significance from policy_marker where project_id = ? order by code`, [project.id]);
        if (body.errors) {
          expect(['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN']).toContain(body.errors[0].extensions.code);
          expect(after).toEqual(before);
        } else {
          expect(after.map((m: { code: string }) => m.code).sort()).toEqual((markers as { code: string }[]).map((m) => m.code).sort());
        }
      }),
      { numRuns: RUNS },
    );
    const viewer = await api.signedIn([{ role: Role.VIEWER }]);
    expect((await viewer.gql(`mutation($p: ID!) { setPolicyMarkers(projectId: $p, markers: []) { code } }`, { p: project.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a large programme', () => {
  it('streams its projects in batches, the first bytes before the last', async () => {
    const big = await makeProgramme(api, { leadAgencyId: (await makeOrganisation(api, { iatiRef: 'XM-DAC-99002', iatiType: '40' })).id });
    await api.raw(
      `insert into project (id, created_at, updated_at, iati_identifier, title, status, programme_id, planned_start, planned_end)
       select gen_random_uuid(), now(), now(), 'XM-BIG-' || g, 'Project ' || g, '2', ?, '2024-01-01', '2025-06-30' from generate_series(1, 450) g`,
      [big.id],
    );
    const admin = await api.signedIn([{ role: Role.ADMIN }]);
    api.sql.reset();
    const res = await get(`/iati/activities.xml?programme=${big.id}`, { cookie: admin.cookie });
    expect(res.headers.get('content-length')).toBeNull();
    expect(res.headers.get('transfer-encoding')).toBe('chunked');
    const reader = res.body!.getReader();
    const chunks: string[] = [];
    const decoder = new TextDecoder();
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(decoder.decode(r.value, { stream: true }));
    expect(chunks.length).toBeGreaterThan(1);
    // The programme came in an earlier chunk than the end of the document.
    expect(chunks[0]).toContain(big.iatiIdentifier);
    expect(chunks[0]).not.toContain('</iati-activities>');
    const text = chunks.join('');
    expect(kids(parseXml(text), 'iati-activity').length).toBe(451);
    // 200 + 200 + 50: three pages of projects, each read with a keyset.
    const pages = api.sql.statements.filter((s) => /from project p join programme pg/.test(s) && /limit 200/.test(s));
    expect(pages.length).toBe(3);
    expect(pages.filter((s) => /p\.id > /.test(s)).length).toBe(2);
  });
});
