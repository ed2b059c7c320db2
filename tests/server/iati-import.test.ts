/**
 * IATI import: real published files (2.01, 2.02, 2.03) previewed and imported with counts taken from the files
 * independently; re-imports that update without duplicating; invalid and hostile files refused with line
 * numbers and nothing written; the size limit; an import that fails half-way leaving nothing behind.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Role, useApi, type Client } from '../support/api.js';
import { makeProgramme } from '../support/factories.js';
import { commitIati, countActivities, JOB, realWorld, uploadIati, waitForJob } from '../support/iati-import.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-iati-import-'));
const MAX_BYTES = 4 * 1024 * 1024;
const api = useApi({ iatiImport: { maxBytes: MAX_BYTES, dir } });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let admin: Client & { cookie: string; userId: string };
beforeAll(async () => {
  admin = await api.signedIn([{ role: Role.ADMIN }]);
});

const count = async (table: string, where = 'true', params: unknown[] = []) => Number((await api.raw(`select count(*)::int as n from ${table} where ${where}`, params))[0].n);
/** Row counts of everything an import writes. */
const snapshot = async () => {
  const tables = ['programme', 'project', 'organisation', 'participation', 'budget', 'finance_transaction', 'result_node', 'indicator', 'reporting_period', 'indicator_value', 'indicator_update', 'document', 'recipient_country', 'sector_share'];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await count(t)])));
};

async function preview(xml: string) {
  const up = await uploadIati(api, admin.cookie, xml);
  expect(up.status).toBe(202);
  return waitForJob(admin, up.body.id);
}

async function importFile(xml: string, programmeId?: string) {
  const job = await preview(xml);
  expect(job.errors).toEqual([]);
  expect(job.state).toBe('READY');
  const queued = await commitIati(admin, job.id, programmeId);
  expect(queued.errors).toBeUndefined();
  const done = await waitForJob(admin, job.id);
  expect(done.failure).toBeNull();
  expect(done.state).toBe('IMPORTED');
  return done;
}

const ids = (xml: string) => countActivities(xml).map((a) => a.identifier);
const inDb = async (identifiers: string[]) => ({
  programmes: await count('programme', 'iati_identifier in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(identifiers)]),
  projects: await count('project', 'iati_identifier in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(identifiers)]),
  budgets: await count('budget b join project p on p.id = b.project_id', 'p.iati_identifier in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(identifiers)]),
  transactions: await count('finance_transaction t left join project p on p.id = t.project_id left join programme g on g.id = t.programme_id', 'coalesce(p.iati_identifier, g.iati_identifier) in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(identifiers)]),
  indicators: await count('indicator i join project p on p.id = i.project_id', 'p.iati_identifier in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(identifiers)]),
  values: await count(`indicator_value v join project p on p.id = v.project_id`, `p.iati_identifier in (select jsonb_array_elements_text(?::jsonb)) and v.dimension = ''`, [JSON.stringify(identifiers)]),
});

describe('real-world files', () => {
  it('DFID Albania (2.01): 3 programmes and 5 projects, the negative budget and capital-spend as warnings', async () => {
    const xml = realWorld('dfid-albania-2.01.xml');
    const file = countActivities(xml);
    const job = await preview(xml);
    expect(job.iatiVersion).toBe('2.01');
    expect(job.errors).toEqual([]);
    const parents = file.filter((a) => !a.parent);
    expect(job.activities.filter((a: any) => a.kind === 'PROGRAMME').map((a: any) => a.identifier).sort()).toEqual(parents.map((a) => a.identifier).sort());
    expect(job.activities.filter((a: any) => a.kind === 'PROJECT').map((a: any) => [a.identifier, a.parent])).toEqual(file.filter((a) => a.parent).map((a) => [a.identifier, a.parent]));
    expect(job.activities.every((a: any) => a.action === 'CREATE' && !a.orphan)).toBe(true);
    // SOURCES.md: one negative budget value, five capital-spend elements without a percentage.
    const negative = job.warnings.filter((w: any) => /budget .* is negative/.test(w.message));
    expect(negative).toHaveLength(1);
    expect(negative[0].line).toBe(xml.split('\n').findIndex((l) => /<budget[\s>]/.test(l) && xml.split('\n').slice(xml.split('\n').indexOf(l)).join('\n').match(/^[\s\S]*?<\/budget>/)![0].includes('>-')) + 1);
    expect(job.warnings.filter((w: any) => /capital-spend/.test(w.message))).toHaveLength((xml.match(/<capital-spend(?![^>]*percentage)[^>]*>/g) ?? []).length);
    expect(job.warnings.filter((w: any) => /capital-spend/.test(w.message))).toHaveLength(5);

    const done = await importFile(xml);
    const childBudgets = file.filter((a) => a.parent).flatMap((a) => a.budgets);
    expect(done.result).toMatchObject({ programmesCreated: 3, projectsCreated: 5, budgets: childBudgets.filter((v) => v >= 0).length });
    expect(await inDb(ids(xml))).toEqual({
      programmes: parents.length,
      projects: file.length - parents.length,
      budgets: childBudgets.filter((v) => v >= 0).length,
      transactions: file.reduce((n, a) => n + a.transactions, 0),
      indicators: 0,
      values: 0,
    });
    expect(await inDb(ids(xml))).toMatchObject({ programmes: 3, projects: 5, budgets: 13, transactions: 41 });
  });

  it('UNDP (2.03): the output whose parent is absent goes to the chosen programme; results become approved figures', async () => {
    const xml = realWorld('undp-bih-egy-2.03.xml');
    const file = countActivities(xml);
    const job = await preview(xml);
    expect(job.errors).toEqual([]);
    const orphan = job.activities.filter((a: any) => a.orphan);
    expect(orphan.map((a: any) => a.identifier)).toEqual(['XM-DAC-41114-OUTPUT-00071131']);
    expect(job.warnings.some((w: any) => w.activity === 'XM-DAC-41114-OUTPUT-00071131' && /XM-DAC-41114-PROJECT-00057529/.test(w.message))).toBe(true);

    const refused = await commitIati(admin, job.id);
    expect(refused.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].extensions?.fields?.[0].field).toBe('programmeId');
    expect(await count('project', 'iati_identifier in (select jsonb_array_elements_text(?::jsonb))', [JSON.stringify(ids(xml))])).toBe(0);

    const home = await makeProgramme(api);
    const queued = await commitIati(admin, job.id, home.id);
    expect(queued.errors).toBeUndefined();
    const done = await waitForJob(admin, job.id);
    expect(done.state).toBe('IMPORTED');
    const children = file.filter((a) => a.parent);
    expect(await inDb(ids(xml))).toEqual({
      programmes: 1,
      projects: children.length,
      budgets: children.flatMap((a) => a.budgets).length,
      transactions: file.reduce((n, a) => n + a.transactions, 0),
      indicators: file.reduce((n, a) => n + a.indicators, 0),
      values: file.reduce((n, a) => n + a.periods, 0),
    });
    expect(await inDb(ids(xml))).toMatchObject({ projects: 4, budgets: 13, transactions: 110, indicators: 21 });
    const [egypt] = await api.raw(`select g.id from project p join programme g on g.id = p.programme_id where p.iati_identifier = 'XM-DAC-41114-OUTPUT-00071131'`);
    expect(egypt.id).toBe(home.id);
    // Every published actual counts: approved, with the same figure in the counted copy.
    const actuals = await api.raw(
      `select count(*) filter (where v.actual is not null)::int as actuals, count(*) filter (where v.approved_actual is distinct from v.actual)::int as differ,
              (select count(*)::int from indicator_update u join project p on p.id = u.project_id where p.iati_identifier in (select jsonb_array_elements_text(?::jsonb)) and u.state = 'APPROVED') as approved
         from indicator_value v join project p on p.id = v.project_id where p.iati_identifier in (select jsonb_array_elements_text(?::jsonb)) and v.dimension = ''`,
      [JSON.stringify(ids(xml)), JSON.stringify(ids(xml))],
    );
    // Per indicator and period start (a period given twice counts once): whether the file gives a numeric actual.
    const publishedActuals = [...xml.matchAll(/<indicator[\s>][\s\S]*?<\/indicator>/g)].reduce(
      (n, [i]) => n + new Set([...i.matchAll(/<period>[\s\S]*?<period-start iso-date="([^"]+)"[\s\S]*?<\/period>/g)].filter((m) => /<actual value="-?[\d.]+"/.test(m[0])).map((m) => m[1])).size,
      0,
    );
    expect(publishedActuals).toBe(2);
    expect(actuals[0]).toEqual({ actuals: publishedActuals, differ: 0, approved: publishedActuals });
  });

  it('UN Women (2.02): stand-alone activities, comments-only values and the identifier with a space are warnings', async () => {
    const xml = realWorld('unwomen-results-2.02.xml');
    const file = countActivities(xml);
    const job = await preview(xml);
    expect(job.errors).toEqual([]);
    expect(job.activities).toHaveLength(7);
    expect(job.activities.every((a: any) => a.kind === 'PROJECT' && a.orphan)).toBe(true);
    expect(job.warnings.some((w: any) => w.activity === 'XM-DAC-41146-PAP _O_1.1' && /kept as published/.test(w.message))).toBe(true);
    expect(job.warnings.some((w: any) => /only as a comment/.test(w.message))).toBe(true);
    expect(job.activities.map((a: any) => [a.identifier, a.budgets, a.transactions, a.results, a.indicators])).toEqual(
      file.map((a) => [a.identifier, a.budgets.length, a.transactions, a.results, a.indicators]),
    );
    const home = await makeProgramme(api);
    await commitIati(admin, job.id, home.id);
    const done = await waitForJob(admin, job.id);
    expect(done.state).toBe('IMPORTED');
    expect(await inDb(ids(xml))).toMatchObject({ programmes: 0, projects: 7, budgets: 38, transactions: 137, indicators: 101 });
    expect(await count('project', 'iati_identifier = ?', ['XM-DAC-41146-PAP _O_1.1'])).toBe(1);
  });
});

describe('re-import', () => {
  it('the same file again creates nothing; a changed value is updated', async () => {
    const xml = realWorld('dfid-albania-2.01.xml').replaceAll('GB-1-1096', 'GB-1-R1096');
    await importFile(xml);
    const before = await snapshot();
    const again = await importFile(xml);
    expect(again.result).toMatchObject({ programmesCreated: 0, programmesUpdated: 3, projectsCreated: 0, projectsUpdated: 5, organisationsCreated: 0 });
    expect(again.activities.every((a: any) => a.action === 'UPDATE')).toBe(true);
    expect(await snapshot()).toEqual(before);

    const changed = xml.replace('<narrative xml:lang="en">Support to the Intergrated Planning System</narrative>', '<narrative xml:lang="en">Integrated Planning System, revised</narrative>');
    expect(changed).not.toBe(xml);
    await importFile(changed);
    expect(await snapshot()).toEqual(before);
    const [row] = await api.raw(`select title from programme where iati_identifier = 'GB-1-R109616'`);
    expect(row.title).toBe('Integrated Planning System, revised');
  });
});

const activity = (body: string, id = 'XM-TEST-ERR-1') => `
  <iati-activity hierarchy="2" default-currency="USD">
    <iati-identifier>${id}</iati-identifier>
    <reporting-org ref="XM-TEST" type="40"><narrative>Test reporter</narrative></reporting-org>
    <title><narrative>Test activity</narrative></title>
    <activity-status code="2"/>
    <activity-date type="1" iso-date="2024-01-01"/>
    <activity-date type="3" iso-date="2025-12-31"/>
    ${body}
  </iati-activity>`;
const file = (...activities: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<iati-activities version="2.03">${activities.join('')}\n</iati-activities>\n`;
const lineOf = (xml: string, text: string) => xml.split('\n').findIndex((l) => l.includes(text)) + 1;

describe('invalid files import nothing and say where', () => {
  it('an unknown code, a missing identifier and malformed XML each give their line', async () => {
    const before = await snapshot();
    const unknownSector = file(activity('<sector vocabulary="1" code="99999" percentage="100"/>'), activity('<recipient-country code="QQ"/>', 'XM-TEST-ERR-2'));
    const a = await preview(unknownSector);
    expect(a.state).toBe('INVALID');
    expect(a.errors.map((e: any) => [e.line, e.activity, /99999|QQ/.exec(e.message)?.[0]])).toEqual([
      [lineOf(unknownSector, 'code="99999"'), 'XM-TEST-ERR-1', '99999'],
      [lineOf(unknownSector, 'code="QQ"'), 'XM-TEST-ERR-2', 'QQ'],
    ]);

    const noIdentifier = file(activity('').replace(/<iati-identifier>.*<\/iati-identifier>/, ''));
    const b = await preview(noIdentifier);
    expect(b.state).toBe('INVALID');
    expect(b.errors).toHaveLength(1);
    expect(b.errors[0].message).toMatch(/iati-identifier/);
    expect(b.errors[0].line).toBe(lineOf(noIdentifier, '<iati-activity'));

    const malformed = file(activity('<description><narrative>Unclosed</description>'));
    const c = await preview(malformed);
    expect(c.state).toBe('INVALID');
    expect(c.errors[0].message).toMatch(/^MALFORMED_XML/);
    expect(c.errors[0].line).toBe(lineOf(malformed, 'Unclosed'));

    const badCurrency = file(activity('<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value currency="XXQ">10</value></transaction><budget type="7"><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value>5</value></budget>'));
    const d = await preview(badCurrency);
    expect(d.errors.map((e: any) => /"(XXQ|7)"/.exec(e.message)?.[1])).toEqual(['XXQ', '7'].sort((x, y) => lineOf(badCurrency, x) - lineOf(badCurrency, y)));

    for (const job of [a, b, c, d]) {
      const refused = await commitIati(admin, job.id);
      expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('what Accord cannot hold is a warning, and the rest is kept', async () => {
    const xml = file(
      activity(
        `<related-activity ref="XM-TEST-NOWHERE" type="1"/>
    <budget><period-start iso-date="2024-01-01"/><period-end iso-date="2024-12-31"/><value>2020:100,000</value></budget>
    <budget><period-start iso-date="2024-01-01"/><period-end iso-date="2025-12-31"/><value>100</value></budget>
    <budget><period-start iso-date="2025-01-01"/><period-end iso-date="2025-12-31"/><value>250.50</value></budget>
    <capital-spend/>`,
        'XM-TEST-WARN/1 A',
      ),
    );
    const job = await preview(xml);
    expect(job.errors).toEqual([]);
    expect(job.warnings.map((w: any) => w.line)).toEqual(
      [lineOf(xml, '<iati-activity'), lineOf(xml, 'XM-TEST-WARN'), lineOf(xml, '2020:100,000'), lineOf(xml, '2025-12-31"/><value>100'), lineOf(xml, '<capital-spend')].sort((x, y) => x - y),
    );
    const home = await makeProgramme(api);
    await commitIati(admin, job.id, home.id);
    const done = await waitForJob(admin, job.id);
    expect(done.state).toBe('IMPORTED');
    const budgets = await api.raw(`select b.amount::text as amount from budget b join project p on p.id = b.project_id where p.iati_identifier = 'XM-TEST-WARN/1 A'`);
    expect(budgets).toEqual([{ amount: '250.50' }]);
  });
});

describe('hostile files and limits', () => {
  it('an external entity (XXE) and billion laughs are refused at the DOCTYPE, reading nothing', async () => {
    const before = await snapshot();
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE iati-activities [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>\n<iati-activities version="2.03">${activity('<description><narrative>&secret;</narrative></description>')}</iati-activities>`;
    const laughs = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, i) => ` <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('\n')}\n]>\n<iati-activities version="2.03">${activity('<description><narrative>&lol9;</narrative></description>')}</iati-activities>`;
    for (const xml of [xxe, laughs]) {
      const rss = process.memoryUsage().rss;
      const job = await preview(xml);
      expect(job.state).toBe('INVALID');
      expect(job.errors).toHaveLength(1);
      expect(job.errors[0].message).toMatch(/^DOCTYPE_REFUSED/);
      // Where the declaration ends: the parser refuses it as soon as it has read it, before any entity is defined.
      expect(job.errors[0].line).toBe(lineOf(xml, ']>'));
      expect(JSON.stringify(job)).not.toMatch(/root:|lollollol/);
      expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('a file over IATI_IMPORT_MAX_BYTES is refused with 413, declared or streamed, and nothing is kept', async () => {
    const big = Buffer.alloc(MAX_BYTES + 1, 'a');
    const declared = await uploadIati(api, admin.cookie, big);
    expect(declared.status).toBe(413);
    expect(declared.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const streamed = await fetch(`${api.url}/iati/imports`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'content-type': 'application/xml' },
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < 5; i++) c.enqueue(new Uint8Array(MAX_BYTES / 4));
          c.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('only administrators upload and import; others are told so with a code', async () => {
    const manager = await api.signedIn([{ role: Role.VIEWER }]);
    const up = await uploadIati(api, manager.cookie, realWorld('dfid-albania-2.01.xml'));
    expect(up.status).toBe(403);
    expect(up.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await uploadIati(api, '', '<iati-activities/>')).status).toBe(401);
    expect((await uploadIati(api, admin.cookie, '<iati-activities/>', { 'content-type': 'text/plain' })).status).toBe(415);
    const job = await preview(file(activity('')));
    const other = await manager.gql(`query($id: ID!) { iatiImport(id: $id) { id } }`, { id: job.id });
    expect(other.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const commit = await commitIati(manager, job.id);
    expect(commit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('an import that fails half-way writes nothing, and says so; it can be imported again', async () => {
    const xml = realWorld('dfid-albania-2.01.xml').replaceAll('GB-1-1096', 'GB-1-F1096');
    const job = await preview(xml);
    // The last child refused by the database, after the programmes and the other projects were written.
    await api.raw(`create function refuse_last() returns trigger language plpgsql as $$ begin if new.iati_identifier = 'GB-1-F109636-102' then raise exception 'refused for the test'; end if; return new; end $$`);
    await api.raw(`create trigger refuse_last before insert on project for each row execute function refuse_last()`);
    const before = await snapshot();
    await commitIati(admin, job.id);
    const failed = await waitForJob(admin, job.id);
    expect(failed.state).toBe('FAILED');
    expect(failed.failure).toMatch(/nothing was written/);
    expect(await snapshot()).toEqual(before);
    await api.raw(`drop trigger refuse_last on project`);
    await commitIati(admin, job.id);
    expect((await waitForJob(admin, job.id)).state).toBe('IMPORTED');
    expect(await count('project', `iati_identifier like 'GB-1-F%'`)).toBe(5);
  });

  it('progress is readable while a generated file of a few MB is read, and memory stays flat', async () => {
    const n = 1700;
    const body = Array.from({ length: n }, (_, i) =>
      activity(
        `<related-activity ref="XM-TEST-MEM-PARENT" type="1"/>${'<transaction><transaction-type code="3"/><transaction-date iso-date="2024-02-01"/><value value-date="2024-02-01">1000.50</value><description><narrative>A disbursement with a description long enough to take some room in the file</narrative></description></transaction>'.repeat(6)}`,
        `XM-TEST-MEM-${i}`,
      ),
    ).join('');
    const xml = file(activity('<related-activity ref="XM-TEST-MEM-1" type="2"/>', 'XM-TEST-MEM-PARENT').replace('hierarchy="2"', 'hierarchy="1"'), body);
    expect(xml.length).toBeGreaterThan(3 * 1024 * 1024);
    const rss = process.memoryUsage().rss;
    const up = await uploadIati(api, admin.cookie, xml);
    const seen = new Set<number>();
    let job;
    do {
      job = (await admin.ok(`query($id: ID!) { iatiImport(id: $id) { state progress bytesRead bytesTotal } }`, { id: up.body.id })).iatiImport;
      seen.add(job.progress);
      expect(job.progress).toBeGreaterThanOrEqual(0);
      expect(job.progress).toBeLessThanOrEqual(1);
    } while (['UPLOADED', 'PREVIEWING'].includes(job.state));
    expect(job.state).toBe('READY');
    expect(job.bytesTotal).toBe(Buffer.byteLength(xml));
    expect(job.progress).toBe(1);
    const full = await waitForJob(admin, up.body.id);
    expect(full.activities).toHaveLength(n + 1);
    expect(full.activities.reduce((s: number, a: any) => s + a.transactions, 0)).toBe(n * 6);
    expect(process.memoryUsage().rss - rss).toBeLessThan(150 * 1024 * 1024);
  });
});

describe('properties', () => {
  it('hostile and random bodies and commit arguments never give a server error', async () => {
    const fragments = ['<iati-activities>', '</iati-activities>', '<iati-activity>', '</iati-activity>', '<!DOCTYPE x [<!ENTITY a "b">]>', '&a;', '<![CDATA[x]]>', '<?xml version="1.0"?>', '<iati-identifier>', '</iati-identifier>', '\u0000', '\uFFFF', '<x:y z:w="1">', '"', '<', '>', '&#0;', '&#x110000;', activity('')];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 30 })), { maxLength: 12 }), fc.oneof(fc.constant(null), fc.string({ maxLength: 40 }), fc.uuid()), async (parts, programmeId) => {
        const up = await uploadIati(api, admin.cookie, parts.join(''));
        expect([202, 400]).toContain(up.status);
        if (up.status !== 202) return;
        const job = await waitForJob(admin, up.body.id);
        expect(['READY', 'INVALID']).toContain(job.state);
        const commit = await admin.gql(`mutation($id: ID!, $p: ID) { commitIatiImport(id: $id, programmeId: $p) { state } }`, { id: job.id, p: programmeId });
        for (const e of commit.errors ?? []) expect(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT']).toContain(e.extensions?.code);
        if (!commit.errors) expect((await waitForJob(admin, job.id)).state).toMatch(/IMPORTED|FAILED/);
        const cancel = await admin.gql(`mutation($id: ID!) { cancelIatiImport(id: $id) { state } }`, { id: job.id });
        for (const e of cancel.errors ?? []) expect(e.extensions?.code).toBe('CONFLICT');
      }),
      { numRuns: Number(process.env.IATI_IMPORT_RUNS ?? 15) },
    );
    const bad = await admin.gql(`query { iatiImport(id: "not-an-id") { id } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
