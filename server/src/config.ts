import path from 'node:path';
import net from 'node:net';

/** Every environment variable Accord reads, validated once at start. */
export interface Config {
  env: 'production' | 'development' | 'test';
  port: number;
  host: string;
  /** External PostgreSQL; when absent an embedded server is started under dataDir. */
  databaseUrl?: string;
  /** A read replica (or a pooler in front of replicas) for plain-row reads; see db/reader.ts. */
  databaseReadUrl?: string;
  /**
   * `session`: Accord's pool connects to PostgreSQL (or to a session pooler that passes startup parameters).
   * `transaction`: a transaction-pooling PgBouncer (or similar) sits in between; Accord then sends no startup
   * parameters and sets its timeouts as its role's defaults in the database (see db/limits.ts).
   */
  databasePoolMode: DatabasePoolMode;
  /** How many connections each pool (primary, replica) of this process may open. */
  databasePoolMax: number;
  /** For how long after a caller's own change its reads go to the primary rather than the replica. */
  readYourWritesSeconds: number;
  dataDir: string;
  /** Seed the demo portfolio into an empty database at start. */
  seedDemo: boolean;
  logLevel: string;
  /** Built SPA to serve; absent in development, where Vite serves it. */
  webDist?: string;
  /** How long a sign-in lasts. */
  sessionHours: number;
  /** Send the session cookie over HTTPS only; set it wherever Accord is served over HTTPS. */
  cookieSecure: boolean;
  /** Other origins whose pages may call the API with credentials. */
  corsOrigins: string[];
  /**
   * Which proxies' X-Forwarded-For to believe for the caller's address (Express's `trust proxy`):
   * false trusts none, a number that many hops, a list those addresses, ranges and names.
   */
  trustProxy: TrustProxy;
  /**
   * Answer the everyday reads of a signed-in session by one compiled SQL statement (graphql/compiled). Off, every
   * query goes through the resolvers; with a read replica it is off, since the compiled statement reads the primary.
   */
  compiledReads: boolean;
  /** ISO 4217 code of the currency every money figure is converted into (exchange rates are kept into it). */
  reportingCurrency: string;
  /** smtp://host:port (smtps:// for TLS, user:password@ when needed): notifications are also mailed; absent, none is. */
  smtpUrl?: string;
  /** The sender of notification e-mail. */
  mailFrom: string;
  /** Where users reach Accord (https://accord.example.org): e-mail links start with it; absent, they are paths. */
  publicUrl?: string;
  /** The first administrator, created on first start when no administrator exists. */
  adminEmail?: string;
  adminPassword?: string;
  /** Uploaded evidence files: the size limit and where they are kept. */
  evidence: EvidenceConfig;
  /** Uploaded IATI files: the size limit, and where they are kept until imported (under DATA_DIR). */
  iatiImport: { maxBytes: number; dir: string };
}

/** Evidence files live on disk under `dir`, or in an S3-compatible bucket when `s3` is given. */
export interface EvidenceConfig {
  maxBytes: number;
  dir: string;
  s3?: EvidenceS3Config;
}

export interface EvidenceS3Config {
  url: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

export class ConfigError extends Error {}

export type TrustProxy = boolean | number | string[];

export type DatabasePoolMode = 'session' | 'transaction';

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyEntryIsValid(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const version = net.isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (version === 4 ? 32 : 128);
}

/** The caller's address decides the per-address sign-in limit, so a proxy is believed only when named. */
function trustProxyFrom(raw: string | undefined): TrustProxy {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return intFrom('TRUST_PROXY', value, 0, 100);
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !proxyEntryIsValid(e));
  if (bad.length) {
    throw new ConfigError(
      `TRUST_PROXY must be false, true, a number of proxy hops, or a comma-separated list of addresses, CIDR ranges and loopback/linklocal/uniquelocal; cannot read "${bad.join('", "')}"`,
    );
  }
  return entries;
}

function intFrom(name: string, raw: string | undefined, fallback: number, max = 65535): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new ConfigError(`${name} must be a whole number from 0 to ${max}, got "${raw}"`);
  return n;
}

function boolFrom(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function postgresUrlFrom(name: string, raw: string | undefined): string | undefined {
  const url = raw?.trim() || undefined;
  if (url && !/^postgres(ql)?:\/\//.test(url)) throw new ConfigError(`${name} must start with postgres:// or postgresql://`);
  return url;
}

function poolModeFrom(raw: string | undefined): DatabasePoolMode {
  const value = (raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'session') return 'session';
  if (value === 'transaction') return 'transaction';
  throw new ConfigError(`DATABASE_POOL_MODE must be session or transaction, got "${raw}"`);
}

/** Three capital letters: the code is written into SQL as a literal (finance.sql.ts), so nothing else may pass. */
function currencyFrom(raw: string | undefined): string {
  const code = (raw ?? '').trim().toUpperCase() || 'USD';
  if (!/^[A-Z]{3}$/.test(code)) throw new ConfigError(`REPORTING_CURRENCY must be an ISO 4217 code such as USD, got "${raw}"`);
  return code;
}

/** S3 storage is all or nothing: a half-configured bucket would fail on the first upload instead of at start. */
function evidenceFrom(env: NodeJS.ProcessEnv, dataDir: string): EvidenceConfig {
  const maxBytes = intFrom('EVIDENCE_MAX_BYTES', env.EVIDENCE_MAX_BYTES, 10 * 1024 * 1024, 1024 * 1024 * 1024);
  if (maxBytes < 1) throw new ConfigError('EVIDENCE_MAX_BYTES must be at least 1');
  const dir = path.join(dataDir, 'evidence');
  const url = env.EVIDENCE_S3_URL?.trim();
  if (!url) return { maxBytes, dir };
  if (!/^https?:\/\/[^\s/]+/.test(url)) throw new ConfigError(`EVIDENCE_S3_URL must be an http:// or https:// address, got "${url}"`);
  const bucket = env.EVIDENCE_S3_BUCKET?.trim() ?? '';
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket)) throw new ConfigError(`EVIDENCE_S3_BUCKET must be a bucket name (3–63 lower-case letters, digits, dots and hyphens), got "${bucket}"`);
  const accessKeyId = env.EVIDENCE_S3_ACCESS_KEY_ID?.trim() ?? '';
  const secretAccessKey = env.EVIDENCE_S3_SECRET_ACCESS_KEY ?? '';
  if (!accessKeyId || !secretAccessKey) throw new ConfigError('EVIDENCE_S3_URL needs EVIDENCE_S3_ACCESS_KEY_ID and EVIDENCE_S3_SECRET_ACCESS_KEY');
  return { maxBytes, dir, s3: { url, bucket, region: env.EVIDENCE_S3_REGION?.trim() || 'us-east-1', accessKeyId, secretAccessKey } };
}

function publicUrlFrom(raw: string | undefined): string | undefined {
  const url = raw?.trim().replace(/\/+$/, '') || undefined;
  if (url && !/^https?:\/\/[^/\s]+(\/\S*)?$/.test(url)) throw new ConfigError(`PUBLIC_URL must be an http or https address such as https://accord.example.org, got "${raw}"`);
  return url;
}

function smtpUrlFrom(raw: string | undefined): string | undefined {
  const url = raw?.trim() || undefined;
  if (url && !/^smtps?:\/\/[^/\s]+/.test(url)) throw new ConfigError(`SMTP_URL must look like smtp://host:port or smtps://host:port, got "${raw}"`);
  return url;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const mode = env.NODE_ENV === 'production' ? 'production' : env.NODE_ENV === 'test' ? 'test' : 'development';
  const databaseUrl = postgresUrlFrom('DATABASE_URL', env.DATABASE_URL);
  const databaseReadUrl = postgresUrlFrom('DATABASE_READ_URL', env.DATABASE_READ_URL);
  // The embedded database has no replica; a read URL without a primary URL is a mistake worth stopping for.
  if (databaseReadUrl && !databaseUrl) throw new ConfigError('DATABASE_READ_URL needs DATABASE_URL: the embedded database has no replica');
  const databasePoolMode = poolModeFrom(env.DATABASE_POOL_MODE);
  if (databasePoolMode === 'transaction' && !databaseUrl) throw new ConfigError('DATABASE_POOL_MODE=transaction needs DATABASE_URL, the address of the pooler');
  const dataDir = path.resolve(env.DATA_DIR || '.data');
  return {
    env: mode,
    port: intFrom('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    databaseReadUrl,
    databasePoolMode,
    databasePoolMax: intFrom('DATABASE_POOL_MAX', env.DATABASE_POOL_MAX, 10, 1000) || 10,
    readYourWritesSeconds: intFrom('READ_YOUR_WRITES_SECONDS', env.READ_YOUR_WRITES_SECONDS, 10, 3600),
    dataDir,
    seedDemo: boolFrom('SEED_DEMO', env.SEED_DEMO, true),
    logLevel: env.LOG_LEVEL || (mode === 'test' ? 'silent' : 'info'),
    webDist: mode === 'production' ? path.resolve(env.WEB_DIST || 'web/dist') : undefined,
    sessionHours: intFrom('SESSION_TTL_HOURS', env.SESSION_TTL_HOURS, 12, 24 * 90) || 12,
    cookieSecure: boolFrom('COOKIE_SECURE', env.COOKIE_SECURE, false),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    trustProxy: trustProxyFrom(env.TRUST_PROXY),
    reportingCurrency: currencyFrom(env.REPORTING_CURRENCY),
    compiledReads: boolFrom('COMPILED_READS', env.COMPILED_READS, true) && !databaseReadUrl,
    smtpUrl: smtpUrlFrom(env.SMTP_URL),
    mailFrom: env.MAIL_FROM?.trim() || 'Accord <no-reply@accord.invalid>',
    publicUrl: publicUrlFrom(env.PUBLIC_URL),
    adminEmail: env.ADMIN_EMAIL?.trim().toLowerCase() || undefined,
    adminPassword: env.ADMIN_PASSWORD || undefined,
    evidence: evidenceFrom(env, dataDir),
    iatiImport: { maxBytes: intFrom('IATI_IMPORT_MAX_BYTES', env.IATI_IMPORT_MAX_BYTES, 60 * 1024 * 1024, 1024 * 1024 * 1024) || 60 * 1024 * 1024, dir: path.join(dataDir, 'iati-imports') },
  };
}
