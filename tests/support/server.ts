/**
 * Starts the whole product as `npm start` does (embedded PostgreSQL, migrations, demo seed, built SPA)
 * on a free port, with its data in `dataDir`. Stopping and starting again on the same dataDir is a restart.
 */
import 'reflect-metadata';
import path from 'node:path';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../../server/src/db/database.js';
import { createApp } from '../../server/src/app.js';
import { createLogger } from '../../server/src/logger.js';
import { loadConfig } from '../../server/src/config.js';

export interface RunningAccord {
  url: string;
  stop: () => Promise<void>;
}

export async function startAccord(dataDir: string): Promise<RunningAccord> {
  const webDist = path.resolve('web/dist');
  if (!fs.existsSync(path.join(webDist, 'index.html'))) throw new Error('web/dist is missing: run `npm run build:web` before the e2e tests');
  const config = { ...loadConfig({ NODE_ENV: 'production' }), dataDir, webDist, databaseUrl: undefined, seedDemo: true };
  const log = createLogger('silent');
  const db = await openDatabase(config, log);
  const app = await createApp(config, db.orm, log);
  const server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
      await app.close();
      await db.stop();
    },
  };
}
