import { ref, type Ref } from 'vue';

interface Page {
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * "Load more" for a paged list: fetches the page after the last one shown, once at a time. The cache's
 * `appendPage` policy (client.ts) adds it to the list already shown.
 */
export function useLoadMore(page: Ref<Page | undefined>, variables: Ref<Record<string, unknown>>, fetchMore: (options: { variables: Record<string, unknown> }) => Promise<unknown> | undefined) {
  const loadingMore = ref(false);
  async function loadMore() {
    if (!page.value?.hasNextPage || loadingMore.value) return;
    loadingMore.value = true;
    try {
      await fetchMore({ variables: { ...variables.value, after: page.value.endCursor } });
    } finally {
      loadingMore.value = false;
    }
  }
  return { loadingMore, loadMore };
}
