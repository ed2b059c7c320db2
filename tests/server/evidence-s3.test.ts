/** The whole road with the S3 storage: the app keeps evidence in a bucket of a local s3rver, never a real cloud. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Role, useApi } from '../support/api.js';
import { addIndicator, addNode, makeLogframeProject, makeOrganisation } from '../support/factories.js';
import { startLocalS3, type LocalS3 } from '../support/s3.js';
import type { EvidenceS3Config } from '../../server/src/config.js';
import { backup } from '../../server/src/modules/evidence/backup.js';
import { S3Storage } from '../../server/src/modules/evidence/storage.js';

// Filled before the app is made: this hook is registered, and so runs, before useApi's.
const s3config = {} as EvidenceS3Config;
let s3: LocalS3;
beforeAll(async () => {
  s3 = await startLocalS3();
  Object.assign(s3config, s3.config);
});
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'accord-evidence-s3-'));
const api = useApi({ evidence: { maxBytes: 1024 * 1024, dir, s3: s3config } });
afterAll(async () => {
  await s3?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

describe('evidence in an S3 bucket', () => {
  it('uploads into the bucket, serves the same bytes, removes them, and leaves the bucket out of a backup', async () => {
    const { project, periods } = await makeLogframeProject(api);
    const ngo = await makeOrganisation(api, { kind: 'NGO' });
    await api.ok(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: ngo.id, role: '4', projectId: project.id } });
    const node = await addNode(api, project.id, { statement: 'Border posts are equipped', responsibleOrganisationId: ngo.id });
    const indicator = await addIndicator(api, node.id, { title: 'Posts equipped' });
    const partner = await api.signedIn([{ role: Role.PARTNER_REPORTER, projectId: project.id }], { organisationId: ngo.id });
    const q = new URLSearchParams({ projectId: project.id, indicatorId: indicator.id, periodId: periods[0].id, name: 'handover.png' });
    const up = await fetch(`${api.url}/evidence?${q}`, { method: 'POST', headers: { cookie: partner.cookie, 'content-type': 'application/octet-stream' }, body: new Uint8Array(PNG) });
    expect(up.status).toBe(201);
    const { file } = (await up.json()) as { file: { id: string; url: string; mediaType: string } };
    expect(file.mediaType).toBe('image/png');
    // Nothing went to disk.
    expect(fs.readdirSync(dir)).toEqual([]);

    const res = await fetch(`${api.url}${file.url}`, { headers: { cookie: partner.cookie } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);

    const manifest = await backup({ databaseUrl: api.databaseUrl, evidenceDir: null, s3Bucket: s3config.bucket }, path.join(dir, 'backup'));
    expect(manifest.evidence).toEqual({ kind: 's3', bucket: 'evidence' });

    const [{ storage_key: key }] = await api.raw(`select storage_key from evidence_file where id = ?`, [file.id]);
    const bucket = new S3Storage(s3config);
    const stored = await bucket.get(key);
    expect(stored).not.toBeNull();
    stored!.destroy();
    expect((await partner.ok(`mutation($id: ID!) { removeEvidenceFile(id: $id) }`, { id: file.id })).removeEvidenceFile).toBe(true);
    expect(await bucket.get(key)).toBeNull();
    bucket.close();
    expect((await fetch(`${api.url}${file.url}`, { headers: { cookie: partner.cookie } })).status).toBe(404);
  });
});
