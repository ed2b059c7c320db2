import { inject, onBeforeUnmount, onMounted, provide, type InjectionKey } from 'vue';
import { onBeforeRouteLeave, onBeforeRouteUpdate } from 'vue-router';
import { useConfirm } from 'primevue/useconfirm';

/**
 * Keeps typed work from being lost: while any part of the page has an unsaved edit, leaving the page asks
 * first, and closing or reloading the tab makes the browser ask. Parts register a check; the page guards.
 */
type Check = () => boolean;
const KEY: InjectionKey<Set<Check>> = Symbol('unsaved-checks');

export function provideUnsavedGuard(): { anyUnsaved: () => boolean } {
  const checks = new Set<Check>();
  provide(KEY, checks);
  const confirm = useConfirm();
  const anyUnsaved = () => [...checks].some((c) => c());

  const ask = () =>
    new Promise<boolean>((resolve) => {
      confirm.require({
        header: 'Unsaved changes',
        message: 'You have changes that are not saved yet. Leave and lose them?',
        acceptProps: { label: 'Leave without saving', severity: 'danger' },
        rejectProps: { label: 'Stay', severity: 'secondary', outlined: true },
        accept: () => resolve(true),
        reject: () => resolve(false),
        onHide: () => resolve(false),
      });
    });

  onBeforeRouteLeave(() => (anyUnsaved() ? ask() : true));
  // A change of the path (another project) is a new page too; a change of the query (tab, panel) is not.
  onBeforeRouteUpdate((to, from) => (to.path !== from.path && anyUnsaved() ? ask() : true));

  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!anyUnsaved()) return;
    event.preventDefault();
    event.returnValue = '';
  };
  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));
  return { anyUnsaved };
}

/** Registers a part's unsaved state with the page's guard for as long as the part is shown. */
export function useUnsavedChanges(check: Check): void {
  const checks = inject(KEY, null);
  if (!checks) return;
  checks.add(check);
  onBeforeUnmount(() => checks.delete(check));
}
