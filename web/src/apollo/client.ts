import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';

/** Reference rows have codes instead of ids; keying them by code lets every query share one copy. */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Country: { keyFields: ['code'] },
      FocusArea: { keyFields: ['code'] },
      LegalInstrument: { keyFields: ['code'] },
      SdgTarget: { keyFields: ['code'] },
      CodelistEntry: { keyFields: ['list', 'code'] },
      Query: {
        fields: {
          // "Load more" appends the next page to the one already shown; a new filter starts a new list.
          projects: {
            keyArgs: ['filter', 'first'],
            merge(existing: { items: unknown[] } | undefined, incoming: { items: unknown[] }, { args }) {
              if (!existing || !args?.after) return incoming;
              return { ...incoming, items: [...existing.items, ...incoming.items] };
            },
          },
        },
      },
    },
  });
}

export function createApolloClient(uri = '/graphql'): ApolloClient<unknown> {
  return new ApolloClient({
    link: new HttpLink({ uri }),
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
