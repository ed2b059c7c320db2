import type { RequestHandler } from 'express';
import accepts from 'accepts';
import { getOperationAST, parse } from 'graphql';
import { MAX_TOKENS } from './guard.js';

/** The media types a GraphQL response is sent as, preferred first when a client accepts both equally. */
export const GRAPHQL_MEDIA_TYPES = ['application/json', 'application/graphql-response+json'];

const refuse = (status: number, message: string) => JSON.stringify({ errors: [{ message, extensions: { code: status === 406 ? 'NOT_ACCEPTABLE' : 'METHOD_NOT_ALLOWED' } }] });

/** Whether a GET request's query names a mutation (or subscription) to run; an unparsable one is left to Apollo to refuse. */
function getRunsMutation(query: unknown, operationName: unknown): boolean {
  if (typeof query !== 'string') return false;
  try {
    const operation = getOperationAST(parse(query, { maxTokens: MAX_TOKENS }), typeof operationName === 'string' ? operationName : undefined);
    return !!operation && operation.operation !== 'query';
  } catch {
    return false;
  }
}

/**
 * The GraphQL-over-HTTP rules that must hold before anything runs, on /graphql: only GET and POST (405 with
 * `Allow`); a GET never runs a mutation (405 with `Allow: POST`), checked before the CSRF check so that the
 * client is told why; and an Accept header that admits neither JSON media type is refused with 406 before the
 * operation runs (Apollo would run it first, and a mutation would have taken effect). Compiled reads pass
 * every such request on to here (compiled-reads.ts), so both roads answer alike.
 */
export const graphqlHttpRules: RequestHandler = (req, res, next) => {
  const send = (status: number, allow: string | null, message: string) => {
    if (allow) res.set('allow', allow);
    res.status(status).type('application/json').send(refuse(status, message));
  };
  if (req.method !== 'GET' && req.method !== 'POST') return send(405, 'GET, POST', 'Send GraphQL requests with GET (queries only) or POST.');
  if (req.headers.accept !== undefined && !accepts(req).type(GRAPHQL_MEDIA_TYPES))
    return send(406, null, `The Accept header admits neither ${GRAPHQL_MEDIA_TYPES.join(' nor ')}.`);
  if (req.method === 'GET' && getRunsMutation(req.query.query, req.query.operationName)) return send(405, 'POST', 'A mutation must be sent with POST.');
  next();
};
