/**
 * The pending edits of one indicator's grids and how they meet other people's saves. Each edited value
 * (a period, and a disaggregation) keeps the version it was read at, so a save refused because someone
 * else saved first is resolved value by value: "keep mine" retries that value over their version, "take
 * theirs" drops only that value's edits. Every other pending edit stays pending, and is sent again.
 */
import { computed, reactive, ref, type Ref } from 'vue';
import type { IndicatorValueInput } from '../../../gql/graphql';
import { toFormErrors } from '../../../apollo/errors';
import { buildValueBatch, parseCell, refOf, storedVersion, valueKeyOf, type CellField } from './cells';
import { valueConflictsOf, type ValueConflict } from './conflict';
import type { LogframeIndicator, LogframeValue } from './logframe';

type Period = { id: string; label: string; startDate: string; endDate: string };

/** A refused value: where it is, what the other person saved, and the version to write over. */
export interface OpenConflict {
  valueKey: string;
  periodLabel: string;
  /** "sex: female", or empty for the period total. */
  disaggregation: string;
  currentVersion: number;
  theirs: LogframeValue;
}

export type SaveOutcome = { saved: number } | null;

/** A value as the API wrote it: which one, and its new version. */
export interface WrittenValue {
  periodId: string;
  dimension: string;
  category: string;
  version: number;
}

export function useValueEdits(indicator: Ref<LogframeIndicator>, periods: Ref<Period[]>, send: (inputs: IndicatorValueInput[]) => Promise<WrittenValue[] | void>) {
  const edits = reactive(new Map<string, string>());
  /** The version of each edited value when its first cell was edited (0: it was empty). */
  const readAt = new Map<string, number>();
  const errors = ref<Record<string, string>>({});
  const summary = ref<string | null>(null);
  const conflicts = ref<OpenConflict[]>([]);
  /** What the others saved, shown in place of the stored value until the logframe is read again. */
  const theirs = reactive(new Map<string, LogframeValue>());

  /** The indicator as the grids show it: the stored values, with the others' saves we were told about. */
  const shown = computed<LogframeIndicator>(() => {
    if (!theirs.size) return indicator.value;
    const key = (v: LogframeValue) => `${v.period.id}|${v.dimension}|${v.category}`;
    const kept = indicator.value.values.filter((v) => !theirs.has(key(v)));
    return { ...indicator.value, values: [...kept, ...theirs.values()] };
  });

  function edit(key: string, text: string, stored: string) {
    const valueKey = valueKeyOf(key);
    if (!readAt.has(valueKey)) readAt.set(valueKey, storedVersion(shown.value, valueKey));
    if (text === stored) edits.delete(key);
    else edits.set(key, text);
    if (![...edits.keys()].some((k) => valueKeyOf(k) === valueKey)) readAt.delete(valueKey);
    if (errors.value[key]) errors.value = Object.fromEntries(Object.entries(errors.value).filter(([k]) => k !== key));
  }

  function discard() {
    edits.clear();
    readAt.clear();
    errors.value = {};
    summary.value = null;
    conflicts.value = [];
  }

  /** Called when the logframe was read again: its values are the current ones. */
  function refreshed() {
    theirs.clear();
  }

  function resolve(valueKey: string, choice: 'mine' | 'theirs') {
    const c = conflicts.value.find((x) => x.valueKey === valueKey);
    if (!c) return;
    conflicts.value = conflicts.value.filter((x) => x !== c);
    const keys = [...edits.keys()].filter((k) => valueKeyOf(k) === valueKey);
    errors.value = Object.fromEntries(Object.entries(errors.value).filter(([k]) => !keys.includes(k)));
    if (choice === 'mine') readAt.set(valueKey, c.currentVersion);
    else {
      for (const k of keys) edits.delete(k);
      readAt.delete(valueKey);
    }
    if (!conflicts.value.length) summary.value = null;
  }

  /** Whether an edited cell's text can be saved; if not, the cell says why. */
  function check(key: string): boolean {
    const text = edits.get(key);
    if (text === undefined) return true;
    const parsed = parseCell(refOf(key).field, text);
    if (!parsed.ok) errors.value = { ...errors.value, [key]: parsed.message };
    return parsed.ok;
  }

  // Saves run one after another: each must know the versions the one before it wrote.
  let queue: Promise<unknown> = Promise.resolve();

  /** Saves the pending edits, or only those of `only` (a cell committed with Enter, a pasted block). */
  function save(only?: readonly string[]): Promise<SaveOutcome> {
    const run = queue.then(() => saveNow(only));
    queue = run.catch(() => undefined);
    return run;
  }

  async function saveNow(only?: readonly string[]): Promise<SaveOutcome> {
    if (conflicts.value.length) {
      summary.value = 'Choose “Keep mine” or “Take theirs” for each value someone else changed, then save again.';
      return null;
    }
    const chosen = new Map([...edits].filter(([k]) => !only || only.includes(k)));
    if (!chosen.size) return { saved: 0 };
    summary.value = null;
    const batch = buildValueBatch(indicator.value, chosen, (k) => readAt.get(k) ?? storedVersion(shown.value, k));
    const others = Object.fromEntries(Object.entries(errors.value).filter(([k]) => !chosen.has(k)));
    if (Object.keys(batch.problems).length) {
      errors.value = { ...others, ...batch.problems };
      summary.value = 'Some cells need attention; nothing was saved.';
      return null;
    }
    try {
      const written = (await send(batch.inputs)) ?? [];
      for (const [k, text] of chosen) if (edits.get(k) === text) edits.delete(k);
      // Edits typed into a saved value meanwhile build on this save, not on someone else's.
      batch.valueKeys.forEach((valueKey, i) => {
        const w = written.find((v) => `${v.periodId}|${v.dimension}|${v.category}` === valueKey);
        if ([...edits.keys()].some((k) => valueKeyOf(k) === valueKey)) readAt.set(valueKey, w?.version ?? (batch.inputs[i].version ?? 0) + 1);
        else readAt.delete(valueKey);
      });
      errors.value = others;
      return { saved: chosen.size };
    } catch (e) {
      const answer = valueConflictsOf(e);
      if (answer && answer.conflicts.length) conflicted(answer.conflicts, batch.valueKeys, batch.cellFor);
      else if (answer) {
        // Busy cells, or cells a locked or submitted report holds: each refused cell says why.
        summary.value = `${answer.message} Nothing was saved; your changes are still here.`;
        errors.value = cellErrors(e, batch.cellFor).cells;
      }
      else showErrors(e, batch.cellFor);
      // Cells outside this save keep what they were told before.
      errors.value = { ...others, ...errors.value };
      return null;
    }
  }

  function conflicted(list: ValueConflict[], valueKeys: string[], cellFor: (path: string) => string | null) {
    const open: OpenConflict[] = [];
    const cellErrors: Record<string, string> = {};
    for (const c of list) {
      const valueKey = valueKeys[c.index];
      if (!valueKey) continue;
      const [periodId, dimension, category] = valueKey.split('|');
      const period = periods.value.find((p) => p.id === periodId) ?? { id: periodId, label: c.periodLabel ?? 'a period', startDate: '', endDate: '' };
      const value = valueFrom(period, dimension, category, c.currentVersion ?? 0, c.current);
      theirs.set(valueKey, value);
      open.push({ valueKey, periodLabel: c.periodLabel ?? period.label, disaggregation: dimension ? `${dimension}: ${category}` : '', currentVersion: c.currentVersion ?? 0, theirs: value });
      const cell = cellFor(`values.${c.index}.version`);
      if (cell) cellErrors[cell] = 'someone else saved this meanwhile: keep yours or take theirs above';
    }
    conflicts.value = open;
    errors.value = cellErrors;
    const others = [...edits.keys()].filter((k) => !open.some((c) => c.valueKey === valueKeyOf(k))).length;
    summary.value = `Nothing was saved: someone else saved ${open.length === 1 ? 'a value' : `${open.length} values`} you changed. ${others ? `Your ${others} other ${others === 1 ? 'change stays' : 'changes stay'} pending and will be saved with your choice.` : ''}`.trim();
  }

  function cellErrors(e: unknown, cellFor: (path: string) => string | null) {
    const f = toFormErrors(e);
    const cells: Record<string, string> = {};
    const loose: string[] = [];
    for (const [path, messages] of Object.entries(f.fields)) {
      const key = cellFor(path);
      if (key) cells[key] = messages.join('; ');
      else loose.push(...messages);
    }
    return { cells, loose, summary: f.summary };
  }

  function showErrors(e: unknown, cellFor: (path: string) => string | null) {
    const { cells, loose, summary: said } = cellErrors(e, cellFor);
    errors.value = cells;
    summary.value = [Object.keys(cells).length ? 'Some cells need attention; nothing was saved.' : said, ...loose].join(' ');
  }

  /** My pending edits of one value, field by field. */
  const mineOf = (valueKey: string): [CellField, string][] =>
    [...edits.entries()].filter(([k]) => valueKeyOf(k) === valueKey).map(([k, text]) => [refOf(k).field, text]);

  return { edits, errors, summary, conflicts, shown, edit, discard, refreshed, resolve, save, check, mineOf };
}

function valueFrom(period: Period, dimension: string, category: string, version: number, c: Record<string, unknown>): LogframeValue {
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return {
    id: `theirs-${period.id}-${dimension}-${category}`,
    period: { ...period },
    dimension,
    category,
    target: num(c.target),
    actual: num(c.actual),
    actualDisplay: num(c.actual) === null ? null : String(c.actual),
    suppressed: false,
    numerator: num(c.numerator),
    denominator: num(c.denominator),
    targetText: text(c.targetText),
    actualText: text(c.actualText),
    comment: text(c.comment) ?? '',
    evidence: Array.isArray(c.evidence) ? (c.evidence as string[]) : [],
    version,
  };
}
