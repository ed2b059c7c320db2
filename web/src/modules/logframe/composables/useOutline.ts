import { computed, nextTick, ref, type Ref } from 'vue';
import { useMutation } from '@vue/apollo-composable';
import { useConfirm } from 'primevue/useconfirm';
import { useToast } from 'primevue/usetoast';
import type { ResultLevel } from '../../../gql/graphql';
import { toFormErrors } from '../../../apollo/errors';
import { AddResultNodeMutation, DeleteResultNodeMutation, MoveResultNodeMutation, refetchLogframe, UpdateResultNodeMutation, type LogframeNode } from './logframe';
import { childLevel, childrenOf, deletionSummary, moveTarget, siblingsOf, type MoveKind } from './tree';
import { conflictOf } from './conflict';
import { useUnsavedChanges } from './unsaved';

/** A node not saved yet: where it will go. Its statement is typed in place, like an edit. */
export interface DraftNode {
  parentId: string | null;
  position: number;
  level: ResultLevel;
  depth: number;
  /** The node it is shown after, or null at the top of the outline. */
  afterId: string | null;
}

export const DRAFT_ID = 'draft';

/**
 * The editing state of the outline: which node is selected, which statement is being edited, and the
 * structural changes (add, move, indent, delete), each saved at once and followed by a fresh logframe.
 */
export function useOutline(projectId: Ref<string>, nodes: Ref<LogframeNode[]>, focusNode: (id: string) => void, refetch: () => Promise<unknown>) {
  const toast = useToast();
  const confirm = useConfirm();
  const selectedId = ref<string | null>(null);
  const editingId = ref<string | null>(null);
  const text = ref('');
  const draft = ref<DraftNode | null>(null);
  const error = ref<string | null>(null);
  /** Set when the save met someone else's change: their statement, and the version to overwrite. */
  const conflict = ref<{ theirs: string; version: number | null } | null>(null);

  const selected = computed(() => nodes.value.find((n) => n.id === selectedId.value) ?? null);
  const editingNode = computed(() => nodes.value.find((n) => n.id === editingId.value) ?? null);
  const dirty = computed(() => !!editingId.value && (editingId.value === DRAFT_ID ? !!text.value.trim() : text.value !== editingNode.value?.statement));
  useUnsavedChanges(() => dirty.value);

  const update = useMutation(UpdateResultNodeMutation, { throws: 'always' });
  const add = useMutation(AddResultNodeMutation, { throws: 'always', ...refetchLogframe });
  const move = useMutation(MoveResultNodeMutation, { throws: 'always', ...refetchLogframe });
  const remove = useMutation(DeleteResultNodeMutation, { throws: 'always', ...refetchLogframe });
  const busy = computed(() => update.loading.value || add.loading.value || move.loading.value || remove.loading.value);

  function select(id: string) {
    selectedId.value = id;
  }

  function startEdit(id = selectedId.value) {
    const node = nodes.value.find((n) => n.id === id);
    if (!node) return;
    draft.value = null;
    selectedId.value = node.id;
    editingId.value = node.id;
    text.value = node.statement;
    error.value = null;
    conflict.value = null;
  }

  function closeEdit() {
    const back = editingId.value === DRAFT_ID ? (draft.value?.afterId ?? selectedId.value) : editingId.value;
    editingId.value = null;
    draft.value = null;
    error.value = null;
    conflict.value = null;
    if (back) void nextTick(() => focusNode(back));
  }

  function startDraft(where: DraftNode) {
    draft.value = where;
    editingId.value = DRAFT_ID;
    text.value = '';
    error.value = null;
    conflict.value = null;
  }

  function addSibling() {
    const node = selected.value;
    if (!node) {
      // An empty logframe starts with its impact.
      startDraft({ parentId: null, position: 0, level: 'IMPACT', depth: 0, afterId: null });
      return;
    }
    const last = [...nodes.value].reverse().find((n) => n.id === node.id || isBelow(n, node)) ?? node;
    startDraft({ parentId: node.parentId ?? null, position: siblingsOf(nodes.value, node).indexOf(node) + 1, level: node.level, depth: node.depth, afterId: last.id });
  }

  function addChild() {
    const node = selected.value;
    const level = node && childLevel(node.level);
    if (!node || !level) return;
    const children = childrenOf(nodes.value, node.id);
    const lastBelow = [...nodes.value].reverse().find((n) => isBelow(n, node)) ?? node;
    startDraft({ parentId: node.id, position: children.length, level, depth: node.depth + 1, afterId: lastBelow.id });
  }

  function isBelow(n: LogframeNode, ancestor: LogframeNode): boolean {
    for (let up = n.parentId; up; up = nodes.value.find((x) => x.id === up)?.parentId) if (up === ancestor.id) return true;
    return false;
  }

  async function saveEdit(version?: number | null) {
    const statement = text.value.trim();
    if (!statement) {
      error.value = 'A statement is required.';
      return;
    }
    error.value = null;
    try {
      if (editingId.value === DRAFT_ID && draft.value) {
        const d = draft.value;
        const created = (await add.mutate({ input: { projectId: projectId.value, parentId: d.parentId, level: d.parentId ? undefined : d.level, position: d.position, statement } }))?.data?.addResultNode;
        editingId.value = null;
        draft.value = null;
        if (created) {
          selectedId.value = created.id;
          void nextTick(() => focusNode(created.id));
        }
        toast.add({ severity: 'success', summary: 'Result added', detail: statement, life: 3000 });
        return;
      }
      const node = editingNode.value;
      if (!node) return;
      await update.mutate({ id: node.id, input: { statement }, version: version === undefined ? node.version : version });
      closeEdit();
    } catch (e) {
      const c = conflictOf(e);
      if (c) conflict.value = { theirs: String(c.current.statement ?? ''), version: c.currentVersion };
      else error.value = toFormErrors(e).fields.statement?.join('; ') ?? toFormErrors(e).summary;
    }
  }

  /** Keeps the other person's statement: the edit closes and the logframe is read again. */
  async function takeTheirs() {
    closeEdit();
    await refetch();
  }

  async function overwrite() {
    const c = conflict.value;
    if (!c) return;
    conflict.value = null;
    await saveEdit(c.version);
  }

  async function moveSelected(kind: MoveKind) {
    const node = selected.value;
    const target = node && moveTarget(nodes.value, node, kind);
    if (!node || !target) return;
    try {
      await move.mutate({ id: node.id, parentId: target.parentId, position: target.position, version: node.version });
      void nextTick(() => focusNode(node.id));
    } catch (e) {
      toast.add({ severity: 'error', summary: 'Not moved', detail: toFormErrors(e).fields.parentId?.join('; ') ?? toFormErrors(e).summary, life: 6000 });
    }
  }

  function deleteSelected() {
    const node = selected.value;
    if (!node) return;
    const summary = deletionSummary(nodes.value, node);
    const index = nodes.value.indexOf(node);
    confirm.require({
      header: summary.nodes > 1 ? `Delete ${summary.nodes} nodes` : 'Delete node',
      message: `Delete ${node.code} “${node.statement}”? ${summary.text}`,
      acceptProps: { label: summary.nodes > 1 ? `Delete ${summary.nodes} nodes` : 'Delete', severity: 'danger' },
      rejectProps: { label: 'Keep', severity: 'secondary', outlined: true },
      accept: async () => {
        try {
          await remove.mutate({ id: node.id, version: node.version });
          const next = nodes.value[Math.max(0, index - 1)];
          selectedId.value = next?.id ?? null;
          if (next) void nextTick(() => focusNode(next.id));
          toast.add({ severity: 'success', summary: summary.nodes > 1 ? `${summary.nodes} nodes deleted` : 'Node deleted', detail: node.statement, life: 3000 });
        } catch (e) {
          toast.add({ severity: 'error', summary: 'Not deleted', detail: toFormErrors(e).summary, life: 6000 });
        }
      },
      onHide: () => void nextTick(() => focusNode(node.id)),
    });
  }

  const can = computed(() => {
    const n = selected.value;
    return {
      addChild: !!n && !!childLevel(n.level),
      up: !!n && !!moveTarget(nodes.value, n, 'up'),
      down: !!n && !!moveTarget(nodes.value, n, 'down'),
      indent: !!n && !!moveTarget(nodes.value, n, 'indent'),
      outdent: !!n && !!moveTarget(nodes.value, n, 'outdent'),
    };
  });

  return { selectedId, selected, editingId, text, draft, error, conflict, busy, can, select, startEdit, closeEdit, saveEdit, takeTheirs, overwrite, addSibling, addChild, moveSelected, deleteSelected };
}
