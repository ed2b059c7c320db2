/**
 * A second Accord process on an existing, migrated database: the way a second app instance behind a load
 * balancer runs. Reads its settings from the environment like main.ts, prints `listening <port>`, stops on SIGTERM.
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { initOrm } from '../../server/src/db/orm.js';
import { createApp } from '../../server/src/app.js';
import { createLogger } from '../../server/src/logger.js';
import { loadConfig } from '../../server/src/config.js';

const config = { ...loadConfig(process.env), webDist: undefined };
const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
const orm = await initOrm({ url: config.databaseUrl!, readUrl: config.databaseReadUrl, poolMode: config.databasePoolMode, log, poolMax: Number(process.env.DATABASE_POOL_MAX || 4) });
const app = await createApp(config, orm, log);
const server = app.listen(0, '127.0.0.1', () => process.stdout.write(`listening ${(server.address() as AddressInfo).port}\n`));
process.on('SIGTERM', async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await app.close();
  await orm.close();
  process.exit(0);
});
