import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { buildAccordSchema } from './graphql/schema.js';
import { formatErrorFor } from './graphql/errors.js';
import { createContext, type Context } from './graphql/context.js';
import { accessGuard, armor, MAX_TOKENS } from './graphql/guard.js';
import { unavailablePlugin } from './graphql/unavailable.js';
import { CodeNamesCache } from './modules/reference/code-names.js';
import { identified, identifyCaller } from './modules/access/http.js';
import { RETRY_AFTER_SECONDS } from './db/outage.js';
import { ReadRoute } from './db/reader.js';
import { hasReplica } from './db/orm.js';
import { readRoutingPlugin } from './graphql/read-routing.js';
import { healthOf } from './db/health.js';
import { compiledReadsFront } from './graphql/compiled/compiled-reads.js';
import { graphqlHttpRules } from './graphql/http.js';
import { logframeExport } from './modules/logframe/logframe.export.js';
import { donorFundingExport } from './modules/finance/donor.export.js';
import { portfolioExport } from './modules/portfolio/portfolio.export.js';
import { iatiActivitiesExport, publishedProgrammeExport } from './modules/iati/iati.export.js';
import { projectListExport } from './modules/project/project.export.js';
import { financeExport } from './modules/finance/finance.export.js';
import { evidenceDownload, evidenceUpload } from './modules/evidence/evidence.http.js';
import { attachEvidenceStorage, evidenceStorageFrom } from './modules/evidence/storage.js';
import { ImportFiles } from './modules/iati/import/import.files.js';
import { ImportWorker } from './modules/iati/import/import.worker.js';
import { iatiImportUpload } from './modules/iati/import/import.http.js';
import { integratorsManual } from './modules/docs/docs.http.js';

export type AppConfig = Pick<Config, 'webDist' | 'sessionHours' | 'cookieSecure' | 'corsOrigins' | 'env' | 'trustProxy' | 'readYourWritesSeconds' | 'compiledReads' | 'reportingCurrency' | 'databasePoolMode' | 'evidence' | 'iatiImport' | 'publicUrl'>;

export interface App {
  app: express.Express;
  /** What the HTTP server runs for each request: compiled reads at the front, then the app. */
  handler: http.RequestListener;
  /** Listens with `handler`, as `app.listen` would with the app alone. */
  listen: (port: number, host: string, onListening?: () => void) => http.Server;
  apollo: ApolloServer<Context>;
  close: () => Promise<void>;
}

/** Builds the HTTP app on an ORM that is already connected and migrated. Has no side effects beyond that. */
export async function createApp(config: AppConfig, orm: MikroORM, log: Logger): Promise<App> {
  const schema = await buildAccordSchema();
  const evidence = evidenceStorageFrom(config.evidence);
  attachEvidenceStorage(schema, evidence);
  const codeNames = await CodeNamesCache.start(orm, log);
  const replica = hasReplica(orm);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: formatErrorFor(log),
    includeStacktraceInErrorResponses: false,
    // The schema is the integrators' manual: their tools read it by introspection, once authenticated.
    introspection: true,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The process's own shutdown stops Apollo after the requests in flight have finished.
    stopOnTerminationSignals: false,
    // graphql-armor's plugins are typed against its own copy of Apollo's types; they run on any context.
    // Accord sets no cache hints; Apollo's cache-control plugin would otherwise wrap every field's resolver.
    plugins: [
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      accessGuard,
      unavailablePlugin as ApolloServerPlugin<Context>,
      readRoutingPlugin(orm, (ctx) => ctx.freshness?.writer ?? null),
      ApolloServerPluginCacheControlDisabled(),
    ],
    validationRules: armor.validationRules,
    // A query over the limit is a syntax error: HTTP 400, GRAPHQL_PARSE_FAILED.
    parseOptions: { maxTokens: MAX_TOKENS },
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const headers = [
    helmet({
      // PrimeVue sets styles at run time; scripts stay same-origin only. Vite's dev server needs none of this.
      contentSecurityPolicy:
        config.env === 'production'
          ? { directives: { 'default-src': ["'self'"], 'style-src': ["'self'", "'unsafe-inline'"], 'img-src': ["'self'", 'data:'], 'font-src': ["'self'", 'data:'] } }
          : false,
    }),
    cors({ origin: config.corsOrigins, credentials: true }),
  ];
  app.use(...headers);

  app.get('/healthz', async (_req, res) => {
    const health = await healthOf(orm, log);
    if (health.database === 'reachable') res.json(health);
    else res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json(health);
  });

  const settings = { sessionHours: config.sessionHours, cookieSecure: config.cookieSecure, reportingCurrency: config.reportingCurrency, publicUrl: config.publicUrl };
  app.use(
    '/graphql',
    graphqlHttpRules,
    express.json({ limit: '1mb' }),
    identifyCaller(orm, log),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const { freshness } = identified(res);
        const codes = await codeNames.at(freshness?.codelistVersion ?? null);
        const route = new ReadRoute(replica, freshness?.secondsSinceWrite ?? null, config.readYourWritesSeconds);
        return createContext(() => orm.em.fork() as Context['em'], log, codes, settings, req, res, route);
      },
    }),
  );

  const rc = config.reportingCurrency;
  app.get('/exports/projects.:format', identifyCaller(orm, log), projectListExport(orm, log, rc));
  app.get('/exports/projects/:id/logframe.:format', identifyCaller(orm, log), logframeExport(orm, log, rc));
  app.get('/exports/projects/:id/finance.:format', identifyCaller(orm, log), financeExport(orm, log, rc, 'project'));
  app.get('/exports/programmes/:id/finance.:format', identifyCaller(orm, log), financeExport(orm, log, rc, 'programme'));
  app.get('/exports/donor-funding.xlsx', identifyCaller(orm, log), donorFundingExport(orm, log, rc));
  app.get('/exports/portfolio.:format', identifyCaller(orm, log), portfolioExport(orm, log, rc));
  app.post('/evidence', ...evidenceUpload(orm, log, evidence, config.evidence.maxBytes));
  app.get('/evidence/:id', ...evidenceDownload(orm, log, evidence));
  // IATI files are read and imported by a worker inside this process (modules/iati/import/import.worker.ts).
  const iatiFiles = new ImportFiles(config.iatiImport.dir);
  const iatiWorker = new ImportWorker(orm, iatiFiles, log);
  app.post('/iati/imports', ...iatiImportUpload(orm, log, iatiFiles, iatiWorker, config.iatiImport.maxBytes));
  app.get('/iati/activities.xml', identifyCaller(orm, log), iatiActivitiesExport(orm, log));
  // Public by design: a programme's managers publish it; no caller is identified, so a stale cookie changes nothing.
  app.get('/iati/programmes/:id/activities.xml', publishedProgrammeExport(orm, log));
  app.get('/docs', integratorsManual(schema));

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

  const handler = config.compiledReads ? compiledReadsFront(schema, orm, log, config.databasePoolMode === 'session', headers, app) : app;
  const listen = (port: number, host: string, onListening?: () => void) => http.createServer(handler).listen(port, host, onListening);
  iatiWorker.start();
  const close = async () => {
    await iatiWorker.stop();
    await apollo.stop();
  };
  return { app, handler, listen, apollo, close };
}
