import path from 'node:path';

/** Every environment variable Accord reads, validated once at start. */
export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started under dataDir. */
  databaseUrl?: string;
  dataDir: string;
  /** Seed the demo portfolio into an empty database at start. */
  seedDemo: boolean;
  logLevel: string;
  /** Built SPA to serve; absent in development, where Vite serves it. */
  webDist?: string;
}

export class ConfigError extends Error {}

function intFrom(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`${name} must be a port number, got "${raw}"`);
  return n;
}

function boolFrom(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  return {
    env: mode,
    port: intFrom('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR || '.data'),
    seedDemo: boolFrom('SEED_DEMO', env.SEED_DEMO, true),
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    webDist: mode === 'production' ? path.resolve(env.WEB_DIST || 'web/dist') : undefined,
  };
}
