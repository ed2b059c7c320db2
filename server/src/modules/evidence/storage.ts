import fsp from 'node:fs/promises';
import path from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { GraphQLSchema } from 'graphql';
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { EvidenceConfig, EvidenceS3Config } from '../../config.js';

/** Where evidence files are kept. Keys are made by `newKey`; nothing a client sends ever becomes a key. */
export interface EvidenceStorage {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Readable | null>;
  /** Removes the object; removing a missing one is not an error. */
  remove(key: string): Promise<void>;
}

/** A random key, fanned out over 256 folders so no disk folder grows without bound. */
export const newKey = (): string => `${randomBytes(1).toString('hex')}/${randomUUID()}`;

const KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

function checked(key: string): string {
  // Keys come from newKey; anything else would be a bug, and must not reach a file path.
  if (!KEY.test(key)) throw new Error(`not an evidence storage key: ${JSON.stringify(key)}`);
  return key;
}

export class DiskStorage implements EvidenceStorage {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, checked(key));
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.file(key);
    await fsp.mkdir(path.dirname(target), { recursive: true });
    // Written aside and renamed, so a reader never sees half a file.
    const partial = `${target}.${randomBytes(4).toString('hex')}.part`;
    try {
      await fsp.writeFile(partial, bytes, { flag: 'wx' });
      await fsp.rename(partial, target);
    } catch (err) {
      await fsp.rm(partial, { force: true });
      throw err;
    }
  }

  async get(key: string): Promise<Readable | null> {
    const file = this.file(key);
    try {
      return (await fsp.open(file, 'r')).createReadStream();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await fsp.rm(this.file(key), { force: true });
  }
}

export class S3Storage implements EvidenceStorage {
  private readonly client: S3Client;

  constructor(private readonly config: EvidenceS3Config) {
    this.client = new S3Client({
      endpoint: config.url,
      region: config.region,
      credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey },
      // Path-style addressing works with every S3-compatible server (MinIO, Ceph, s3rver); virtual hosts need DNS.
      forcePathStyle: true,
    });
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.config.bucket, Key: checked(key), Body: bytes, ContentLength: bytes.length }));
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const out = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: checked(key) }));
      return (out.Body as Readable | undefined) ?? null;
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') return null;
      throw err;
    }
  }

  async remove(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: checked(key) }));
  }

  close(): void {
    this.client.destroy();
  }
}

export function evidenceStorageFrom(config: EvidenceConfig): EvidenceStorage {
  return config.s3 ? new S3Storage(config.s3) : new DiskStorage(config.dir);
}

/**
 * The storage of the app a schema serves. Resolvers reach it through `info.schema`: each app builds its own
 * schema, so two apps in one process (tests, a second instance) never share a storage by accident.
 */
const storages = new WeakMap<GraphQLSchema, EvidenceStorage>();

export function attachEvidenceStorage(schema: GraphQLSchema, storage: EvidenceStorage): void {
  storages.set(schema, storage);
}

export function evidenceStorageOf(schema: GraphQLSchema): EvidenceStorage {
  const storage = storages.get(schema);
  if (!storage) throw new Error('no evidence storage is attached to this schema');
  return storage;
}
