import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInput, NotFound } from '../common/errors.js';
import { Project } from '../project/project.entity.js';
import { Indicator } from './indicator.entity.js';
import { IndicatorValue, LogframeRevision } from './reporting.entity.js';
import { orderTree, projectNodes } from './tree.service.js';

export interface NodeSnapshot {
  id: string;
  code: string;
  parentId: string | null;
  level: string;
  statement: string;
  description: string;
  assumptions: string;
  responsibleOrganisationId: string | null;
  risks: unknown[];
}
export interface IndicatorSnapshot {
  id: string;
  nodeId: string;
  fields: Record<string, unknown>;
  /** `period label|dimension|category` → target. */
  targets: Record<string, number | string | null>;
}
export interface Snapshot {
  nodes: NodeSnapshot[];
  indicators: IndicatorSnapshot[];
}

const INDICATOR_FIELDS = ['title', 'definition', 'measure', 'unitLabel', 'direction', 'aggregation', 'baselineValue', 'baselineDate', 'meansOfVerification', 'dataSource', 'frequency', 'sensitive', 'sdgIndicator', 'dimensions'] as const;
const NODE_FIELDS = ['statement', 'description', 'assumptions', 'responsibleOrganisationId', 'risks', 'level'] as const;

/**
 * The logframe as it stands: nodes with their codes, indicators and their targets. It holds no actuals on purpose:
 * targets and definitions are not masked, so a snapshot and the diff of two snapshots read the same for everyone
 * who sees the project, and can never give away a small number that is masked for them (see figures.ts).
 */
export async function snapshotOf(em: EntityManager, projectId: string): Promise<Snapshot> {
  const tree = orderTree(await projectNodes(em, projectId));
  const indicators = await em.find(Indicator, { project: projectId }, { orderBy: { position: 'asc' } });
  const values = await em.find(IndicatorValue, { project: projectId }, { populate: ['period'] });
  return {
    nodes: tree.map(({ node: n, code }) => ({
      id: n.id,
      code,
      parentId: n.parent?.id ?? null,
      level: n.level,
      statement: n.statement,
      description: n.description,
      assumptions: n.assumptions,
      responsibleOrganisationId: n.responsibleOrganisation?.id ?? null,
      risks: n.risks,
    })),
    indicators: indicators.map((i) => ({
      id: i.id,
      nodeId: i.node.id,
      fields: Object.fromEntries(INDICATOR_FIELDS.map((f) => [f, i[f] ?? null])),
      targets: Object.fromEntries(
        values
          .filter((v) => v.indicator.id === i.id && (v.target != null || v.targetText != null))
          .map((v) => [`${v.period.getEntity().label}|${v.dimension}|${v.category}`, v.target ?? v.targetText ?? null]),
      ),
    })),
  };
}

export async function approveRevision(em: EntityManager, projectId: string, reason: string, userId: string | null): Promise<LogframeRevision> {
  if (!reason.trim()) throw new InvalidInput([{ field: 'reason', message: 'say why this version is approved, e.g. "Inception report"' }]);
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw new NotFound('Project', projectId, 'projectId');
    const snapshot = await snapshotOf(tx, projectId);
    if (!snapshot.nodes.length) throw new InvalidInput([{ field: 'projectId', message: 'the logframe is empty: there is nothing to approve' }]);
    const number = (await tx.count(LogframeRevision, { project })) + 1;
    const revision = tx.create(LogframeRevision, { project, number, reason: reason.trim(), approvedBy: userId, snapshot });
    await tx.flush();
    return revision;
  });
}

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}
export interface NodeChange {
  id: string;
  statement: string;
  fromCode: string | null;
  toCode: string | null;
  changes: FieldChange[];
}
export interface IndicatorChange {
  id: string;
  title: string;
  nodeCode: string | null;
  changes: FieldChange[];
}
export interface TargetChange {
  indicatorId: string;
  indicatorTitle: string;
  period: string;
  dimension: string;
  category: string;
  before: number | string | null;
  after: number | string | null;
}
export interface LogframeDiff {
  addedNodes: NodeChange[];
  removedNodes: NodeChange[];
  movedNodes: NodeChange[];
  changedNodes: NodeChange[];
  addedIndicators: IndicatorChange[];
  removedIndicators: IndicatorChange[];
  changedIndicators: IndicatorChange[];
  changedTargets: TargetChange[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function fieldChanges(before: Record<string, unknown>, after: Record<string, unknown>, fields: readonly string[]): FieldChange[] {
  return fields.filter((f) => !same(before[f], after[f])).map((f) => ({ field: f, before: before[f] ?? null, after: after[f] ?? null }));
}

/** What changed from one snapshot to another: nodes and indicators added, removed, moved or edited, and targets. */
export function diffSnapshots(from: Snapshot, to: Snapshot): LogframeDiff {
  const fromNodes = new Map(from.nodes.map((n) => [n.id, n]));
  const toNodes = new Map(to.nodes.map((n) => [n.id, n]));
  const codeIn = (s: Map<string, NodeSnapshot>, id: string) => s.get(id)?.code ?? null;
  const diff: LogframeDiff = { addedNodes: [], removedNodes: [], movedNodes: [], changedNodes: [], addedIndicators: [], removedIndicators: [], changedIndicators: [], changedTargets: [] };
  for (const n of to.nodes) {
    const old = fromNodes.get(n.id);
    const entry = { id: n.id, statement: n.statement, fromCode: old?.code ?? null, toCode: n.code, changes: [] as FieldChange[] };
    if (!old) diff.addedNodes.push(entry);
    else {
      if (old.parentId !== n.parentId || old.code !== n.code) diff.movedNodes.push(entry);
      const changes = fieldChanges(old as unknown as Record<string, unknown>, n as unknown as Record<string, unknown>, NODE_FIELDS);
      if (changes.length) diff.changedNodes.push({ ...entry, changes });
    }
  }
  for (const n of from.nodes) if (!toNodes.has(n.id)) diff.removedNodes.push({ id: n.id, statement: n.statement, fromCode: n.code, toCode: null, changes: [] });

  const fromIndicators = new Map(from.indicators.map((i) => [i.id, i]));
  const toIndicators = new Map(to.indicators.map((i) => [i.id, i]));
  for (const i of to.indicators) {
    const old = fromIndicators.get(i.id);
    const title = String(i.fields.title);
    if (!old) diff.addedIndicators.push({ id: i.id, title, nodeCode: codeIn(toNodes, i.nodeId), changes: [] });
    else {
      const changes = fieldChanges(old.fields, i.fields, INDICATOR_FIELDS);
      if (old.nodeId !== i.nodeId) changes.push({ field: 'node', before: codeIn(fromNodes, old.nodeId), after: codeIn(toNodes, i.nodeId) });
      if (changes.length) diff.changedIndicators.push({ id: i.id, title, nodeCode: codeIn(toNodes, i.nodeId), changes });
    }
    for (const k of new Set([...Object.keys(old?.targets ?? {}), ...Object.keys(i.targets)])) {
      const before = old?.targets[k] ?? null;
      const after = i.targets[k] ?? null;
      if (!same(before, after)) {
        const [period, dimension, category] = k.split('|');
        diff.changedTargets.push({ indicatorId: i.id, indicatorTitle: title, period, dimension, category, before, after });
      }
    }
  }
  for (const i of from.indicators) if (!toIndicators.has(i.id)) diff.removedIndicators.push({ id: i.id, title: String(i.fields.title), nodeCode: codeIn(fromNodes, i.nodeId), changes: [] });
  return diff;
}

/** Compares a revision with another one, or with the logframe as it stands today when `toId` is empty. */
export async function compareRevisions(em: EntityManager, projectId: string, fromId: string, toId?: string | null): Promise<LogframeDiff> {
  const load = async (id: string) => {
    const r = await em.findOne(LogframeRevision, { id, project: projectId });
    if (!r) throw new NotFound('Logframe revision', id);
    return r.snapshot as Snapshot;
  };
  return diffSnapshots(await load(fromId), toId ? await load(toId) : await snapshotOf(em, projectId));
}
