/** One editable row of a share list: a code (country or sector) and its percentage. */
export interface ShareRow {
  key: number;
  code: string | null;
  percentage: number | null;
  /** Sector vocabulary, kept as loaded so an edit never changes it. */
  vocabulary?: string;
}

let nextKey = 1;

export function shareRow(code: string | null = null, percentage: number | null = null, vocabulary?: string): ShareRow {
  return { key: nextKey++, code, percentage, vocabulary };
}
