/**
 * `npm run seed:large`: writes the large generated portfolio into DATABASE_URL, or into the embedded database
 * under DATA_DIR that `npm start` uses. SEED_SCALE (default 1) sizes it; SEED_LARGE_SEED (default "accord")
 * picks another repeatable variant.
 */
import 'reflect-metadata';
import { loadConfig } from '../../config.js';
import { createLogger } from '../../logger.js';
import { openDatabase } from '../database.js';
import { refreshRollups } from '../../modules/portfolio/rollups.js';
import { LargeSeedError, largeCounts, scaleFrom, seedLargePortfolio } from './large.js';

const config = loadConfig();
const log = createLogger(config.logLevel);
let scale: number;
try {
  scale = scaleFrom(process.env.SEED_SCALE);
} catch (err) {
  console.error((err as Error).message);
  process.exit(2);
}
// Migrations, reference lists, the demo portfolio (unless SEED_DEMO=false) and the first administrator, as at start.
const db = await openDatabase(config, log);
const started = Date.now();
try {
  console.log(`generating the large portfolio at scale ${scale}: ${JSON.stringify(largeCounts(scale))}`);
  const counts = await seedLargePortfolio(db.url, { scale, seed: process.env.SEED_LARGE_SEED || undefined, log: (m) => console.log(m) });
  // The portfolio summaries' rollups, so that the first summary (and the benchmark's hand-written side) reads them current.
  await refreshRollups(db.orm.em.fork(), config.reportingCurrency);
  console.log(
    `wrote ${counts.projects} projects, ${counts.contributions} contributions, ${counts.budgetLines} budget lines and ${counts.transactions} transactions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (err) {
  if (!(err instanceof LargeSeedError)) throw err;
  console.error(err.message);
  process.exitCode = 1;
} finally {
  await db.stop();
}
