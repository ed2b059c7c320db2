/**
 * `npm run dev`: the API and the SPA on one port, with Vite in middleware mode so the SPA hot-reloads.
 * Never used in production, where main.ts serves the built SPA from web/dist.
 */
import 'reflect-metadata';
import http from 'node:http';
import { createServer } from 'vite';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase } from './db/database.js';
import { createApp } from './app.js';
import { drainHttpServer } from './shutdown.js';

const config = { ...loadConfig(), webDist: undefined };
const log = createLogger(config.logLevel);
const db = await openDatabase(config, log);
const { app, handler, close } = await createApp(config, db.orm, log);
const server = http.createServer(handler);

// Mounted after the API routes, so /graphql and /healthz answer first and every other path gets the SPA.
const vite = await createServer({ server: { middlewareMode: true, hmr: { server } }, appType: 'spa', configFile: 'vite.config.ts' });
app.use(vite.middlewares);

server.listen(config.port, config.host, () => log.info({ url: `http://localhost:${config.port}` }, 'Accord (dev) is listening'));

async function shutdown() {
  await drainHttpServer(server, 10_000, log);
  await vite.close();
  await close();
  await db.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
