/**
 * The targets-and-actuals grid: what a typed cell means, and the batch of values it becomes. A cell is one
 * field of one value: a period, a disaggregation (empty for the total) and a field such as `target`.
 */
import type { IndicatorValueInput } from '../../../gql/graphql';
import type { LogframeIndicator, LogframeValue } from './logframe';

export type NumberField = 'target' | 'actual' | 'numerator' | 'denominator';
export type TextField = 'targetText' | 'actualText' | 'comment';
export type CellField = NumberField | TextField;

export interface CellRef {
  periodId: string;
  dimension: string;
  category: string;
  field: CellField;
}

export const cellKey = (c: CellRef): string => `${c.periodId}|${c.dimension}|${c.category}|${c.field}`;

/** The stored value a cell belongs to (period and disaggregation): the unit the API versions and refuses. */
export const valueKeyOf = (key: string): string => key.slice(0, key.lastIndexOf('|'));

export function refOf(key: string): CellRef {
  const [periodId, dimension, category, field] = key.split('|');
  return { periodId, dimension, category, field: field as CellField };
}

export type Parsed = { ok: true; value: number | string | null } | { ok: false; message: string };

const NUMBER_FIELDS = new Set<CellField>(['target', 'actual', 'numerator', 'denominator']);

/**
 * A typed number as people write it: "1,250", "1 250", "12.5", "45%". Empty clears the cell. A decimal
 * comma ("12,5") is refused rather than guessed, because "1,250" means one thousand two hundred and fifty.
 */
export function parseNumber(text: string): Parsed {
  const t = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '');
  if (!t) return { ok: true, value: null };
  if (t.startsWith('<')) return { ok: false, message: 'enter the exact figure; “<5” is only what others see' };
  const plain = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t;
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(plain)) return { ok: false, message: 'enter a number, e.g. 12 or 12.5' };
  return { ok: true, value: Number(plain) };
}

export function parseCell(field: CellField, text: string): Parsed {
  if (NUMBER_FIELDS.has(field)) return parseNumber(text);
  const t = text.trim();
  return { ok: true, value: field === 'comment' ? t : t || null };
}

/** The stored value of a cell as the grid shows it for editing. */
export function cellText(value: LogframeValue | undefined, field: CellField): string {
  if (!value) return '';
  if (field === 'actual' && value.suppressed) return value.actualDisplay ?? '<5';
  const v = value[field];
  return v === null || v === undefined ? '' : String(v);
}

/** The dates within which actuals may be reported: the project's own, up to today. */
export interface ReportWindow {
  start: string;
  end: string;
  today: string;
}

export function reportable(period: { startDate: string; endDate: string }, window: ReportWindow): boolean {
  return period.startDate <= window.today && period.endDate >= window.start && period.startDate <= window.end;
}

/** Where the report of one indicator for one period stands (the API's IndicatorUpdate). */
export interface PeriodReport {
  state: string;
  locked: boolean;
  lockReason?: string | null;
}

const SUBMITTED = 'submitted, waiting for approval';

/** Whether a cell is held by its period's report (locked, or submitted), rather than by dates or roles. */
export const heldByReport = (reason: string | null | undefined): boolean => !!reason && (/^locked/i.test(reason) || reason === SUBMITTED);

export interface CellRights {
  mayEditTargets: boolean;
  mayEditActuals: boolean;
  window: ReportWindow;
  report?: PeriodReport;
}

/**
 * Why a cell takes no value, in the words the grid shows and reads out; null when it takes one, and '' when
 * the reader may change nothing in the grid (the panel says so once, rather than every cell).
 * As the API rules: a locked period takes no change at all, targets included; a submitted report takes no
 * change to its results (actuals, comments) until a manager approves or returns it.
 */
export function blockedBecause(results: boolean, period: { startDate: string; endDate: string }, rights: CellRights): string | null {
  const { window, report } = rights;
  if (!(results ? rights.mayEditActuals : rights.mayEditTargets)) return !results && rights.mayEditActuals ? 'targets are set by the project managers' : '';
  if (report?.locked) return !report.lockReason ? 'locked' : /^locked/i.test(report.lockReason) ? report.lockReason : `locked: ${report.lockReason}`;
  if (!results) return null;
  if (report?.state === 'SUBMITTED') return SUBMITTED;
  if (period.endDate < window.start || period.startDate > window.end) return 'outside the project’s dates';
  if (period.startDate > window.today) return 'future period';
  return null;
}

export interface ValueBatch {
  inputs: IndicatorValueInput[];
  /** Cells that could not be read, with the reason; nothing is sent while there are any. */
  problems: Record<string, string>;
  /** The cell an error path of the API (`values.3.actual`) is about. */
  cellFor: (path: string) => string | null;
  /** The value (see `valueKeyOf`) each input is about, in the order sent. */
  valueKeys: string[];
}

/** The version a stored value has in the grid; 0 for a value not stored yet, so that a cell filled meanwhile is refused. */
export function storedVersion(indicator: Pick<LogframeIndicator, 'values'>, valueKey: string): number {
  const [periodId, dimension, category] = valueKey.split('|');
  return indicator.values.find((v) => v.period.id === periodId && v.dimension === dimension && v.category === category)?.version ?? 0;
}

/**
 * The values to send for the edited cells: one input per period and disaggregation, with the version the
 * user edited (`versionOf`, by default the one stored now).
 */
export function buildValueBatch(
  indicator: Pick<LogframeIndicator, 'id' | 'values'>,
  edits: ReadonlyMap<string, string>,
  versionOf: (valueKey: string) => number = (k) => storedVersion(indicator, k),
): ValueBatch {
  const problems: Record<string, string> = {};
  const groups = new Map<string, { ref: CellRef; fields: Map<CellField, number | string | null> }>();
  for (const [key, text] of edits) {
    const ref = refOf(key);
    const parsed = parseCell(ref.field, text);
    if (!parsed.ok) {
      problems[key] = parsed.message;
      continue;
    }
    const group = `${ref.periodId}|${ref.dimension}|${ref.category}`;
    if (!groups.has(group)) groups.set(group, { ref, fields: new Map() });
    groups.get(group)!.fields.set(ref.field, parsed.value);
  }
  const order = [...groups.values()];
  const valueKeys = [...groups.keys()];
  const inputs = order.map(({ ref, fields }, i) => {
    const input: IndicatorValueInput = { indicatorId: indicator.id, periodId: ref.periodId, dimension: ref.dimension, category: ref.category, version: versionOf(valueKeys[i]) };
    for (const [field, value] of fields) (input as Record<string, unknown>)[field] = value;
    return input;
  });
  const cellFor = (path: string): string | null => {
    const match = /^values\.(\d+)\.(\w+)$/.exec(path);
    const group = match ? order[Number(match[1])] : undefined;
    if (!group) return null;
    const field = match![2] as CellField;
    // An error about the row (its version, its period) is shown on the first cell edited in it.
    const onCell = group.fields.has(field) ? field : [...group.fields.keys()][0];
    return cellKey({ ...group.ref, field: onCell });
  };
  return { inputs, problems, cellFor, valueKeys };
}
