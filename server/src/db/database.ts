import { refreshRollups } from '../modules/portfolio/rollups.js';
import type { Logger } from 'pino';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { startEmbeddedPostgres } from './embedded.js';
import { exclusively, initOrm, migrate } from './orm.js';
import { syncExchangeRates, syncReferenceData } from '../modules/reference/reference.service.js';
import { seedDemoPortfolio } from './seed/demo.js';
import { ensureAdministrator } from '../modules/access/first-admin.js';

export interface Database {
  orm: MikroORM;
  url: string;
  stop: () => Promise<void>;
}

/** Connects to DATABASE_URL or to an embedded PostgreSQL, migrates, refreshes reference lists and seeds a new database. */
export async function openDatabase(config: Config, log: Logger): Promise<Database> {
  let stopServer = async () => {};
  let url = config.databaseUrl;
  if (!url) {
    const embedded = await startEmbeddedPostgres(config.dataDir, log);
    stopServer = embedded.stop;
    const admin = await initOrm({ url: embedded.url('postgres'), log });
    const exists = await admin.em.getConnection().execute(`select 1 from pg_database where datname = 'accord'`);
    if (!exists.length) await admin.em.getConnection().execute('create database accord');
    await admin.close();
    url = embedded.url('accord');
  }
  const orm = (await initOrm({ url, readUrl: config.databaseReadUrl, poolMode: config.databasePoolMode, poolMax: config.databasePoolMax, log })) as MikroORM;
  try {
    // Instances started together on one database take turns: the first migrates and seeds, the others find it done.
    await exclusively(orm, async () => {
      await migrate(orm);
      await syncReferenceData(orm.em.fork());
      await syncExchangeRates(orm.em.fork(), config.reportingCurrency, log);
      if (config.seedDemo) await seedDemoPortfolio(orm.em.fork(), log, config.reportingCurrency);
      await ensureAdministrator(orm.em.fork(), log, config.adminEmail, config.adminPassword);
      // The first summary after a start then reads figures that are already up to date.
      await refreshRollups(orm.em.fork(), config.reportingCurrency);
    });
  } catch (err) {
    await orm.close();
    await stopServer();
    throw err;
  }
  return {
    orm,
    url,
    stop: async () => {
      await orm.close();
      await stopServer();
    },
  };
}
