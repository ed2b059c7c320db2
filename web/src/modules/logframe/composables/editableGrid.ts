/**
 * What the two values grids (totals, and one per disaggregation) share: the cells in the order shown, the
 * spreadsheet keyboard, and pasting a block. The grid says which cell an Enter, an Escape or a paste is
 * about; the editor that owns the edits decides what saving means.
 */
import { onMounted, watch, type Ref } from 'vue';
import { useGridKeys, type GridPosition } from './gridKeys';
import { parseClipboard, planPaste, type PasteTarget } from './gridPaste';

export interface GridCellModel extends PasteTarget {
  /** A column one cannot type in (a worked-out ratio, a total) has no field. */
  numeric: boolean;
  wide?: boolean;
}

export type PasteEntry = { key: string; text: string; stored: string };

/** What the editor lends a grid: the pending edits and how to change, commit and paste them. */
export interface GridActions {
  edits: Map<string, string>;
  errors: Record<string, string>;
  edit: (key: string, text: string, stored: string) => void;
  /** Enter on an edited cell: saves it, or shows why not (false: its text cannot be read). */
  commit: (key: string) => boolean;
  /** A whole pasted block, saved together. */
  paste: (entries: PasteEntry[]) => void;
  /** A block refused whole, and why: the editor shows it where the grid's status is, always in view. */
  refuse: (message: string) => void;
}

/** `restartOn`: what, when it changes (another indicator, another period order), sends the grid back to its first cell. */
export function useEditableGrid(
  root: Ref<HTMLElement | null>,
  cells: () => GridCellModel[][],
  actions: () => GridActions,
  sectionOf: (row: number) => [number, number],
  restartOn: () => unknown,
) {
  const at = ({ row, col }: GridPosition) => cells()[row]?.[col];

  const keys = useGridKeys({
    root,
    rows: () => cells().length,
    cols: () => cells()[0]?.length ?? 0,
    commit: (p) => {
      const cell = at(p);
      return !cell?.editable || !actions().edits.has(cell.key) || actions().commit(cell.key);
    },
    cancel: (p) => {
      const cell = at(p);
      if (!cell?.editable || !actions().edits.has(cell.key)) return false;
      actions().edit(cell.key, cell.stored, cell.stored);
      return true;
    },
    paste: (p, text) => {
      // A block runs down the rows of its own part of the grid only: past the last upcoming period lie the
      // earliest ones, and a column of figures must not wrap into them.
      const [first, end] = sectionOf(p.row);
      const plan = planPaste(cells().slice(first, end), { row: p.row - first, col: p.col }, parseClipboard(text));
      if (plan.ok) actions().paste(plan.entries);
      else actions().refuse(plan.message);
    },
  });

  /** The first cell one can type in: where Tab into the grid lands first. */
  function startAtFirstEditable() {
    const rows = cells();
    for (let row = 0; row < rows.length; row++) {
      const col = rows[row].findIndex((c) => c.editable);
      if (col >= 0) {
        keys.active.value = { row, col };
        return;
      }
    }
  }

  onMounted(startAtFirstEditable);
  watch(restartOn, startAtFirstEditable);
  return keys;
}
