import 'reflect-metadata';
import path from 'node:path';
import fs from 'node:fs';
import express, { type ErrorRequestHandler } from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { buildAccordSchema } from './graphql/schema.js';
import { formatErrorFor } from './graphql/errors.js';
import { createContext, type Context } from './graphql/context.js';
import { CodeNames } from './modules/reference/code-names.js';

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  close: () => Promise<void>;
}

/** Builds the HTTP app on an ORM that is already connected and migrated. Has no side effects beyond that. */
export async function createApp(config: Pick<Config, 'webDist'>, orm: MikroORM, log: Logger): Promise<App> {
  const schema = await buildAccordSchema();
  const codes = await CodeNames.load(orm.em.fork() as Context['em']);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatErrorFor(log),
    includeStacktraceInErrorResponses: false,
    // The schema is the integrators' manual: their tools read it by introspection.
    introspection: true,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');

  app.get('/healthz', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', database: 'reachable' });
    } catch (err) {
      log.warn({ err }, 'health check: database unreachable');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: async () => createContext(orm.em.fork() as Context['em'], log, codes) }),
  );

  if (config.webDist) {
    const index = path.join(config.webDist, 'index.html');
    if (!fs.existsSync(index)) throw new Error(`The built SPA is missing at ${config.webDist}; run npm run build:web`);
    app.use(express.static(config.webDist, { index: false, maxAge: '1h' }));
    // Client-side routes: every other GET gets the SPA.
    app.get('/{*path}', (_req, res) => res.sendFile(index));
  }

  // Body parsing and other middleware errors: a coded message, never a stack trace.
  const onError: ErrorRequestHandler = (err, _req, res, _next) => {
    const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log.error({ err }, 'unexpected error in an HTTP request');
    const message = status === 413 ? 'The request body is too large.' : status === 500 ? 'Internal server error.' : 'The request could not be read.';
    res.status(status).json({ errors: [{ message, extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' } }] });
  };
  app.use(onError);

  return { app, apollo, close: () => apollo.stop() };
}
