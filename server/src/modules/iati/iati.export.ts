import type { Request, RequestHandler, Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { identified } from '../access/http.js';
import { createReader, type Reader } from '../../db/reader.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';
import { detailsOf, programmePage, projectPage, type Audience } from './iati.reads.js';
import { writeProgramme, writeProject } from './iati.document.js';
import { ClientGone, responseSink, XmlWriter, type Sink } from './xml.js';

/** What one document holds: everything the audience reads, one programme with its projects, or one project. */
export type ExportScope = { all: true } | { programmeId: string } | { projectId: string };

/** Projects are read this many at a time (keyset over ids), so memory stays flat however large a programme is. */
export const BATCH = 200;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (id: string) => UUID.test(id);

/** Whether the audience reads the programme or project of the scope; the answer comes before anything is written. */
export async function scopeExists(reader: Reader, audience: Audience, scope: ExportScope): Promise<boolean> {
  if ('programmeId' in scope) return (await programmePage(reader, audience, { only: scope.programmeId, limit: 1 })).length > 0;
  if ('projectId' in scope) return (await projectPage(reader, audience, { only: scope.projectId, limit: 1 })).length > 0;
  return true;
}

async function writeProjectsOf(reader: Reader, audience: Audience, xml: XmlWriter, programmeId: string): Promise<void> {
  for (let afterId: string | null = null; ; ) {
    const page = await projectPage(reader, audience, { programmeId, afterId, limit: BATCH });
    if (!page.length) return;
    const details = await detailsOf(reader, audience, 'project_id', page.map((p) => p.id));
    for (const project of page) {
      writeProject(xml, project, details);
      await xml.flush();
    }
    if (page.length < BATCH) return;
    afterId = page[page.length - 1].id;
  }
}

/**
 * Writes the IATI 2.03 document of the scope to the sink, activity by activity: each programme (the parent),
 * then its projects (the children) a batch at a time. Call `scopeExists` first.
 */
export async function writeActivities(reader: Reader, audience: Audience, scope: ExportScope, sink: Sink): Promise<void> {
  const xml = new XmlWriter(sink);
  xml.raw('<?xml version="1.0" encoding="UTF-8"?>\n');
  xml.start('iati-activities', { version: '2.03', 'generated-datetime': new Date().toISOString().replace(/\.\d{3}Z$/, 'Z') });
  if ('projectId' in scope) {
    const page = await projectPage(reader, audience, { only: scope.projectId, limit: 1 });
    writeProject(xml, page[0], await detailsOf(reader, audience, 'project_id', page.map((p) => p.id)));
  } else {
    const only = 'programmeId' in scope ? scope.programmeId : undefined;
    for (let afterId: string | null = null; ; ) {
      const page = await programmePage(reader, audience, { only, afterId, limit: BATCH });
      const details = await detailsOf(reader, audience, 'programme_id', page.map((p) => p.id));
      for (const programme of page) {
        writeProgramme(xml, programme, details);
        await xml.flush();
        await writeProjectsOf(reader, audience, xml, programme.id);
      }
      if (page.length < BATCH) break;
      afterId = page[page.length - 1].id;
    }
  }
  xml.end();
  await xml.flush();
}

const error = (res: Response, status: number, code: string, message: string) => res.status(status).json({ errors: [{ message, extensions: { code } }] });

/** The scope a request asks for with `?programme=ID` or `?project=ID`, or the problem with them. */
function scopeOf(req: Request): ExportScope | { problem: string } {
  const { programme, project } = req.query;
  if (programme !== undefined && project !== undefined) return { problem: 'Give `programme` or `project`, not both.' };
  for (const [name, value] of [['programme', programme], ['project', project]] as const) {
    if (value === undefined) continue;
    if (typeof value !== 'string' || !isUuid(value)) return { problem: `\`${name}\` must be one id (a UUID).` };
    return name === 'programme' ? { programmeId: value } : { projectId: value };
  }
  return { all: true };
}

async function stream(res: Response, reader: Reader, audience: Audience, scope: ExportScope, filename: string): Promise<void> {
  res.status(200);
  res.setHeader('content-type', 'application/xml; charset=utf-8');
  res.setHeader('content-disposition', `inline; filename="${filename}"`);
  await writeActivities(reader, audience, scope, responseSink(res));
  res.end();
}

/** Runs an export handler; a failure after the first bytes ends the connection, so that no client takes a cut-off document for a whole one. */
function guarded(log: Logger, handle: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return async (req, res) => {
    try {
      await handle(req, res);
    } catch (err) {
      if (err instanceof ClientGone) return;
      if (isDatabaseUnavailable(err) && !res.headersSent) return respondUnavailable(res);
      log.error({ err }, 'IATI export failed');
      if (!res.headersSent) error(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error.');
      else res.destroy();
    }
  };
}

/** GET /iati/activities.xml[?programme=ID|?project=ID]: what the signed-in caller (or API token) reads. */
export function iatiActivitiesExport(orm: MikroORM, log: Logger): RequestHandler {
  return guarded(log, async (req, res) => {
    const { caller } = identified(res);
    if (!caller) return void error(res, 401, 'UNAUTHENTICATED', 'Sign in, or send an API token as `Authorization: Bearer …`.');
    const scope = scopeOf(req);
    if ('problem' in scope) return void error(res, 400, 'BAD_USER_INPUT', scope.problem);
    const em = orm.em.fork() as EntityManager;
    const reader = createReader(() => em);
    const audience: Audience = { kind: 'caller', access: new Access(caller, em) };
    if (!(await scopeExists(reader, audience, scope))) {
      const [what, id] = 'programmeId' in scope ? ['Programme', scope.programmeId] : ['Project', (scope as { projectId: string }).projectId];
      return void error(res, 404, 'NOT_FOUND', `${what} ${id} was not found.`);
    }
    await stream(res, reader, audience, scope, 'iati-activities.xml');
  });
}

/** GET /iati/programmes/:id/activities.xml: a programme its managers have published, for anyone, without signing in. */
export function publishedProgrammeExport(orm: MikroORM, log: Logger): RequestHandler {
  return guarded(log, async (req, res) => {
    const id = String(req.params.id);
    if (!isUuid(id)) return void error(res, 400, 'BAD_USER_INPUT', 'The programme id must be a UUID.');
    const em = orm.em.fork() as EntityManager;
    const reader = createReader(() => em);
    const audience: Audience = { kind: 'public' };
    const scope = { programmeId: id };
    if (!(await scopeExists(reader, audience, scope))) return void error(res, 404, 'NOT_FOUND', `No published programme ${id}.`);
    await stream(res, reader, audience, scope, `iati-programme-${id}.xml`);
  });
}
