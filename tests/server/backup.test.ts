import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Role, useApi } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { backup, restore } from '../../server/src/modules/evidence/backup.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-files-'));
const target = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'accord-backup-')), 'nightly');
const api = useApi({ evidence: { maxBytes: 1024 * 1024, dir } });
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(path.dirname(target), { recursive: true, force: true });
});

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('backup and restore', () => {
  it('writes the database and the evidence files, and a restore brings back a file removed since', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const ngo = await makeOrganisation(api, { kind: 'NGO' });
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: ngo.id, role: '4', projectId: project.id } });
    const node = await addNode(api, project.id, { statement: 'Courts are equipped', responsibleOrganisationId: ngo.id });
    const indicator = await addIndicator(api, node.id, { title: 'Courts equipped' });
    const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id }], { organisationId: ngo.id });
    const q = new URLSearchParams({ projectId: project.id, indicatorId: indicator.id, periodId: periods[0].id, name: 'Delivery note.png' });
    const up = await fetch(`${api.url}/evidence?${q}`, { method: 'POST', headers: { cookie: partner.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(PNG) });
    expect(up.status).toBe(201);
    const { file } = (await up.json()) as { file: { id: string; url: string } };
    const download = () => fetch(`${api.url}${file.url}`, { headers: { cookie: partner.cookie } });

    const manifest = await backup({ databaseUrl: api.databaseUrl, evidenceDir: dir }, target);
    expect(JSON.parse(fs.readFileSync(path.join(target, 'backup.json'), 'utf8'))).toEqual(manifest);
    expect(manifest.evidence).toEqual({ kind: 'disk', dir: 'evidence', files: 1 });
    if (manifest.database.kind === 'rows') {
      expect(manifest.database.tables.find((t) => t.name === 'evidence_file')?.rows).toBe(1);
      expect(fs.readFileSync(path.join(target, 'database', 'evidence_file.ndjson'), 'utf8')).toContain('Delivery note.png');
    } else {
      expect(fs.statSync(path.join(target, manifest.database.file)).size).toBeGreaterThan(0);
    }
    await expect(backup({ databaseUrl: api.databaseUrl, evidenceDir: dir }, target)).rejects.toThrow(/not empty/);

    expect((await partner.ok(`mutation($id: ID!) { removeEvidenceFile(id: $id) }`, { id: file.id })).removeEvidenceFile).toBe(true);
    expect((await download()).status).toBe(404);

    await restore({ databaseUrl: api.databaseUrl, evidenceDir: dir }, target);
    const res = await download();
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    const { logframe } = await partner.ok(`query($p: ID!) { logframe(projectId: $p) { nodes { indicators { updates { files { name } } } } } }`, { p: project.id });
    expect(logframe.nodes.flatMap((n: any) => n.indicators).flatMap((i: any) => i.updates).flatMap((u: any) => u.files)).toEqual([{ name: 'Delivery note.png' }]);
    // Identities and their sequence continue after the restored rows: a new upload still works.
    const again = await fetch(`${api.url}/evidence?${q}`, { method: 'POST', headers: { cookie: partner.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(PNG) });
    expect(again.status).toBe(201);
  });
});
