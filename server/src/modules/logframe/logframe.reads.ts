import DataLoader from 'dataloader';
import type { Reader } from '../../db/reader.js';
import { IN_IDS, at, groupBy, idList, listLoader, tracked } from '../../db/rows.js';
import { NotFound } from '../common/errors.js';
import type { ResultLevel, Risk } from './result-node.entity.js';
import type { Aggregation, Dimension, Direction, Frequency } from './indicator.entity.js';
import { walkTree } from './tree.service.js';

/**
 * The logframe as the schema shows it, in plain rows: one statement per kind (nodes, indicators, values, periods,
 * revisions) for every project, node or indicator of a response, whatever their number.
 */

export interface NodeRow {
  id: string;
  projectId: string;
  parentId: string | null;
  responsibleOrganisationId: string | null;
  level: ResultLevel;
  position: number;
  statement: string;
  description: string;
  assumptions: string;
  risks: Risk[];
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
  /** From its place in the tree: 1, 1.1, 1.1.2. */
  code: string;
  /** 0 for a top node. */
  depth: number;
}

/** The nodes of a project in reading order, and by id. */
export interface LogframeTree {
  nodes: NodeRow[];
  byId: Map<string, NodeRow>;
}

export interface IndicatorRow {
  id: string;
  nodeId: string;
  projectId: string;
  position: number;
  title: string;
  definition: string;
  measure: string;
  unitLabel: string;
  direction: Direction;
  aggregation: Aggregation;
  baselineValue: number | null;
  baselineDate: string | null;
  baselineNote: string;
  meansOfVerification: string;
  dataSource: string;
  frequency: Frequency;
  sensitive: boolean;
  sdgIndicator: string | null;
  dimensions: Dimension[];
  createdAt: string;
  updatedAt: string;
  version: number;
  archivedAt: string | null;
}

export interface PeriodRow {
  id: string;
  label: string;
  /** YYYY-MM-DD */
  startDate: string;
  endDate: string;
}

/** Target and actual of an indicator in one period, with the period. */
export interface ValueRow {
  id: string;
  indicatorId: string;
  period: PeriodRow;
  dimension: string;
  category: string;
  target: number | null;
  actual: number | null;
  numerator: number | null;
  denominator: number | null;
  targetText: string | null;
  actualText: string | null;
  comment: string;
  evidence: string[];
  version: number;
  /** The results as entered, approved or not; the fields above hold the approved (counted) copy. */
  working?: Pick<ValueRow, 'actual' | 'numerator' | 'denominator' | 'actualText'>;
}

export interface RevisionRow {
  id: string;
  projectId: string;
  number: number;
  approvedAt: string;
  reason: string;
}

// Siblings come in the order of their codes (position, then creation), so the tree is numbered in one walk.
const NODE_COLUMNS = `n.id, n.project_id as "projectId", n.parent_id as "parentId", n.responsible_organisation_id as "responsibleOrganisationId", n.level, n.position,
  n.statement, n.description, n.assumptions, n.risks, ${tracked('n')}`;
const NODE_ORDER = `order by n.position, n.created_at, n.id`;

export const INDICATOR_COLUMNS = `i.id, i.node_id as "nodeId", i.project_id as "projectId", i.position, i.title, i.definition, i.measure, i.unit_label as "unitLabel", i.direction,
  i.aggregation, i.baseline_value as "baselineValue", i.baseline_date as "baselineDate", i.baseline_note as "baselineNote", i.means_of_verification as "meansOfVerification",
  i.data_source as "dataSource", i.frequency, i.sensitive, i.sdg_indicator as "sdgIndicator", i.dimensions, ${tracked('i')}`;

const PERIOD_COLUMNS = `p.id, p.project_id as "projectId", p.label, p.start_date as "startDate", p.end_date as "endDate"`;

// The period's own columns ride along; they are folded into one shared period object per period. Results read
// as the approved copy: only approved figures count, wherever values are read. The working copy rides along.
const VALUE_SELECT = `select v.id, v.indicator_id as "indicatorId", v.period_id as "periodId", p.label as "periodLabel", p.start_date as "periodStart", p.end_date as "periodEnd",
  v.dimension, v.category, v.target, v.approved_actual as actual, v.approved_numerator as numerator, v.approved_denominator as denominator, v.target_text as "targetText",
  v.approved_actual_text as "actualText", v.comment, v.evidence, v.version,
  json_build_object('actual', v.actual, 'numerator', v.numerator, 'denominator', v.denominator, 'actualText', v.actual_text) as working
  from indicator_value v join reporting_period p on p.id = v.period_id`;
// Oldest period first; in a period the total, then the disaggregations.
const VALUE_ORDER = `order by p.start_date, v.dimension, v.category`;

const REVISION_COLUMNS = `r.id, r.project_id as "projectId", r.number, ${at('r.approved_at', 'approvedAt')}, r.reason`;

type RawNode = Omit<NodeRow, 'code' | 'depth'> & Partial<Pick<NodeRow, 'code' | 'depth'>>;

/** Numbers the nodes of each project: code and depth, once per project. */
function trees(rows: RawNode[]): Map<string, LogframeTree> {
  const byProject = groupBy(rows, (r) => r.projectId);
  const out = new Map<string, LogframeTree>();
  for (const [projectId, list] of byProject) {
    const nodes: NodeRow[] = [];
    walkTree(
      list,
      (n) => n.id,
      (n) => n.parentId,
      (n, code, depth) => {
        n.code = code;
        n.depth = depth;
        nodes.push(n as NodeRow);
      },
    );
    out.set(projectId, { nodes, byId: new Map(nodes.map((n) => [n.id, n])) });
  }
  return out;
}

const EMPTY_TREE: LogframeTree = { nodes: [], byId: new Map() };

type RawValue = Omit<ValueRow, 'period'> & { periodId: string; periodLabel: string; periodStart: string; periodEnd: string; period?: PeriodRow };

/** Gives each value its period, one shared object per period; the rows are kept as they come (no copies). */
function valueRows(raw: RawValue[]): ValueRow[] {
  const periods = new Map<string, PeriodRow>();
  for (const v of raw) {
    let period = periods.get(v.periodId);
    if (!period) periods.set(v.periodId, (period = { id: v.periodId, label: v.periodLabel, startDate: v.periodStart, endDate: v.periodEnd }));
    v.period = period;
  }
  return raw as unknown as ValueRow[];
}

export function logframeLoaders(reader: Reader) {
  return {
    /** The numbered tree of each project. */
    tree: new DataLoader<string, LogframeTree>(async (projectIds) => {
      const rows = await reader.rows<RawNode>(`select ${NODE_COLUMNS} from result_node n where n.project_id in ${IN_IDS} ${NODE_ORDER}`, [idList(projectIds)]);
      const byProject = trees(rows);
      return projectIds.map((id) => byProject.get(id) ?? EMPTY_TREE);
    }),
    indicatorsByNode: listLoader<IndicatorRow>(reader, `select ${INDICATOR_COLUMNS} from indicator i where i.node_id in $KEYS order by i.position, i.id`, (r) => r.nodeId),
    valuesByIndicator: new DataLoader<string, ValueRow[]>(async (indicatorIds) => {
      const rows = valueRows(await reader.rows<RawValue>(`${VALUE_SELECT} where v.indicator_id in ${IN_IDS} ${VALUE_ORDER}`, [idList(indicatorIds)]));
      const byIndicator = groupBy(rows, (r) => r.indicatorId);
      return indicatorIds.map((id) => byIndicator.get(id) ?? []);
    }),
    periodsByProject: listLoader<PeriodRow & { projectId: string }>(reader, `select ${PERIOD_COLUMNS} from reporting_period p where p.project_id in $KEYS order by p.start_date`, (r) => r.projectId),
    revisionsByProject: listLoader<RevisionRow>(reader, `select ${REVISION_COLUMNS} from logframe_revision r where r.project_id in $KEYS order by r.number desc`, (r) => r.projectId),
  };
}

export type LogframeLoaders = ReturnType<typeof logframeLoaders>;

/** One node with its code and depth, numbered within its project's tree. */
export async function getNode(reader: Reader, id: string): Promise<NodeRow> {
  const rows = await reader.rows<RawNode>(`select ${NODE_COLUMNS} from result_node n where n.project_id = (select project_id from result_node where id = ?) ${NODE_ORDER}`, [id]);
  const node = trees(rows).values().next().value?.byId.get(id);
  if (!node) throw new NotFound('Logframe node', id);
  return node;
}

/** The numbered tree of one project. */
export async function projectTree(reader: Reader, projectId: string): Promise<LogframeTree> {
  const rows = await reader.rows<RawNode>(`select ${NODE_COLUMNS} from result_node n where n.project_id = ? ${NODE_ORDER}`, [projectId]);
  return trees(rows).get(projectId) ?? EMPTY_TREE;
}

export async function getIndicator(reader: Reader, id: string): Promise<IndicatorRow> {
  const [row] = await reader.rows<IndicatorRow>(`select ${INDICATOR_COLUMNS} from indicator i where i.id = ?`, [id]);
  if (!row) throw new NotFound('Indicator', id);
  return row;
}

/** The indicators of a project, by position (the export puts them in the tree's order). */
export function projectIndicators(reader: Reader, projectId: string): Promise<IndicatorRow[]> {
  return reader.rows<IndicatorRow>(`select ${INDICATOR_COLUMNS} from indicator i where i.project_id = ? order by i.position, i.id`, [projectId]);
}

export function listPeriods(reader: Reader, projectId: string): Promise<PeriodRow[]> {
  return reader.rows<PeriodRow>(`select ${PERIOD_COLUMNS} from reporting_period p where p.project_id = ? order by p.start_date`, [projectId]);
}

/** The values of a project, oldest period first. */
export async function projectValues(reader: Reader, projectId: string): Promise<ValueRow[]> {
  return valueRows(await reader.rows<RawValue>(`${VALUE_SELECT} where v.project_id = ? ${VALUE_ORDER}`, [projectId]));
}

/** Values by id, in the order of `ids`. */
export async function valuesById(reader: Reader, ids: readonly string[]): Promise<ValueRow[]> {
  const rows = valueRows(await reader.rows<RawValue>(`${VALUE_SELECT} where v.id in ${IN_IDS}`, [idList(ids)]));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

export async function getRevision(reader: Reader, id: string): Promise<RevisionRow> {
  const [row] = await reader.rows<RevisionRow>(`select ${REVISION_COLUMNS} from logframe_revision r where r.id = ?`, [id]);
  if (!row) throw new NotFound('Logframe revision', id);
  return row;
}
