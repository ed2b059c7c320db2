import 'reflect-metadata';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase } from './db/database.js';
import { createApp } from './app.js';
import { drainHttpServer } from './shutdown.js';
import { refreshRollups } from './modules/portfolio/rollups.js';
import { configureMail } from './modules/notification/mail.js';
import { sendReminders } from './modules/notification/reminders.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

const db = await openDatabase(config, log);
configureMail(config);
const { listen, close } = await createApp(config, db.orm, log);
const server = listen(config.port, config.host, () => {
  log.info(
    {
      url: `http://localhost:${config.port}`,
      database: config.databaseUrl ? 'external' : 'embedded',
      replica: config.databaseReadUrl ? 'configured' : 'none',
      poolMode: config.databasePoolMode,
    },
    'Accord is listening',
  );
});

// Summaries bring their figures up to date before they read (modules/portfolio/rollups.ts); doing it here as well
// means a reader rarely waits for it, e.g. for the statuses worked out again on a new day.
const rollups = setInterval(() => {
  refreshRollups(db.orm.em.fork(), config.reportingCurrency).catch((err) => log.warn({ err }, 'the portfolio figures could not be brought up to date; the next summary will'));
}, 60_000);
rollups.unref();

// Due and overdue reminders; every instance may run it, since each reminder's unique key lets only one be written.
const remind = () => void sendReminders(db.orm.em.fork(), log).catch((err) => log.warn({ err }, 'reporting reminders could not be written; the next hour will'));
const reminders = setInterval(remind, 3600_000);
reminders.unref();
setTimeout(remind, 30_000).unref();

let stopping = false;
/** In this order: no new connections, requests in flight finish (bounded), Apollo, the pool, the database. */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  clearInterval(rollups);
  clearInterval(reminders);
  try {
    await drainHttpServer(server, 10_000, log);
    await close();
    await db.stop();
    log.info('stopped');
    process.exit(0);
  } catch (err) {
    log.error({ err }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
