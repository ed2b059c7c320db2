/**
 * The "Report a period" form as data: what each indicator's fields start from, and the one batch of values
 * and the report contents the typed fields become. Only what changed is sent, each value with the version
 * read, so a figure someone else saved meanwhile is refused (CONFLICT) rather than overwritten.
 */
import type { IndicatorValueInput } from '../../../gql/graphql';
import type { FieldErrors } from '../../../apollo/errors';
import { parseNumber } from '../../logframe/composables/cells';
import { linesOf } from './cycle';
import type { IndicatorReport, ReportingIndicator, ReportingValue } from './reporting';

export type Kind = 'number' | 'ratio' | 'text';

export const kindOf = (i: Pick<ReportingIndicator, 'measure' | 'aggregation'>): Kind => (i.measure === '5' ? 'text' : i.aggregation === 'RATIO' ? 'ratio' : 'number');

export interface Part {
  dimension: string;
  category: string;
}

/** Disaggregations are typed as a plain figure per category; ratio and text indicators report the total only. */
export function partsOf(i: ReportingIndicator): Part[] {
  if (kindOf(i) !== 'number') return [];
  return i.dimensions.flatMap((d) => d.values.map((category) => ({ dimension: d.name, category })));
}

export const partKey = (p: Part): string => `${p.dimension}|${p.category}`;

export interface Entry {
  actual: string;
  numerator: string;
  denominator: string;
  actualText: string;
  /** Figures by `partKey`. */
  parts: Record<string, string>;
  narrative: string;
  /** Evidence links, one per line. */
  links: string;
}

const text = (v: number | string | null | undefined): string => (v === null || v === undefined ? '' : String(v));

export function valueOf(i: ReportingIndicator, periodId: string, p: Part = { dimension: '', category: '' }): ReportingValue | undefined {
  return i.values.find((v) => v.period.id === periodId && v.dimension === p.dimension && v.category === p.category);
}

export function entryOf(i: ReportingIndicator, periodId: string, report: IndicatorReport | undefined): Entry {
  const total = valueOf(i, periodId);
  return {
    actual: text(total?.actual),
    numerator: text(total?.numerator),
    denominator: text(total?.denominator),
    actualText: total?.actualText ?? '',
    parts: Object.fromEntries(partsOf(i).map((p) => [partKey(p), text(valueOf(i, periodId, p)?.actual)])),
    narrative: report?.narrative ?? '',
    links: (report?.links ?? []).join('\n'),
  };
}

/** Where an input of the batch came from, to put the API's answer on the right field. */
export interface Origin {
  indicatorId: string;
  part: string | null;
}

export interface ReportBatch {
  values: IndicatorValueInput[];
  origins: Origin[];
  /** Reports whose narrative or links changed. */
  contents: { indicatorId: string; narrative: string; links: string[] }[];
  problems: FieldErrors;
}

/** The form path of an indicator's field; `fieldId` turns it into the control's id. */
export const pathOf = (indicatorId: string, field: string): string => `r.${indicatorId}.${field}`;

export function buildReport(indicators: ReportingIndicator[], entries: Record<string, Entry>, initial: Record<string, Entry>, periodId: string): ReportBatch {
  const batch: ReportBatch = { values: [], origins: [], contents: [], problems: {} };
  const problem = (path: string, message: string) => (batch.problems[path] ??= []).push(message);
  const number = (indicatorId: string, field: string, typed: string): number | null | undefined => {
    const parsed = parseNumber(typed);
    if (parsed.ok) return parsed.value as number | null;
    problem(pathOf(indicatorId, field), parsed.message);
    return undefined;
  };
  for (const i of indicators) {
    const now = entries[i.id];
    const was = initial[i.id];
    if (!now || !was) continue;
    const total: IndicatorValueInput = { indicatorId: i.id, periodId };
    const kind = kindOf(i);
    if (kind === 'text' && now.actualText.trim() !== was.actualText.trim()) total.actualText = now.actualText.trim() || null;
    if (kind === 'number' && now.actual.trim() !== was.actual.trim()) total.actual = number(i.id, 'actual', now.actual);
    if (kind === 'ratio') {
      if (now.numerator.trim() !== was.numerator.trim()) total.numerator = number(i.id, 'numerator', now.numerator);
      if (now.denominator.trim() !== was.denominator.trim()) total.denominator = number(i.id, 'denominator', now.denominator);
    }
    if (Object.keys(total).length > 2) add(total, valueOf(i, periodId), { indicatorId: i.id, part: null });
    for (const p of partsOf(i)) {
      const k = partKey(p);
      if ((now.parts[k] ?? '').trim() === (was.parts[k] ?? '').trim()) continue;
      const actual = number(i.id, `part-${k}`, now.parts[k] ?? '');
      add({ indicatorId: i.id, periodId, dimension: p.dimension, category: p.category, actual }, valueOf(i, periodId, p), { indicatorId: i.id, part: k });
    }
    if (now.narrative.trim() !== was.narrative.trim() || now.links.trim() !== was.links.trim()) {
      batch.contents.push({ indicatorId: i.id, narrative: now.narrative.trim(), links: linesOf(now.links) });
    }
  }
  return batch;

  function add(input: IndicatorValueInput, stored: ReportingValue | undefined, origin: Origin) {
    batch.values.push({ ...input, version: stored?.version ?? 0 });
    batch.origins.push(origin);
  }
}

/** The form path of a field the API named in its answer to the batch (`values.3.actual`). */
export function pathOfValueField(origins: Origin[], apiPath: string): string | null {
  const m = /^values\.(\d+)(?:\.(\w+))?/.exec(apiPath);
  const origin = m ? origins[Number(m[1])] : undefined;
  if (!origin) return null;
  if (origin.part) return pathOf(origin.indicatorId, `part-${origin.part}`);
  const field = m?.[2] && ['numerator', 'denominator', 'actualText'].includes(m[2]) ? m[2] : 'actual';
  return pathOf(origin.indicatorId, field);
}
