/**
 * Pasting a block copied from a spreadsheet into the values grid. Excel, LibreOffice and Google Sheets put a
 * range on the clipboard as tab-separated columns and newline-separated rows, quoting a cell that holds a
 * tab, a newline or a quote ("a ""b""" is a "b"). The block lands with its top-left corner on the focused
 * cell; it is taken whole or not at all, so a half-pasted column never looks like a finished one.
 */
import { parseCell, type CellField } from './cells';

/** Whether a paste is a block from a spreadsheet rather than text for the one cell. */
export const isBlock = (text: string): boolean => /[\t\r\n]/.test(text);

/** The rows and cells of a tab-separated block; the line break spreadsheets add after the last row is dropped. */
export function parseClipboard(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n');
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && cell === '') {
      // A quoted cell runs to the next quote that is not doubled.
      let j = i + 1;
      while (j < s.length && !(s[j] === '"' && s[j + 1] !== '"')) {
        cell += s[j];
        j += s[j] === '"' ? 2 : 1;
      }
      i = j + 1;
      continue;
    }
    if (c === '\t') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += c;
    i += 1;
  }
  if (cell !== '' || row.length) rows.push([...row, cell]);
  return rows;
}

/** A cell of the grid as the paste sees it; null where a column is not a cell one can type in (none yet). */
export interface PasteTarget {
  key: string;
  field: CellField | null;
  label: string;
  stored: string;
  editable: boolean;
  reason: string | null;
}

export type PastePlan = { ok: true; entries: { key: string; text: string; stored: string }[] } | { ok: false; message: string };

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * What the block would write, or why nothing is written. `grid` holds the rows the block may run into
 * (from the focused cell's row down), each with every column.
 */
export function planPaste(grid: PasteTarget[][], start: { row: number; col: number }, block: string[][]): PastePlan {
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  const from = grid[start.row]?.[start.col];
  if (!from || !height || !width) return { ok: false, message: 'Nothing was pasted: the clipboard holds no cells.' };
  const roomRows = grid.length - start.row;
  const roomCols = grid[start.row].length - start.col;
  if (height > roomRows || width > roomCols) {
    return {
      ok: false,
      message: `Nothing was pasted: the copied block has ${plural(height, 'row')} and ${plural(width, 'column')}, but from “${from.label}” there is room for ${plural(roomRows, 'row')} and ${plural(roomCols, 'column')}.`,
    };
  }
  const entries: { key: string; text: string; stored: string }[] = [];
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const target = grid[start.row + r][start.col + c];
      const text = block[r][c] ?? '';
      if (!target.editable || !target.field) {
        return { ok: false, message: `Nothing was pasted: “${target.label}” does not take a value${target.reason ? ` (${target.reason})` : ''}.` };
      }
      const parsed = parseCell(target.field, text);
      if (!parsed.ok) return { ok: false, message: `Nothing was pasted: “${text.trim()}” for “${target.label}” is not a number; ${parsed.message}.` };
      entries.push({ key: target.key, text: text.trim(), stored: target.stored });
    }
  }
  return { ok: true, entries };
}
