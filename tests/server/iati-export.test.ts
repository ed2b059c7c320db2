/**
 * The IATI 2.03 export of the demo portfolio, seeded the way `npm start` seeds it: every activity validates against
 * the official schema (vendored in tests/fixtures/iati), every code is active in the official code lists, and the
 * results are the APPROVED figures worked out here in SQL, never the working copy, never a sensitive actual.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useApi, Role } from '../support/api.js';
import { openDatabase } from '../../server/src/db/database.js';
import { loadConfig } from '../../server/src/config.js';
import { createLogger } from '../../server/src/logger.js';
import { makeOrganisation } from '../support/factories.js';
import { activeCodes, activityOf, kid, kids, narrativeOf, parseXml, schemaErrors, walk, type Element } from '../support/iati.js';
import countries from '../../server/src/db/reference/countries.json' with { type: 'json' };
import codelists from '../../server/src/db/reference/iati-codelists.json' with { type: 'json' };

const api = useApi();
let admin: Awaited<ReturnType<typeof api.signedIn>>;
let xml: string;
let doc: Element;
let projects: { id: string; iati_identifier: string; programme_id: string }[];
let programmes: { id: string; iati_identifier: string }[];

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.url}${path}`, { headers });

beforeAll(async () => {
  const db = await openDatabase({ ...loadConfig({ NODE_ENV: 'test' }), databaseUrl: api.databaseUrl, seedDemo: true }, createLogger('silent'));
  await db.stop();
  admin = await api.signedIn([{ role: Role.ADMIN }]);
  programmes = await api.raw(`select id, iati_identifier from programme where is_demo and archived_at is null order by id`);
  projects = await api.raw(`select id, iati_identifier, programme_id from project where is_demo and archived_at is null order by id`);
  const res = await get('/iati/activities.xml', { cookie: admin.cookie });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  xml = await res.text();
  doc = parseXml(xml);
}, 180_000);

describe('the demo portfolio in IATI 2.03', () => {
  it('validates against the official schema, one activity per programme and project, parents before their children', async () => {
    expect(await schemaErrors(xml)).toEqual([]);
    const activities = kids(doc, 'iati-activity');
    expect(activities.map((a) => kid(a, 'iati-identifier').text).sort()).toEqual([...programmes, ...projects].map((a) => a.iati_identifier).sort());
    const order = activities.map((a) => kid(a, 'iati-identifier').text);
    for (const p of projects) {
      const parent = programmes.find((g) => g.id === p.programme_id)!.iati_identifier;
      const project = activityOf(doc, p.iati_identifier);
      expect(project.attributes.hierarchy).toBe('2');
      expect(kids(project, 'related-activity').map((r) => r.attributes)).toEqual([{ ref: parent, type: '1' }]);
      expect(order.indexOf(parent)).toBeLessThan(order.indexOf(p.iati_identifier));
      const children = kids(activityOf(doc, parent), 'related-activity').filter((r) => r.attributes.type === '2').map((r) => r.attributes.ref);
      expect(children).toContain(p.iati_identifier);
    }
  });

  it('writes only active codes, checked against the official code lists', () => {
    const official = (list: string) => activeCodes(list);
    const shipped = (list: string) => new Set((codelists as Record<string, { code: string }[]>)[list].map((c) => c.code));
    // OrganisationType, DocumentCategory and the countries are not among the vendored official lists: the shipped ones stand in.
    const lists: Record<string, Set<string>> = {
      ActivityStatus: official('ActivityStatus'),
      OrganisationRole: official('OrganisationRole'),
      TransactionType: official('TransactionType'),
      BudgetType: official('BudgetType'),
      BudgetStatus: official('BudgetStatus'),
      Currency: official('Currency'),
      ResultType: official('ResultType'),
      IndicatorMeasure: official('IndicatorMeasure'),
      SectorVocabulary: official('SectorVocabulary'),
      Sector: official('Sector'),
      SectorCategory: official('SectorCategory'),
      OrganisationType: shipped('OrganisationType'),
      DocumentCategory: shipped('DocumentCategory'),
      Country: new Set(countries.map((c) => c.code)),
      ActivityDateType: new Set(['1', '2', '3', '4']),
      RelatedActivityType: new Set(['1', '2', '3', '4', '5']),
    };
    const RULES: [element: string, attribute: string, list: string | ((el: Element) => string)][] = [
      ['activity-status', 'code', 'ActivityStatus'],
      ['participating-org', 'role', 'OrganisationRole'],
      ['participating-org', 'type', 'OrganisationType'],
      ['reporting-org', 'type', 'OrganisationType'],
      ['provider-org', 'type', 'OrganisationType'],
      ['receiver-org', 'type', 'OrganisationType'],
      ['transaction-type', 'code', 'TransactionType'],
      ['budget', 'type', 'BudgetType'],
      ['budget', 'status', 'BudgetStatus'],
      ['value', 'currency', 'Currency'],
      ['result', 'type', 'ResultType'],
      ['indicator', 'measure', 'IndicatorMeasure'],
      ['sector', 'vocabulary', 'SectorVocabulary'],
      ['sector', 'code', (el) => ({ '1': 'Sector', '2': 'SectorCategory' })[el.attributes.vocabulary] ?? 'none'],
      ['recipient-country', 'code', 'Country'],
      ['category', 'code', 'DocumentCategory'],
      ['activity-date', 'type', 'ActivityDateType'],
      ['related-activity', 'type', 'RelatedActivityType'],
    ];
    let checked = 0;
    for (const el of walk(doc)) {
      for (const [element, attribute, list] of RULES) {
        if (el.name !== element || !(attribute in el.attributes)) continue;
        const name = typeof list === 'string' ? list : list(el);
        expect(lists[name]?.has(el.attributes[attribute]), `${element}/@${attribute}="${el.attributes[attribute]}" in ${name}`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // The reporting organisation always carries an identifier here: every demo lead agency has one.
    for (const a of kids(doc, 'iati-activity')) expect(kid(a, 'reporting-org').attributes.ref).toMatch(/^XM-DAC-\d+$/);
  });

  it('publishes exactly the approved figures, worked out in SQL, and no sensitive actual', async () => {
    const rows: { project: string; result: string; indicator: string; start: string; dimension: string; category: string; actual: number | null; text: string | null; sensitive: boolean; measure: string }[] = await api.raw(
      `select p.iati_identifier as project, n.statement as result, i.title as indicator, rp.start_date::text as start, v.dimension, v.category,
              v.approved_actual as actual, v.approved_actual_text as text, i.sensitive, i.measure
       from indicator_value v join indicator i on i.id = v.indicator_id join result_node n on n.id = i.node_id
       join project p on p.id = v.project_id join reporting_period rp on rp.id = v.period_id
       where p.is_demo and p.archived_at is null and n.level <> 'ACTIVITY'`,
    );
    const key = (r: { project: string; result: string; indicator: string; start: string; dimension: string; category: string }) =>
      [r.project, r.result, r.indicator, r.start, r.dimension, r.category].join(' | ');
    const expected = rows
      .filter((r) => !r.sensitive && (r.measure === '5' ? r.text != null : r.actual != null))
      .map((r) => `${key(r)} = ${r.measure === '5' ? r.text : r.actual}`)
      .sort();
    const published: string[] = [];
    let sensitiveIndicators = 0;
    for (const a of kids(doc, 'iati-activity')) {
      for (const result of kids(a, 'result')) {
        for (const indicator of kids(result, 'indicator')) {
          const isSensitive = indicator.comments.some((c) => c.includes('Sensitive indicator'));
          if (isSensitive) sensitiveIndicators++;
          for (const period of kids(indicator, 'period')) {
            for (const actual of kids(period, 'actual')) {
              expect(isSensitive).toBe(false);
              const dim = kid(actual, 'dimension');
              const value = actual.attributes.value !== undefined ? String(Number(actual.attributes.value)) : narrativeOf(kid(actual, 'comment'));
              published.push(
                `${key({ project: kid(a, 'iati-identifier').text, result: narrativeOf(kid(result, 'title')), indicator: narrativeOf(kid(indicator, 'title')), start: kid(period, 'period-start').attributes['iso-date'], dimension: dim?.attributes.name ?? '', category: dim?.attributes.value ?? '' })} = ${value}`,
              );
            }
          }
        }
      }
    }
    expect(published.sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
    expect(expected.some((e) => / \| .+ \| .+ = \D/.test(e))).toBe(true);
    expect(sensitiveIndicators).toBe((await api.raw(`select count(*)::int as n from indicator i join project p on p.id = i.project_id join result_node n on n.id = i.node_id where i.sensitive and p.is_demo and p.archived_at is null and n.level <> 'ACTIVITY'`))[0].n);
    expect(sensitiveIndicators).toBeGreaterThan(0);
  });

  it('never writes a working figure that waits for approval', async () => {
    // A partner's figure entered after approval lives in the working copy until a manager approves it.
    const [cell] = await api.raw(
      `select v.id, v.approved_actual, p.id as project_id from indicator_value v join indicator i on i.id = v.indicator_id join project p on p.id = v.project_id
       join result_node n on n.id = i.node_id where p.is_demo and p.archived_at is null and not i.sensitive and i.measure = '1' and v.dimension = '' and v.approved_actual > 0 and n.level <> 'ACTIVITY'
       order by v.id limit 1`,
    );
    await api.raw(`update indicator_value set actual = 987654.25 where id = ?`, [cell.id]);
    const text = await (await get(`/iati/activities.xml?project=${cell.project_id}`, { cookie: admin.cookie })).text();
    const actuals = walk(parseXml(text)).filter((e) => e.name === 'actual').map((e) => Number(e.attributes.value));
    expect(actuals).toContain(cell.approved_actual);
    expect(actuals).not.toContain(987654.25);
    expect(text).not.toContain('987654');
  });

  it('writes every transaction and budget with its own currency and amount, as stored', async () => {
    const stored: { activity: string; type: string; date: string; amount: string; currency: string }[] = await api.raw(
      `select coalesce(p.iati_identifier, g.iati_identifier) as activity, t.type, t.transaction_date::text as date, t.amount::text as amount, t.currency
       from finance_transaction t left join project p on p.id = t.project_id left join programme g on g.id = t.programme_id
       where coalesce(p.is_demo, g.is_demo) and coalesce(p.archived_at, g.archived_at) is null`,
    );
    const written = kids(doc, 'iati-activity').flatMap((a) =>
      kids(a, 'transaction').map((t) => ({ activity: kid(a, 'iati-identifier').text, type: kid(t, 'transaction-type').attributes.code, date: kid(t, 'transaction-date').attributes['iso-date'], amount: kid(t, 'value').text, currency: kid(t, 'value').attributes.currency })),
    );
    const sort = (l: typeof stored) => l.map((t) => Object.values(t).join(' ')).sort();
    expect(sort(written)).toEqual(sort(stored));
    expect(new Set(stored.map((t) => t.currency)).size).toBeGreaterThan(1);
    const budgets: { n: number; total: string }[] = await api.raw(`select count(*)::int as n, sum(b.amount)::text as total from budget b join project p on p.id = b.project_id where p.is_demo and p.archived_at is null and b.currency = 'USD'`);
    const usd = walk(doc).filter((e) => e.name === 'budget').map((b) => kid(b, 'value')).filter((v) => v.attributes.currency === 'USD');
    expect(usd.length).toBe(budgets[0].n);
    expect(usd.reduce((s, v) => s + Math.round(Number(v.text) * 100), 0) / 100).toBe(Number(budgets[0].total));
  });
});

describe('GET /iati/activities.xml', () => {
  it('answers 401 without a caller and for a token that does not work', async () => {
    const res = await get('/iati/activities.xml');
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await get('/iati/activities.xml', { authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('answers 400 for a malformed id or both ids, 404 for an unknown or unreadable one', async () => {
    for (const query of ['?programme=abc', '?project=1%27%20or%201=1', `?programme=${programmes[0].id}&project=${projects[0].id}`, `?project=${projects[0].id}&project=${projects[1].id}`]) {
      const res = await get(`/iati/activities.xml${query}`, { cookie: admin.cookie });
      expect(res.status, query).toBe(400);
      expect((await res.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
    const unknown = await get('/iati/activities.xml?project=00000000-0000-4000-8000-000000000000', { cookie: admin.cookie });
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).errors[0].extensions.code).toBe('NOT_FOUND');
    const far = await makeOrganisation(api, { kind: 'DONOR' });
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: far.id }], { organisationId: far.id });
    expect((await get(`/iati/activities.xml?programme=${programmes[0].id}`, { cookie: donor.cookie })).status).toBe(404);
    // Everything it reads is nothing: a document with no activity.
    expect(kids(parseXml(await (await get('/iati/activities.xml', { cookie: donor.cookie })).text()), 'iati-activity')).toEqual([]);
  });

  it('serves one project alone, or one programme with its projects, to an API token too', async () => {
    const expiresAt = new Date(Date.now() + 30 * 86400_000).toISOString();
    const { createApiToken } = await admin.ok(`mutation($e: DateTime!) { createApiToken(input: { name: "IATI publisher", scope: READ, expiresAt: $e }) { secret } }`, { e: expiresAt });
    const headers = { authorization: `Bearer ${createApiToken.secret}` };
    const one = parseXml(await (await get(`/iati/activities.xml?project=${projects[0].id}`, headers)).text());
    expect(kids(one, 'iati-activity').map((a) => kid(a, 'iati-identifier').text)).toEqual([projects[0].iati_identifier]);
    const programme = programmes[0];
    const text = await (await get(`/iati/activities.xml?programme=${programme.id}`, headers)).text();
    expect(await schemaErrors(text)).toEqual([]);
    const ids = kids(parseXml(text), 'iati-activity').map((a) => kid(a, 'iati-identifier').text);
    expect(ids).toEqual([programme.iati_identifier, ...projects.filter((p) => p.programme_id === programme.id).map((p) => p.iati_identifier)]);
  });

  it('gives a donor incoming funds from itself only, as the finance pages do, when the programme does not publish contributions', async () => {
    const [{ organisation_id: eu }] = await api.raw(`select organisation_id from app_user where email = 'donor.eu@accord.demo'`);
    const donor = await api.signedIn([{ role: Role.DONOR, organisationId: eu }], { organisationId: eu });
    const [{ iati_ref: euRef }] = await api.raw(`select iati_ref from organisation where id = ?`, [eu]);
    const seen = parseXml(await (await get('/iati/activities.xml', { cookie: donor.cookie })).text());
    const incoming = walk(seen).filter((e) => e.name === 'transaction' && ['1', '11'].includes(kid(e, 'transaction-type').attributes.code) && kid(e, 'provider-org'));
    expect(incoming.length).toBeGreaterThan(0);
    for (const t of incoming) expect(narrativeOf(kid(t, 'provider-org'))).toBe((await api.raw(`select name from organisation where id = ?`, [eu]))[0].name);
    expect(euRef === null || incoming.every((t) => kid(t, 'provider-org').attributes.ref === euRef)).toBe(true);
  });
});

describe('the iatiActivitiesXml query', () => {
  it('returns the same document as the route, and refuses a call without exactly one id', async () => {
    const { iatiActivitiesXml } = await api.ok(`query($p: ID) { iatiActivitiesXml(projectId: $p) }`, { p: projects[1].id });
    const viaRoute = await (await get(`/iati/activities.xml?project=${projects[1].id}`, { cookie: admin.cookie })).text();
    const strip = (s: string) => s.replace(/generated-datetime="[^"]+"/, '');
    expect(strip(iatiActivitiesXml)).toBe(strip(viaRoute));
    for (const [query, variables] of [
      ['query { iatiActivitiesXml }', {}],
      ['query($g: ID, $p: ID) { iatiActivitiesXml(programmeId: $g, projectId: $p) }', { g: programmes[0].id, p: projects[0].id }],
      ['query { iatiActivitiesXml(projectId: "not-an-id") }', {}],
    ] as const) {
      const body = await api.gql(query, variables);
      expect(body.errors?.[0].extensions?.code, query).toBe('BAD_USER_INPUT');
    }
    const missing = await api.gql(`query { iatiActivitiesXml(programmeId: "00000000-0000-4000-8000-000000000000") }`);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
