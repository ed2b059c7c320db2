import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from '../db/outage.js';

/** A resolver that failed because the database is unreachable: SERVICE_UNAVAILABLE, not an internal error. */
export function unavailableError(original: unknown, formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  if (!isDatabaseUnavailable(original)) return null;
  return { message: UNAVAILABLE_MESSAGE, locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
}

/** Answers HTTP 503 with Retry-After when any part of a GraphQL response failed for want of the database. */
export const unavailablePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        if (!response.body.singleResult.errors?.some((e) => e.extensions?.code === 'SERVICE_UNAVAILABLE')) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};
