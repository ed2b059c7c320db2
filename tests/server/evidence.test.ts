import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, useApi } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { startLocalS3, type LocalS3 } from '../support/s3.js';
import { DiskStorage, S3Storage, newKey, type EvidenceStorage } from '../../server/src/modules/evidence/storage.js';
import { uploadEvidence } from '../../server/src/modules/evidence/evidence.service.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../../server/src/config.js';

const MAX_BYTES = 64 * 1024;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-evidence-'));
const api = useApi({ evidence: { maxBytes: MAX_BYTES, dir } });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 1)]);
const HTML = Buffer.from('<!DOCTYPE html><html><body><script>fetch("/graphql")</script></body></html>');

/** Every file the disk storage holds. */
const storedFiles = () => (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]).filter((d) => d.isFile()).length;

const FILES = `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id updates { id state period { id } files { id name mediaType size url uploadedByName createdAt } } } } } }`;

interface Cell {
  projectId: string;
  indicatorId: string;
  periodId: string;
}

/** A project in the past with one indicator on a node an NGO is responsible for, its partner reporter, and donors. */
async function setup() {
  const { project, periods } = await makeLogframeProject(api);
  const ngo = await makeOrganisation(api, { name: 'Reporting NGO', kind: 'NGO' });
  const funder = await makeOrganisation(api, { name: 'Funding donor', kind: 'DONOR' });
  const far = await makeOrganisation(api, { name: 'Far donor', kind: 'DONOR' });
  for (const [organisationId, role] of [[ngo.id, '4'], [funder.id, '1']]) {
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId, role, projectId: project.id } });
  }
  const node = await addNode(api, project.id, { statement: 'Prosecutors are trained', responsibleOrganisationId: ngo.id });
  const indicator = await addIndicator(api, node.id, { title: 'Prosecutors trained' });
  const cell: Cell = { projectId: project.id, indicatorId: indicator.id, periodId: periods[0].id };
  const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id }], { organisationId: ngo.id });
  const donor = await api.signedIn([{ role: Role.DONOR }], { organisationId: funder.id });
  const farDonor = await api.signedIn([{ role: Role.DONOR }], { organisationId: far.id });
  return { project, periods, cell, partner, donor, farDonor };
}

async function upload(cookie: string, cell: Cell, name: string, body: Buffer, headers: Record<string, string> = { 'content-type': 'application/octet-stream' }) {
  const q = new URLSearchParams({ ...cell, name });
  const res = await fetch(`${api.url}/evidence?${q}`, { method: 'POST', headers: { cookie, ...headers }, body: new Uint8Array(body) });
  return { status: res.status, body: (await res.json()) as any };
}

const download = (cookie: string, url: string) => fetch(`${api.url}${url}`, { headers: cookie ? { cookie } : {} });

async function filesSeenBy(client: { ok: (q: string, v: Record<string, unknown>) => Promise<any> }, cell: Cell) {
  const { logframe } = await client.ok(FILES, { p: cell.projectId });
  const indicator = logframe.nodes.flatMap((n: any) => n.indicators).find((i: any) => i.id === cell.indicatorId);
  return indicator.updates.find((u: any) => u.period.id === cell.periodId) as { id: string | null; state: string; files: any[] };
}

async function approve(cell: Cell) {
  const u = { indicatorId: cell.indicatorId, periodId: cell.periodId };
  await api.ok(`mutation($p: ID!, $u: UpdateRefInput!) { saveIndicatorUpdate(projectId: $p, update: $u, input: { narrative: "Two workshops held." }) { id } }`, { p: cell.projectId, u });
  await api.ok(`mutation($p: ID!, $u: [UpdateRefInput!]!) { approveIndicatorUpdates(projectId: $p, updates: $u) { state } }`, { p: cell.projectId, u: [u] });
}

const REMOVE = `mutation($id: ID!) { removeEvidenceFile(id: $id) }`;

describe('evidence files', () => {
  let fx: Awaited<ReturnType<typeof setup>>;
  beforeAll(async () => {
    fx = await setup();
  });

  it('lets the responsible partner upload a file, lists it on the report (opened as a draft) and serves the same bytes', async () => {
    const name = 'Rapport d’activité 2023 "final".pdf';
    const up = await upload(fx.partner.cookie, fx.cell, name, PDF);
    expect(up.status).toBe(201);
    expect(up.body.file).toMatchObject({ name, mediaType: 'application/pdf', size: PDF.length, uploadedByName: expect.any(String) });
    expect(up.body.file.url).toBe(`/evidence/${up.body.file.id}`);

    const update = await filesSeenBy(fx.partner, fx.cell);
    expect(update.state).toBe('DRAFT');
    expect(update.files).toEqual([up.body.file]);

    const res = await download(fx.partner.cookie, up.body.file.url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(name).replace(/'/g, '%27')}`);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it('reads the type from the content, never from the name', async () => {
    const png = await upload(fx.partner.cookie, fx.cell, 'scan.pdf', PNG);
    expect(png.status).toBe(201);
    expect(png.body.file.mediaType).toBe('image/png');
    const res = await download(fx.partner.cookie, png.body.file.url);
    expect(res.headers.get('content-type')).toBe('image/png');

    const csv = await upload(fx.partner.cookie, fx.cell, 'attendance.csv', Buffer.from('name,agency\nA. Bello,NAPTIP\n'));
    expect(csv.body.file.mediaType).toBe('text/csv');
  });

  it('refuses executables and markup whatever they are called, with 415 naming the type, and stores nothing', async () => {
    const before = storedFiles();
    const elf = await upload(fx.partner.cookie, fx.cell, 'report.pdf', ELF);
    expect(elf.status).toBe(415);
    expect(elf.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(elf.body.errors[0].message).toContain('application/x-elf');

    const exe = await upload(fx.partner.cookie, fx.cell, 'report.pdf', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]));
    expect(exe.status).toBe(415);
    expect(exe.body.errors[0].message).toMatch(/x-msdownload|dosexec|x-msdos/);

    const html = await upload(fx.partner.cookie, fx.cell, 'report.pdf', HTML);
    expect(html.status).toBe(415);
    expect(html.body.errors[0].message).toContain('text/html');

    expect(storedFiles()).toBe(before);
    expect((await filesSeenBy(fx.partner, fx.cell)).files.map((f) => f.name)).not.toContain('report.pdf');
  });

  it('refuses a file over the size limit with 413 and keeps no row and no file', async () => {
    const before = storedFiles();
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_BYTES, 0x20)]);
    const res = await upload(fx.partner.cookie, fx.cell, 'big.pdf', big);
    expect(res.status).toBe(413);
    expect(res.body.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(storedFiles()).toBe(before);
    expect(await api.raw(`select id from evidence_file where name = 'big.pdf'`)).toEqual([]);
  });

  it('asks for credentials, and refuses a cross-site form post', async () => {
    expect((await upload('', fx.cell, 'a.pdf', PDF)).status).toBe(401);
    const res = await download('', `/evidence/${(await filesSeenBy(fx.partner, fx.cell)).files[0].id}`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const csrf = await upload(fx.partner.cookie, fx.cell, 'note.txt', Buffer.from('hello'), { 'content-type': 'text/plain' });
    expect(csrf.status).toBe(400);
    expect(await api.raw(`select id from evidence_file where name = 'note.txt'`)).toEqual([]);
  });

  it('takes an API token as the exports do: a read-write token uploads, a read-only one is refused', async () => {
    const expiresAt = new Date(Date.now() + 86400_000).toISOString();
    const token = async (scope: string) =>
      (await fx.partner.ok(`mutation($i: ApiTokenInput!) { createApiToken(input: $i) { secret } }`, { i: { name: `ERP ${scope}`, scope, expiresAt } })).createApiToken.secret as string;
    const send = async (secret: string) => upload('', fx.cell, 'from-erp.csv', Buffer.from('a,b\n1,2\n'), { authorization: `Bearer ${secret}`, 'content-type': 'application/octet-stream' });
    const written = await send(await token('READ_WRITE'));
    expect(written.status).toBe(201);
    expect(written.body.file.mediaType).toBe('text/csv');
    const read = await send(await token('READ'));
    expect(read.status).toBe(403);
    expect(read.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect((await send('not-a-token')).status).toBe(401);
  });

  it('refuses bad ids and names as coded input errors', async () => {
    const bad = await upload(fx.partner.cookie, { ...fx.cell, periodId: 'nope' }, 'a.pdf', PDF);
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions.fields).toEqual([{ field: 'periodId', message: 'an id (UUID)' }]);
    const slash = await upload(fx.partner.cookie, fx.cell, '../../etc/passwd.pdf', PDF);
    expect(slash.status).toBe(400);
    expect(slash.body.errors[0].extensions.fields[0].field).toBe('name');
    expect((await download(fx.partner.cookie, '/evidence/not-a-uuid')).status).toBe(404);
  });

  it('hides files from donors until the report is approved, and from donors of other projects always', async () => {
    const { cell, partner, donor, farDonor } = await setup();
    const up = await upload(partner.cookie, cell, 'list.pdf', PDF);
    const url = up.body.file.url;
    const far = await download(farDonor.cookie, url);
    expect(far.status).toBe(404);
    expect(((await far.json()) as any).errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await download(donor.cookie, url)).status).toBe(404);
    expect(await filesSeenBy(donor, cell)).toMatchObject({ id: null, state: 'NOT_REPORTED', files: [] });
    // Another partner of the same project does not act on this node's report either.
    const other = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: cell.projectId }], { organisationId: (await makeOrganisation(api, { kind: 'NGO' })).id });
    expect((await download(other.cookie, url)).status).toBe(404);

    await approve(cell);
    const res = await download(donor.cookie, url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    expect((await filesSeenBy(donor, cell)).files.map((f) => f.name)).toEqual(['list.pdf']);
    expect((await download(farDonor.cookie, url)).status).toBe(404);
  });

  it('refuses uploads and removals on a locked or submitted report with 409', async () => {
    const { cell, periods, partner } = await setup();
    const up = await upload(partner.cookie, cell, 'before.pdf', PDF);
    await api.ok(`mutation($p: ID!, $i: ReportingRulesInput!) { setReportingRules(projectId: $p, input: $i) { id } }`, { p: cell.projectId, i: { lockDate: periods[0].endDate, dueDays: 30 } });
    const before = storedFiles();
    const locked = await upload(partner.cookie, cell, 'late.pdf', PDF);
    expect(locked.status).toBe(409);
    expect(locked.body.errors[0].extensions.code).toBe('CONFLICT');
    expect(storedFiles()).toBe(before);
    const removal = await partner.gql(REMOVE, { id: up.body.file.id });
    expect(removal.errors?.[0].extensions?.code).toBe('CONFLICT');

    const open = { ...cell, periodId: periods[1].id };
    await partner.ok(`mutation($p: ID!, $u: UpdateRefInput!) { saveIndicatorUpdate(projectId: $p, update: $u, input: { narrative: "Done." }) { id } }`, { p: cell.projectId, u: { indicatorId: open.indicatorId, periodId: open.periodId } });
    await partner.ok(`mutation($p: ID!, $u: [UpdateRefInput!]!) { submitIndicatorUpdates(projectId: $p, updates: $u) { state } }`, { p: cell.projectId, u: [{ indicatorId: open.indicatorId, periodId: open.periodId }] });
    expect((await upload(partner.cookie, open, 'after.pdf', PDF)).status).toBe(409);
  });

  it('lets the reporter remove a file while the report is open: gone from the list, the download and the disk', async () => {
    const { cell, partner, donor } = await setup();
    const up = await upload(partner.cookie, cell, 'draft.png', PNG);
    const [{ storage_key: key }] = await api.raw(`select storage_key from evidence_file where id = ?`, [up.body.file.id]);
    expect(fs.existsSync(path.join(dir, key))).toBe(true);
    expect((await donor.gql(REMOVE, { id: up.body.file.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');

    expect((await partner.ok(REMOVE, { id: up.body.file.id })).removeEvidenceFile).toBe(true);
    // The history keeps both the upload and the removal.
    expect(await api.raw(`select action from audit_event where entity_type = 'EvidenceFile' and entity_id = ? order by at`, [up.body.file.id])).toEqual([{ action: 'create' }, { action: 'delete' }]);
    expect((await filesSeenBy(partner, cell)).files).toEqual([]);
    expect((await download(partner.cookie, up.body.file.url)).status).toBe(404);
    expect(fs.existsSync(path.join(dir, key))).toBe(false);
    expect((await partner.gql(REMOVE, { id: up.body.file.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('removes the stored object again when its row cannot be written', async () => {
    const disk = new DiskStorage(dir);
    const put: string[] = [];
    const storage: EvidenceStorage = { put: (key, bytes) => (put.push(key), disk.put(key, bytes)), get: (key) => disk.get(key), remove: (key) => disk.remove(key) };
    // An uploader id that is no UUID: the stored object is already there when the insert fails.
    const actor = { userId: 'not-a-uuid', rightOn: () => 'ALL' as const };
    await expect(uploadEvidence(api.orm.em.fork() as EntityManager, storage, { ...fx.cell, name: 'orphan.png', bytes: PNG }, actor)).rejects.toThrow();
    expect(put).toHaveLength(1);
    expect(fs.existsSync(path.join(dir, put[0]))).toBe(false);
    expect(await api.raw(`select id from evidence_file where name = 'orphan.png'`)).toEqual([]);
  });

  it('lists the files of every report in one statement', async () => {
    const { cell, periods, partner } = await setup();
    for (const p of periods.slice(0, 3)) await upload(partner.cookie, { ...cell, periodId: p.id }, `q-${p.label}.png`, PNG);
    api.sql.reset();
    const { logframe } = await partner.ok(FILES, { p: cell.projectId });
    const files = logframe.nodes.flatMap((n: any) => n.indicators).flatMap((i: any) => i.updates).flatMap((u: any) => u.files);
    expect(files).toHaveLength(3);
    expect(api.sql.statements.filter((s) => s.includes('from evidence_file'))).toHaveLength(1);
  });
});

describe('evidence settings', () => {
  it('keeps files on disk under DATA_DIR by default, 10 MB at most', () => {
    expect(loadConfig({ DATA_DIR: '/srv/accord' }).evidence).toEqual({ maxBytes: 10 * 1024 * 1024, dir: '/srv/accord/evidence' });
  });

  it('takes a whole S3 configuration, and stops at start on a partial or malformed one', () => {
    const s3 = { EVIDENCE_S3_URL: 'https://s3.example.org', EVIDENCE_S3_BUCKET: 'accord-evidence', EVIDENCE_S3_ACCESS_KEY_ID: 'id', EVIDENCE_S3_SECRET_ACCESS_KEY: 'secret' };
    expect(loadConfig(s3).evidence.s3).toEqual({ url: 'https://s3.example.org', bucket: 'accord-evidence', region: 'us-east-1', accessKeyId: 'id', secretAccessKey: 'secret' });
    expect(() => loadConfig({ ...s3, EVIDENCE_S3_URL: 'ftp://s3.example.org' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...s3, EVIDENCE_S3_BUCKET: 'No_Such Bucket' })).toThrow(/EVIDENCE_S3_BUCKET/);
    expect(() => loadConfig({ ...s3, EVIDENCE_S3_SECRET_ACCESS_KEY: '' })).toThrow(/EVIDENCE_S3_SECRET_ACCESS_KEY/);
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: '10MB' })).toThrow(/EVIDENCE_MAX_BYTES/);
    expect(() => loadConfig({ EVIDENCE_MAX_BYTES: '0' })).toThrow(/EVIDENCE_MAX_BYTES/);
  });
});

/** What every storage must do, whatever keeps the bytes. */
function storageContract(name: string, make: () => EvidenceStorage) {
  describe(`${name} storage`, () => {
    const read = async (stream: Readable | null) => {
      if (!stream) return null;
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(Buffer.from(chunk));
      return Buffer.concat(chunks);
    };

    it('gives back what was put, and nothing once removed', async () => {
      const storage = make();
      const key = newKey();
      const bytes = Buffer.concat([PNG, Buffer.alloc(300_000, 7)]);
      expect(await storage.get(key)).toBeNull();
      await storage.put(key, bytes);
      expect((await read(await storage.get(key)))!.equals(bytes)).toBe(true);
      await storage.remove(key);
      expect(await storage.get(key)).toBeNull();
      await storage.remove(key);
    });

    it('keeps objects apart and refuses keys it did not make', async () => {
      const storage = make();
      const [a, b] = [newKey(), newKey()];
      await storage.put(a, Buffer.from('first'));
      await storage.put(b, Buffer.from('second'));
      expect((await read(await storage.get(a)))!.toString()).toBe('first');
      expect((await read(await storage.get(b)))!.toString()).toBe('second');
      await expect(storage.put('../outside', Buffer.from('x'))).rejects.toThrow(/not an evidence storage key/);
    });
  });
}

storageContract('disk', () => new DiskStorage(path.join(dir, 'contract')));

let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
});
afterAll(async () => {
  await s3?.stop();
});
storageContract('S3', () => new S3Storage(s3.config));
