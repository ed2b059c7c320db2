import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Context } from './context.js';
import { TokenScope } from '../modules/access/session.entity.js';

/** Root fields anyone may ask for: signing in, and asking who is signed in. */
const PUBLIC_FIELDS = new Set(['signIn', 'me', '__typename']);

function onlyPublicFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && PUBLIC_FIELDS.has(s.name.value));
}

/**
 * Limits that stop abusive queries before they run. The SPA's own deepest query nests 6 levels and
 * costs about 400, well inside them.
 */
/** Most tokens a query may have. */
export const MAX_TOKENS = 5000;

/** The limits below, by name, as the integrators' manual (/docs) states them. */
export const QUERY_LIMITS = { maxDepth: 10, maxCost: 5000, maxAliases: 15, maxDirectives: 20, maxTokens: MAX_TOKENS } as const;

export const armor = new ApolloArmor({
  maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true },
  costLimit: { maxCost: QUERY_LIMITS.maxCost, ignoreIntrospection: true, exposeLimits: true },
  maxAliases: { n: QUERY_LIMITS.maxAliases, exposeLimits: true },
  maxDirectives: { n: QUERY_LIMITS.maxDirectives, exposeLimits: true },
  // The token limit is graphql-js's own parse option (MAX_TOKENS, set in app.ts): armor's version parses
  // in a plugin hook, where a syntax error or a refusal becomes an HTTP 500 instead of a 400.
  maxTokens: { enabled: false },
  // Field suggestions are removed for anonymous callers only, by the guard below.
  blockFieldSuggestion: { enabled: false },
}).protect();

/**
 * Every operation but signing in needs a caller, and a read-only token may not run mutations. Anonymous
 * callers also get no "Did you mean …?" hints, which would let them map the schema.
 */
export const accessGuard: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        const caller = contextValue.access.caller;
        if (!operation) return;
        if (!caller && !onlyPublicFields(operation)) {
          throw new GraphQLError('Sign in, or send an API token as `Authorization: Bearer …`.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
        }
        if (operation.operation === 'mutation' && caller?.token?.scope === TokenScope.READ) {
          throw new GraphQLError('This API token may only read.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
        }
      },
      async willSendResponse({ contextValue, response }) {
        if (contextValue.access?.caller || response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          (error as { message: string }).message = error.message.replace(/ ?Did you mean .*\?$/, '');
        }
      },
    };
  },
};
