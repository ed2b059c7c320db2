import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import accepts from 'accepts';
import type { GraphQLSchema } from 'graphql';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { armor, MAX_TOKENS } from '../guard.js';
import { GRAPHQL_MEDIA_TYPES } from '../http.js';
import { readCookie } from '../../modules/access/http.js';
import { SESSION_CALLER_ROW, SESSION_COOKIE } from '../../modules/access/session.service.js';
import { hashSecret } from '../../modules/access/secrets.js';
import { preparedReads } from '../../db/prepared.js';
import { isDatabaseUnavailable, respondUnavailable } from '../../db/outage.js';
import { compile, NotCompiled, type CompiledSchema, type Plan } from './compile.js';
import { referenceTypes } from '../../modules/reference/reference.compiled.js';
import { organisationTypes } from '../../modules/organisation/organisation.compiled.js';
import { activityTypes } from '../../modules/activity/activity.compiled.js';
import { participationTypes } from '../../modules/participation/participation.compiled.js';
import { programmeRoots, programmeTypes } from '../../modules/programme/programme.compiled.js';
import { projectRoots, projectTypes } from '../../modules/project/project.compiled.js';

/** Documents kept compiled (or known not to compile); the oldest is dropped beyond this. */
const MAX_PLANS = 500;

export function compiledSchema(schema: GraphQLSchema): CompiledSchema {
  return {
    schema,
    types: { ...referenceTypes, ...organisationTypes, ...activityTypes, ...participationTypes, ...programmeTypes, ...projectTypes },
    roots: { ...programmeRoots, ...projectRoots },
    validationRules: armor.validationRules,
    maxTokens: MAX_TOKENS,
  };
}

interface Body {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
  extensions?: unknown;
}

/**
 * Compiled reads: the portfolio's everyday queries (project pages, the project list, programmes) answered by one
 * SQL statement that identifies the session's caller, applies the read rules and builds the response's JSON,
 * which is sent as PostgreSQL wrote it. graphql-js, Apollo and the per-field resolvers never see such a request:
 * they cost more than the statement itself (see the README's benchmarks).
 *
 * The resolvers stay the reference. Whatever this handler does not take, it passes on to them: a mutation, a
 * field that is not compiled, an invalid document or variables, an API token, no or an unknown session, a
 * root that found nothing (NOT_FOUND is theirs to say), a database error. So every error is answered exactly
 * as before; tests hold the two roads to the same answers.
 */
function compiledReads(schema: GraphQLSchema, orm: MikroORM, log: Logger, prepare: boolean) {
  const compiled = compiledSchema(schema);
  const read = preparedReads(orm, prepare);
  const plans = new Map<string, Plan | null>();
  const planFor = (query: string, operationName: string | undefined): Plan | null => {
    const key = `${operationName ?? ''}\n${query}`;
    let plan = plans.get(key);
    if (plan === undefined) {
      try {
        plan = compile(compiled, query, operationName);
      } catch (err) {
        if (!(err instanceof NotCompiled)) throw err;
        plan = null;
      }
      if (plans.size >= MAX_PLANS) plans.delete(plans.keys().next().value!);
      plans.set(key, plan);
    }
    return plan;
  };

  /** Answers the request and returns true, or returns false and leaves it untouched for the resolvers. */
  return async (req: IncomingMessage, res: ServerResponse, body: Body, secret: string): Promise<boolean> => {
    if (typeof body.query !== 'string' || body.extensions !== undefined) return false;
    if (body.operationName !== undefined && body.operationName !== null && typeof body.operationName !== 'string') return false;
    const mediaType = accepts(req).type(GRAPHQL_MEDIA_TYPES);
    if (!mediaType) return false;
    let rows: Record<string, unknown>[];
    let plan: Plan | null;
    try {
      plan = planFor(body.query, body.operationName ?? undefined);
      const statement = plan?.statement(body.variables);
      if (!plan || !statement) return false;
      rows = await read(`with caller as (${SESSION_CALLER_ROW}) select ${statement.select} from caller c`, [hashSecret(secret), ...statement.params]);
    } catch (err) {
      // No connection to be had: asking the resolvers would only wait for one again. Said at once, retryably.
      if (isDatabaseUnavailable(err)) {
        log.warn({ err }, 'a compiled read found the database unavailable');
        respondUnavailable(res);
        return true;
      }
      log.debug({ err }, 'a compiled read failed; the resolvers answer it');
      return false;
    }
    const row = rows[0];
    if (!row || plan.roots.some((root, i) => row[`f${i}`] === null && !root.nullable)) return false;
    const data = plan.roots.map((root, i) => `"${root.key}":${(row[`f${i}`] as string | null) ?? 'null'}`).join(',');
    // Sent as written, without the ETag express's send would compute by hashing every response body.
    const answer = `{"data":{${data}}}`;
    res.statusCode = 200;
    res.setHeader('content-type', `${mediaType}; charset=utf-8`);
    res.setHeader('content-length', Buffer.byteLength(answer));
    res.end(answer);
    return true;
  };
}

/** The largest request body taken, as `express.json` takes on /graphql. */
const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage, length: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      if (received <= length) chunks.push(chunk);
    });
    req.on('end', () => (received === length ? resolve(Buffer.concat(chunks).toString('utf8')) : reject(Object.assign(new Error('the body does not have its length'), { status: 400 }))));
    req.on('error', reject);
  });
}

/** What the app's own error handler answers to a body it cannot read (app.ts). */
const UNREADABLE = JSON.stringify({ errors: [{ message: 'The request could not be read.', extensions: { code: 'BAD_REQUEST' } }] });

/**
 * The front of the HTTP server: it sees every request before Express does, so that a compiled read costs no more
 * than its statement, the request's checks and the security headers (Express's routing and middleware cost a
 * project page more than its statement). It takes a signed-in session's JSON POST to /graphql, reads the body as
 * `express.json` would (and marks it read, so that the resolvers' road does not read it again), runs the app's
 * own header middleware (`headers`: helmet and cors, as they are), and answers from the compiled statement.
 * Everything else is handed to the app (`app`) untouched.
 */
export function compiledReadsFront(schema: GraphQLSchema, orm: MikroORM, log: Logger, prepare: boolean, headers: RequestHandler[], app: RequestListener): RequestListener {
  const answer = compiledReads(schema, orm, log, prepare);
  const runHeaders = async (req: IncomingMessage, res: ServerResponse) => {
    for (const header of headers) {
      await new Promise<void>((done, fail) => header(req as never, res as never, (err?: unknown) => (err ? fail(err) : done())));
    }
  };
  return (req, res) => {
    const pass = () => void app(req, res);
    const length = Number(req.headers['content-length']);
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/graphql' || req.headers.authorization || req.headers['content-encoding']) return pass();
    if (!(length > 0 && length <= MAX_BODY) || !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return pass();
    const secret = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (!secret) return pass();
    readBody(req, length)
      .then(async (raw) => {
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          await runHeaders(req, res);
          res.statusCode = 400;
          res.setHeader('content-type', 'application/json; charset=utf-8');
          return void res.end(UNREADABLE);
        }
        // body-parser leaves a request it finds already read alone.
        Object.assign(req, { body, _body: true });
        if (!body || typeof body !== 'object' || Array.isArray(body)) return pass();
        await runHeaders(req, res);
        if (!(await answer(req, res, body as Body, secret))) pass();
      })
      .catch((err) => {
        log.warn({ err }, 'a request to /graphql could not be read');
        if (!res.headersSent) {
          res.statusCode = 400;
          res.setHeader('content-type', 'application/json; charset=utf-8');
        }
        res.end(UNREADABLE);
      });
  };
}
