/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL, or to the embedded database under DATA_DIR. */
import 'reflect-metadata';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';
import { openDatabase } from './database.js';

const config = loadConfig();
const db = await openDatabase({ ...config, seedDemo: false }, createLogger(config.logLevel));
console.log('migrations applied');
await db.stop();
