import { pipeline } from 'node:stream';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { identified, identifyCaller } from '../access/http.js';
import { DomainError } from '../common/errors.js';
import { createReader } from '../../db/reader.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';
import { valueRights } from '../logframe/logframe.policy.js';
import { fileView, isUuid, reachableFile } from './evidence.reads.js';
import { uploadEvidence } from './evidence.service.js';
import { UnsupportedMedia } from './media.js';
import type { EvidenceStorage } from './storage.js';

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, RATE_LIMITED: 429 };

function fail(res: Response, status: number, code: string, message: string, fields?: { field: string; message: string }[]) {
  res.status(status).json({ errors: [{ message, extensions: { code, ...(fields?.length ? { fields } : {}) } }] });
}

function failWith(res: Response, log: Logger, err: unknown, what: string) {
  if (res.headersSent) {
    log.error({ err }, what);
    res.destroy();
  } else if (err instanceof UnsupportedMedia) fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', err.message, err.fields);
  else if (err instanceof DomainError) fail(res, STATUS[err.code] ?? 400, err.code, err.message, err.fields);
  else if (isDatabaseUnavailable(err)) respondUnavailable(res);
  else {
    log.error({ err }, what);
    fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
  }
}

const SIMPLE_TYPES = new Set(['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/**
 * Apollo's CSRF rule for /graphql, applied to uploads too: a page on another site can send a "simple" request
 * (a form's content types, no custom header) with the session cookie without a preflight, so such a request
 * must carry a header only a preflighted request can.
 */
const preflighted: RequestHandler = (req, res, next) => {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (!SIMPLE_TYPES.has(type) || req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']) return next();
  fail(res, 400, 'BAD_REQUEST', 'This upload could be a cross-site request forgery: send it with a Content-Type such as application/octet-stream, or with an Apollo-Require-Preflight header.');
};

const signedIn: RequestHandler = (_req, res, next) => {
  if (identified(res).caller) return next();
  fail(res, 401, 'UNAUTHENTICATED', 'Sign in, or send an API token as `Authorization: Bearer …`.');
};

const tooLarge =
  (maxBytes: number): ErrorRequestHandler =>
  (err, _req, res, next) => {
    if (err?.status !== 413) return next(err);
    fail(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${maxBytes} bytes.`);
  };

function query(req: Request, name: string): string {
  const value = req.query[name];
  return typeof value === 'string' ? value : '';
}

/** POST /evidence?projectId=…&indicatorId=…&periodId=…&name=… with the file as the raw body. */
export function evidenceUpload(orm: MikroORM, log: Logger, storage: EvidenceStorage, maxBytes: number): Array<RequestHandler | ErrorRequestHandler> {
  const upload: RequestHandler = async (req, res) => {
    try {
      const em = orm.em.fork() as EntityManager;
      const access = new Access(identified(res).caller, em);
      access.assertMayWrite();
      const ids = { projectId: query(req, 'projectId'), indicatorId: query(req, 'indicatorId'), periodId: query(req, 'periodId') };
      const bad = Object.entries(ids).filter(([, v]) => !isUuid(v));
      if (bad.length) return fail(res, 400, 'BAD_USER_INPUT', 'The input is not valid.', bad.map(([field]) => ({ field, message: 'an id (UUID)' })));
      if (!(await access.seesProject(ids.projectId))) return fail(res, 404, 'NOT_FOUND', `Project ${ids.projectId} was not found.`, [{ field: 'projectId', message: 'not found' }]);
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const actor = { userId: identified(res).caller?.user.id ?? null, rightOn: await valueRights(access, ids.projectId) };
      const id = await uploadEvidence(em, storage, { ...ids, name: query(req, 'name'), bytes }, actor);
      res.status(201).json({ file: await fileView(createReader(() => em), id) });
    } catch (err) {
      failWith(res, log, err, 'evidence upload failed');
    }
  };
  // Who is calling is settled before the body is read: a stranger's upload is refused without storing a byte.
  return [preflighted, identifyCaller(orm, log), signedIn, express.raw({ type: () => true, limit: maxBytes }), tooLarge(maxBytes), upload];
}

/** RFC 6266: a plain ASCII fallback name, and the real one percent-encoded as UTF-8. */
function disposition(name: string): string {
  // eslint-disable-next-line no-control-regex
  const ascii = name.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** GET /evidence/:id: the file, for those who may read its report; 404 for everyone else, as for a missing file. */
export function evidenceDownload(orm: MikroORM, log: Logger, storage: EvidenceStorage): RequestHandler[] {
  const download: RequestHandler = async (req, res) => {
    try {
      const em = orm.em.fork() as EntityManager;
      const file = await reachableFile(createReader(() => em), new Access(identified(res).caller, em), String(req.params.id));
      const stream = file ? await storage.get(file.storageKey) : null;
      if (!file || !stream) {
        if (file) log.warn({ id: file.id, key: file.storageKey }, 'an evidence file is missing from its storage');
        return fail(res, 404, 'NOT_FOUND', `Evidence file ${String(req.params.id).slice(0, 40)} was not found.`);
      }
      res.status(200);
      res.setHeader('content-type', file.mediaType.startsWith('text/') ? `${file.mediaType}; charset=utf-8` : file.mediaType);
      res.setHeader('content-length', String(file.size));
      res.setHeader('content-disposition', disposition(file.name));
      res.setHeader('x-content-type-options', 'nosniff');
      // Opened in a tab anyway, it runs nothing and reaches nothing.
      res.setHeader('content-security-policy', "default-src 'none'; sandbox");
      res.setHeader('cache-control', 'private, no-store');
      // pipeline, not pipe: a client that goes away closes the file (or the S3 response) too.
      pipeline(stream, res, (err) => {
        if (err && (err as NodeJS.ErrnoException).code !== 'ERR_STREAM_PREMATURE_CLOSE') failWith(res, log, err, 'evidence download failed');
      });
    } catch (err) {
      failWith(res, log, err, 'evidence download failed');
    }
  };
  return [identifyCaller(orm, log), signedIn, download];
}
