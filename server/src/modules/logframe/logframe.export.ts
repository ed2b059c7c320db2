import type { RequestHandler } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import { Access } from '../access/access.js';
import { createReader, type Reader } from '../../db/reader.js';
import { organisationLoader } from '../organisation/organisation.reads.js';
import { groupBy } from '../../db/rows.js';
import { exportRoute, formatOf, QueryParams, sendCsv, sendXlsx, type Column, type Table } from '../common/table-export.js';
import { getProject, type ProjectRow } from '../project/project.reads.js';
import { listPeriods, projectIndicators, projectTree, projectValues, type IndicatorRow, type NodeRow, type PeriodRow } from './logframe.reads.js';
import { progressView, viewValues } from './figures.js';
import { seesRawFigures } from './logframe.policy.js';

/*
 * GET /exports/projects/:id/logframe.xlsx|csv: the logframe and its results as the caller may see them. Figures
 * are the approved ones (what counts), small sensitive numbers stay "<5" for those who may not see them raw. The
 * workbook holds the matrix, the indicators with a target and an actual per period, and the values in long
 * format; a CSV file holds one of the last two (`?table=values`, the default, or `?table=indicators`).
 */

const MEASURES: Record<string, string> = { '1': 'unit', '2': 'percentage', '3': 'nominal', '4': 'ordinal', '5': 'qualitative' };

type Progress = ReturnType<typeof progressView>;
type Values = ReturnType<typeof viewValues>;
interface IndicatorLine {
  indicator: IndicatorRow;
  node: NodeRow;
  values: Values;
  progress: Progress;
}
interface MatrixLine {
  node: NodeRow;
  lines: IndicatorLine[];
  responsible: string;
}
type ValueLine = IndicatorLine & { value: Values[number] };

export const LOGFRAME_MATRIX: Table<MatrixLine> = {
  id: 'logframe.matrix',
  sheet: 'Logframe',
  columns: [
    { id: 'code', header: 'Code', type: 'text', value: (m) => m.node.code, width: 10, wrap: true },
    { id: 'level', header: 'Level', type: 'text', value: (m) => m.node.level.toLowerCase(), width: 12, wrap: true },
    { id: 'statement', header: 'Results chain', type: 'text', value: (m) => m.node.statement, width: 50, wrap: true },
    {
      id: 'indicators',
      header: 'Indicators',
      type: 'text',
      value: (m) => m.lines.map((r) => `• ${r.indicator.title} (baseline ${r.indicator.baselineValue ?? '–'}, target ${r.progress.endTarget ?? '–'}, actual ${r.progress.cumulativeActualDisplay ?? '–'})`).join('\n'),
      width: 50,
      wrap: true,
    },
    { id: 'mov', header: 'Means of verification', type: 'text', value: (m) => m.lines.map((r) => r.indicator.meansOfVerification).filter(Boolean).join('\n'), width: 35, wrap: true },
    { id: 'assumptions', header: 'Assumptions', type: 'text', value: (m) => m.node.assumptions, width: 35, wrap: true },
    { id: 'responsible', header: 'Responsible', type: 'text', value: (m) => m.responsible, width: 25, wrap: true },
  ],
};

/** The columns before the per-period ones; each period adds `<label> target` and `<label> actual`. */
export const LOGFRAME_INDICATOR_COLUMNS: Column<IndicatorLine>[] = [
  { id: 'code', header: 'Code', type: 'text', value: (r) => r.node.code, width: 10 },
  { id: 'title', header: 'Indicator', type: 'text', value: (r) => r.indicator.title, width: 45 },
  { id: 'measure', header: 'Measure', type: 'text', value: (r) => MEASURES[r.indicator.measure] ?? r.indicator.measure, width: 12 },
  { id: 'unit', header: 'Unit', type: 'text', value: (r) => r.indicator.unitLabel, width: 12 },
  { id: 'aggregation', header: 'Aggregation', type: 'text', value: (r) => r.indicator.aggregation.toLowerCase(), width: 12 },
  { id: 'baseline', header: 'Baseline', type: 'value', value: (r) => r.indicator.baselineValue ?? null, width: 10 },
  { id: 'target', header: 'End target', type: 'value', value: (r) => r.progress.endTarget, width: 10 },
  { id: 'actual', header: 'Cumulative actual', type: 'value', value: (r) => r.progress.cumulativeActual ?? r.progress.cumulativeActualDisplay, width: 12 },
  { id: 'progress', header: 'Progress %', type: 'value', value: (r) => (r.progress.progress == null ? null : Math.round(r.progress.progress * 1000) / 10), width: 10 },
  { id: 'status', header: 'Status', type: 'text', value: (r) => r.progress.status.replace('_', ' ').toLowerCase(), width: 12 },
];

const total = (r: IndicatorLine, period: PeriodRow) => r.values.find((v) => !v.dimension && v.period.id === period.id);

export const logframeIndicators = (periods: PeriodRow[]): Table<IndicatorLine> => ({
  id: 'logframe.indicators',
  sheet: 'Indicators',
  columns: [
    ...LOGFRAME_INDICATOR_COLUMNS,
    ...periods.flatMap((p): Column<IndicatorLine>[] => [
      { id: `t:${p.id}`, header: `${p.label} target`, type: 'value', value: (r) => total(r, p)?.target ?? total(r, p)?.targetText, width: 10 },
      { id: `a:${p.id}`, header: `${p.label} actual`, type: 'value', value: (r) => { const v = total(r, p); return v ? (v.actual ?? v.actualDisplay ?? v.actualText) : null; }, width: 10 },
    ]),
  ],
});

/** Long format for other tools: one row per indicator, period and disaggregation value. */
export const LOGFRAME_VALUES: Table<ValueLine> = {
  id: 'logframe.values',
  sheet: 'Values',
  columns: [
    { id: 'code', header: 'code', type: 'text', value: (r) => r.node.code, width: 8 },
    { id: 'level', header: 'level', type: 'text', value: (r) => r.node.level.toLowerCase(), width: 10 },
    { id: 'result', header: 'result', type: 'text', value: (r) => r.node.statement, width: 40 },
    { id: 'indicator', header: 'indicator', type: 'text', value: (r) => r.indicator.title, width: 40 },
    { id: 'period', header: 'period', type: 'text', value: (r) => r.value.period.label, width: 12 },
    { id: 'periodStart', header: 'period_start', type: 'date', value: (r) => r.value.period.startDate, width: 12 },
    { id: 'periodEnd', header: 'period_end', type: 'date', value: (r) => r.value.period.endDate, width: 12 },
    { id: 'dimension', header: 'dimension', type: 'text', value: (r) => r.value.dimension, width: 14 },
    { id: 'category', header: 'category', type: 'text', value: (r) => r.value.category, width: 14 },
    { id: 'target', header: 'target', type: 'value', value: (r) => r.value.target ?? r.value.targetText, width: 10 },
    { id: 'actual', header: 'actual', type: 'value', value: (r) => r.value.actual ?? r.value.actualDisplay ?? r.value.actualText, width: 10 },
    { id: 'comment', header: 'comment', type: 'text', value: (r) => r.value.comment, width: 40 },
  ],
};

/** The logframe as rows, with exactly what the caller may see (approved figures; small sensitive numbers stay "<5"). */
async function logframeRows(reader: Reader, access: Access, project: ProjectRow) {
  const [tree, periods, indicators, values] = await Promise.all([projectTree(reader, project.id), listPeriods(reader, project.id), projectIndicators(reader, project.id), projectValues(reader, project.id)]);
  const valuesOf = groupBy(values, (v) => v.indicatorId);
  // In reading order: the nodes as the tree lists them, each node's indicators by position.
  const place = new Map(tree.nodes.map((n, index) => [n.id, index]));
  const ordered = [...indicators].sort((a, b) => place.get(a.nodeId)! - place.get(b.nodeId)! || a.position - b.position);
  const lines: IndicatorLine[] = [];
  for (const i of ordered) {
    const node = tree.byId.get(i.nodeId)!;
    const showRaw = !i.sensitive || (await seesRawFigures(access, project.id, node.responsibleOrganisationId));
    const own = valuesOf.get(i.id) ?? [];
    lines.push({ indicator: i, node, values: viewValues(own, showRaw), progress: progressView(i, own, periods, showRaw) });
  }
  return { tree, periods, lines };
}

async function matrixOf(reader: Reader, tree: Awaited<ReturnType<typeof projectTree>>, lines: IndicatorLine[]): Promise<MatrixLine[]> {
  const organisations = organisationLoader(reader);
  const linesOf = groupBy(lines, (r) => r.node.id);
  const orgs = await Promise.all(tree.nodes.map((n) => (n.responsibleOrganisationId ? organisations.load(n.responsibleOrganisationId) : null)));
  return tree.nodes.map((node, i) => ({ node, lines: linesOf.get(node.id) ?? [], responsible: orgs[i] ? (orgs[i]!.acronym ?? orgs[i]!.name) : '' }));
}

export function logframeExport(orm: MikroORM, log: Logger, rc: string): RequestHandler {
  return exportRoute(log, 'logframe', async (req, res, caller) => {
    const id = String(req.params.id);
    const format = formatOf(req, 'Project', id);
    const params = new QueryParams(req.query, format === 'csv' ? ['table'] : []);
    const table = params.oneOf('table', ['values', 'indicators'] as const, 'values');
    params.throwIfAny();
    const em = orm.em.fork() as EntityManager;
    const access = new Access(caller, em);
    const reader = createReader(() => em);
    const project = await getProject(reader, access, id);
    const { tree, periods, lines } = await logframeRows(reader, access, project);
    const valueLines = lines.flatMap((l) => l.values.map((value) => ({ ...l, value })));
    const base = `logframe-${project.iatiIdentifier}`;
    if (format === 'csv') return table === 'values' ? sendCsv(res, base, LOGFRAME_VALUES, valueLines, rc) : sendCsv(res, `${base}-indicators`, logframeIndicators(periods), lines, rc);
    await sendXlsx(res, base, [
      { table: LOGFRAME_MATRIX, rows: await matrixOf(reader, tree, lines) },
      { table: logframeIndicators(periods), rows: lines },
      { table: LOGFRAME_VALUES, rows: valueLines },
    ], rc);
  });
}
