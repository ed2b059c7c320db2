import 'reflect-metadata';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase } from './db/database.js';
import { createApp } from './app.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

const db = await openDatabase(config, log);
const { app, close } = await createApp(config, db.orm, log);
const server = app.listen(config.port, config.host, () => {
  log.info({ url: `http://localhost:${config.port}`, database: config.databaseUrl ? 'external' : 'embedded' }, 'Accord is listening');
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  server.close();
  await close();
  await db.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
