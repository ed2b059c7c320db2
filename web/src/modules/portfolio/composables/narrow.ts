import { onBeforeUnmount, ref } from 'vue';

/** Whether the screen is phone-sized, following rotation and resizing: charts give their labels less room there. */
export function useNarrow(query = '(max-width: 40rem)') {
  const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
  const narrow = ref(media?.matches ?? false);
  const update = (e: MediaQueryListEvent) => (narrow.value = e.matches);
  media?.addEventListener('change', update);
  onBeforeUnmount(() => media?.removeEventListener('change', update));
  return narrow;
}
