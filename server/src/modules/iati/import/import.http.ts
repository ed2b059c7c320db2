import type { RequestHandler, Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Access } from '../../access/access.js';
import { identified, identifyCaller } from '../../access/http.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../../db/outage.js';
import { IatiImport } from './import.entity.js';
import type { ImportFiles } from './import.files.js';
import type { ImportWorker } from './import.worker.js';

function fail(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

const XML_TYPES = new Set(['application/xml', 'text/xml']);

/**
 * `POST /iati/imports` with the raw XML as the body: streamed to disk (never held in memory), bounded by
 * IATI_IMPORT_MAX_BYTES, then read by the worker. Administrators only. Answers 202 `{ id }`; the job is read over
 * GraphQL (`iatiImport`). The XML content types are not "simple" ones, so a cross-site form cannot send them.
 */
export function iatiImportUpload(orm: MikroORM, log: Logger, files: ImportFiles, worker: ImportWorker, maxBytes: number): RequestHandler[] {
  const upload: RequestHandler = async (req, res) => {
    const drain = () => req.resume();
    try {
      const caller = identified(res).caller;
      if (!caller) return drain(), fail(res, 401, 'UNAUTHENTICATED', 'Sign in, or send an API token as `Authorization: Bearer …`.');
      if (!new Access(caller, orm.em.fork()).isAdmin) return drain(), fail(res, 403, 'FORBIDDEN', 'Only an administrator may import IATI files.');
      const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
      if (!XML_TYPES.has(type)) return drain(), fail(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the IATI file as the body, with Content-Type application/xml or text/xml.');
      const declared = Number(req.headers['content-length']);
      const tooLarge = () => fail(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than the limit of ${maxBytes} bytes (IATI_IMPORT_MAX_BYTES).`);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.setHeader('connection', 'close');
        return drain(), tooLarge();
      }
      const em = orm.em.fork();
      const job = em.create(IatiImport, { createdBy: caller.user.id, bytesTotal: 0 });
      const saved = await files.save(job.id, req, maxBytes);
      if (saved.tooLarge) {
        res.setHeader('connection', 'close');
        return tooLarge();
      }
      if (!saved.bytes) return fail(res, 400, 'BAD_USER_INPUT', 'The body is empty: send the IATI file.');
      job.bytesTotal = saved.bytes;
      await em.flush();
      worker.kick();
      res.status(202).json({ id: job.id });
    } catch (err) {
      if (res.headersSent) return void res.destroy();
      if (isDatabaseUnavailable(err)) return respondUnavailable(res);
      log.error({ err }, 'an IATI file could not be received');
      fail(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
    }
  };
  return [identifyCaller(orm, log), upload];
}
