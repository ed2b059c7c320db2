/** A local S3-compatible server (s3rver) on a free port, with one bucket: tests never reach a real cloud. */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import type { EvidenceS3Config } from '../../server/src/config.js';

export interface LocalS3 {
  config: EvidenceS3Config;
  stop: () => Promise<void>;
}

export async function startLocalS3(bucket = 'evidence'): Promise<LocalS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  return {
    // s3rver's fixed credentials.
    config: { url: `http://127.0.0.1:${port}`, bucket, region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    stop: async () => {
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}
