/**
 * The keyboard of a values grid, as in a spreadsheet, on the ARIA grid pattern: the grid is one tab stop
 * (roving tabindex: only the active cell is in the tab order, so Tab leaves the grid), arrow keys move
 * between cells, Enter commits the cell and moves down (Shift+Enter up), Escape cancels the cell's edit,
 * Ctrl+Home / Ctrl+End go to the first / last cell, and a block pasted from a spreadsheet fills the
 * cells from the focused one.
 *
 * Each cell's focusable element (its input, or the cell itself when it takes no value) carries
 * `data-row` and `data-col`. Left and Right move the caret inside a typed value and leave the cell only
 * from its edge, or when the whole value is selected, as it is when the cell was reached by keyboard.
 */
import { nextTick, ref, type Ref } from 'vue';
import { isBlock } from './gridPaste';

export interface GridPosition {
  row: number;
  col: number;
}

export interface GridKeyOptions {
  root: Ref<HTMLElement | null>;
  rows: () => number;
  cols: () => number;
  /** Enter on a cell: false keeps the focus there (its value cannot be read). */
  commit: (at: GridPosition) => boolean;
  /** Escape on a cell: true when there was an edit to cancel (otherwise Escape goes on, e.g. to close the panel). */
  cancel: (at: GridPosition) => boolean;
  /** A spreadsheet block pasted with the focus on a cell. */
  paste: (at: GridPosition, text: string) => void;
}

const wholeSelected = (input: HTMLInputElement) => input.selectionStart === 0 && input.selectionEnd === input.value.length;
const caretAt = (input: HTMLInputElement, at: number) => input.selectionStart === at && input.selectionEnd === at;

function positionOf(target: EventTarget | null): GridPosition | null {
  const el = (target as HTMLElement | null)?.closest?.<HTMLElement>('[data-row][data-col]');
  return el ? { row: Number(el.dataset.row), col: Number(el.dataset.col) } : null;
}

export function useGridKeys(o: GridKeyOptions) {
  const active = ref<GridPosition>({ row: 0, col: 0 });

  const isActive = (row: number, col: number) => {
    // A grid that lost rows (a toggle, a reload) still needs one cell in the tab order.
    const r = Math.min(active.value.row, o.rows() - 1);
    const c = Math.min(active.value.col, o.cols() - 1);
    return row === r && col === c;
  };

  function element(at: GridPosition): HTMLElement | null {
    return o.root.value?.querySelector<HTMLElement>(`[data-row="${at.row}"][data-col="${at.col}"]`) ?? null;
  }

  async function moveTo(row: number, col: number) {
    const at = { row: Math.max(0, Math.min(row, o.rows() - 1)), col: Math.max(0, Math.min(col, o.cols() - 1)) };
    active.value = at;
    await nextTick();
    const el = element(at);
    // Scrolled by hand, so that the cells' scroll margin keeps them clear of the panel's sticky save bar.
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    // Reached by keyboard, a value is selected whole: typing replaces it, as in a spreadsheet.
    if (el instanceof HTMLInputElement) el.select();
  }

  function onKeydown(e: KeyboardEvent) {
    const at = positionOf(e.target);
    if (!at || e.altKey || e.metaKey) return;
    const input = e.target instanceof HTMLInputElement ? e.target : null;
    const { row, col } = at;
    switch (e.key) {
      case 'ArrowUp':
        void moveTo(row - 1, col);
        break;
      case 'ArrowDown':
        void moveTo(row + 1, col);
        break;
      case 'ArrowLeft':
        if (input && !caretAt(input, 0) && !wholeSelected(input)) return;
        void moveTo(row, col - 1);
        break;
      case 'ArrowRight':
        if (input && !caretAt(input, input.value.length) && !wholeSelected(input)) return;
        void moveTo(row, col + 1);
        break;
      case 'Home':
      case 'End':
        if (!e.ctrlKey) return;
        void (e.key === 'Home' ? moveTo(0, 0) : moveTo(o.rows() - 1, o.cols() - 1));
        break;
      case 'Enter':
        if (o.commit(at)) void moveTo(row + (e.shiftKey ? -1 : 1), col);
        break;
      case 'Escape':
        if (!o.cancel(at)) return;
        // The panel around the grid closes on Escape; cancelling an edit must not close it too.
        e.stopPropagation();
        void nextTick(() => input?.select());
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  function onFocusin(e: FocusEvent) {
    const at = positionOf(e.target);
    if (at) active.value = at;
  }

  function onPaste(e: ClipboardEvent) {
    const at = positionOf(e.target);
    const text = e.clipboardData?.getData('text/plain') ?? '';
    // Text without tabs or line breaks is for the focused cell alone: the input takes it as usual.
    if (!at || !isBlock(text)) return;
    e.preventDefault();
    o.paste(at, text);
  }

  return { active, isActive, moveTo, onKeydown, onFocusin, onPaste };
}
