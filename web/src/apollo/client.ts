import { ApolloClient, HttpLink, InMemoryCache, from } from '@apollo/client/core';
import { onError } from '@apollo/client/link/error';
import { errorCodes } from './errors';

/** A page fetched with `after` follows the pages already shown; one without starts the list again. */
function appendPage(existing: { items: unknown[] } | undefined, incoming: { items: unknown[] }, { args }: { args: Record<string, unknown> | null }) {
  if (!existing || !args?.after) return incoming;
  return { ...incoming, items: [...existing.items, ...incoming.items] };
}

/** Reference rows have codes instead of ids; keying them by code lets every query share one copy. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Country: { keyFields: ['code'] },
      FocusArea: { keyFields: ['code'] },
      LegalInstrument: { keyFields: ['code'] },
      SdgTarget: { keyFields: ['code'] },
      CodelistEntry: { keyFields: ['list', 'code'] },
      // One logframe per project: the editor and the reporting panel read different fields of the same one.
      Logframe: { keyFields: ['projectId'] },
      // A knowledge item's highlights belong to the last search that found it: a new search replaces them whole.
      KnowledgeItem: { fields: { highlightedTitle: { merge: false }, snippet: { merge: false } } },
      Query: {
        fields: {
          // "Load more" appends the next page to the one already shown; a new filter starts a new list.
          projects: { keyArgs: ['filter', 'first'], merge: appendPage },
          projectHistory: { keyArgs: ['projectId', 'first'], merge: appendPage },
        },
      },
    },
  });
}

/** Operations whose UNAUTHENTICATED answer is expected: a refused sign-in, or asking who is signed in. */
const SESSION_OPERATIONS = new Set(['SignIn', 'Me', 'SignOut']);

export interface ClientOptions {
  /** Called when the server refuses a request for want of a session (it expired, or was ended elsewhere). */
  onUnauthenticated?: () => void;
}

export function createApolloClient(uri = '/graphql', options: ClientOptions = {}): ApolloClient<unknown> {
  const expired = onError(({ operation, graphQLErrors, networkError }) => {
    if (SESSION_OPERATIONS.has(operation.operationName)) return;
    if (errorCodes({ graphQLErrors, networkError }).includes('UNAUTHENTICATED')) options.onUnauthenticated?.();
  });
  return new ApolloClient({
    link: from([expired, new HttpLink({ uri })]),
    cache: createCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', errorPolicy: 'none' },
    },
  });
}

/**
 * After a create or archive, cached lists no longer match the server; dropping them makes the
 * pages that show them ask again instead of showing a list without the new record.
 */
export function evictLists(cache: { evict: (o: { id: string; fieldName: string }) => boolean; gc: () => string[] }, ...fieldNames: string[]): void {
  for (const fieldName of fieldNames) cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
