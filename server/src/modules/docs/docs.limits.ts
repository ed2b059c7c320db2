import type { GraphQLSchema } from 'graphql';
import { QUERY_LIMITS } from '../../graphql/guard.js';
import { DATABASE_LIMITS } from '../../db/orm.js';
import { signInLimits } from '../access/session.service.js';
import { WINDOW_SECONDS } from '../access/rate-limit.js';
import { MAX_TOKEN_DAYS } from '../access/token.service.js';
import { DATE_RANGE, LIMIT } from '../common/limits.js';

/** The largest page a list root field takes, read from its documented `first` argument ("Page size, 1–100."). */
function maxPageSize(schema: GraphQLSchema, field: string): string | undefined {
  const first = schema.getQueryType()?.getFields()[field]?.args.find((a) => a.name === 'first');
  return /1[–-](\d+)/.exec(first?.description ?? '')?.[1];
}

/**
 * The numbers the integrators' manual quotes, from the constants the server enforces, so the manual cannot
 * drift from the code. `docs/integrators.md` writes `{{name}}`; a name missing here is left visible (and the
 * manual's test fails on it).
 */
export function manualValues(schema: GraphQLSchema): Record<string, string | undefined> {
  return {
    maxDepth: String(QUERY_LIMITS.maxDepth),
    maxCost: String(QUERY_LIMITS.maxCost),
    maxAliases: String(QUERY_LIMITS.maxAliases),
    maxDirectives: String(QUERY_LIMITS.maxDirectives),
    maxTokens: String(QUERY_LIMITS.maxTokens),
    statementTimeoutSeconds: String(DATABASE_LIMITS.statement_timeout / 1000),
    lockTimeoutSeconds: String(DATABASE_LIMITS.lock_timeout / 1000),
    signInPerAccount: String(signInLimits.perAccount.limit),
    signInPerAddress: String(signInLimits.perAddress.limit),
    signInWindowMinutes: String(WINDOW_SECONDS / 60),
    maxTokenDays: String(MAX_TOKEN_DAYS),
    projectsPageSize: maxPageSize(schema, 'projects'),
    cursorLength: String(LIMIT.cursor),
    nameLength: String(LIMIT.name),
    textLength: String(LIMIT.text),
    batchSize: String(LIMIT.batch),
    dateMin: DATE_RANGE.min,
    dateMax: DATE_RANGE.max,
  };
}
