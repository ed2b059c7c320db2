import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import { InvalidInput, NotFound, Problems } from '../common/errors.js';
import { assertVersion } from '../common/versioning.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from '../project/project.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { LEVELS, ResultLevel, ResultNode } from './result-node.entity.js';
import { Indicator } from './indicator.entity.js';
import type { ResultNodeInput, ResultNodePatch } from './logframe.inputs.js';

const depthOf = (level: ResultLevel) => LEVELS.indexOf(level);

/**
 * Walks a tree depth first, giving each node its code and depth. `nodes` come in sibling order (by position, then
 * creation): a node's code is its place among its siblings, after its parent's code. Nodes under no reachable
 * parent are left out.
 */
export function walkTree<T>(nodes: readonly T[], idOf: (n: T) => string, parentOf: (n: T) => string | null, visit: (n: T, code: string, depth: number) => void): void {
  const children = new Map<string | null, T[]>();
  for (const n of nodes) {
    const key = parentOf(n);
    const list = children.get(key);
    if (list) list.push(n);
    else children.set(key, [n]);
  }
  const walk = (parent: string | null, prefix: string, depth: number) => {
    (children.get(parent) ?? []).forEach((n, i) => {
      const code = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      visit(n, code, depth);
      walk(idOf(n), code, depth + 1);
    });
  };
  walk(null, '', 0);
}

/** The nodes of a project in reading order (depth first, by position), each with its code and depth. */
export function orderTree(nodes: ResultNode[]): { node: ResultNode; code: string; depth: number }[] {
  const sorted = [...nodes].sort((a, b) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime());
  const out: { node: ResultNode; code: string; depth: number }[] = [];
  walkTree(
    sorted,
    (n) => n.id,
    (n) => n.parent?.id ?? null,
    (node, code, depth) => out.push({ node, code, depth }),
  );
  return out;
}

export function projectNodes(em: EntityManager, projectId: string): Promise<ResultNode[]> {
  return em.find(ResultNode, { project: projectId }, { orderBy: { position: 'asc' } });
}

/** A node; `forUpdate` locks its row until the transaction ends, so concurrent edits of it queue up and the later one sees the new version. */
export async function getNode(em: EntityManager, id: string, forUpdate = false): Promise<ResultNode> {
  const node = await em.findOne(ResultNode, { id }, forUpdate ? { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true } : {});
  if (!node) throw new NotFound('Logframe node', id);
  return node;
}

async function checkResponsible(em: EntityManager, problems: Problems, projectId: string, organisationId: string | null | undefined): Promise<void> {
  if (!organisationId) return;
  const takesPart = await em.count(Participation, { project: projectId, organisation: organisationId });
  if (!takesPart) problems.add('responsibleOrganisationId', 'the responsible organisation must take part in the project');
}

/** Puts the siblings in the given order and numbers their positions 0, 1, 2 … */
function renumber(siblings: ResultNode[]): void {
  siblings.forEach((s, i) => {
    if (s.position !== i) s.position = i;
  });
}

async function siblingsOf(em: EntityManager, projectId: string, parentId: string | null): Promise<ResultNode[]> {
  return em.find(ResultNode, { project: projectId, parent: parentId }, { orderBy: { position: 'asc', createdAt: 'asc' } });
}

export async function addNode(em: EntityManager, input: ResultNodeInput): Promise<ResultNode> {
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: input.projectId });
    if (!project) throw new NotFound('Project', input.projectId, 'projectId');
    const parent = input.parentId ? await tx.findOne(ResultNode, { id: input.parentId, project }) : null;
    if (input.parentId && !parent) throw new NotFound('Logframe node', input.parentId, 'parentId');
    const problems = new Problems();
    let level = input.level ?? (parent ? LEVELS[depthOf(parent.level) + 1] : ResultLevel.IMPACT);
    if (parent) {
      if (parent.level === ResultLevel.ACTIVITY) problems.add('parentId', 'an activity is the lowest level: it cannot have children');
      else if (input.level && depthOf(input.level) !== depthOf(parent.level) + 1) problems.add('level', `a child of an ${parent.level.toLowerCase()} is an ${LEVELS[depthOf(parent.level) + 1].toLowerCase()}`);
      level = LEVELS[depthOf(parent.level) + 1] ?? level;
    } else if (![ResultLevel.IMPACT, ResultLevel.OUTCOME].includes(level)) {
      problems.add('level', 'a top node is an impact or an outcome');
    }
    await checkResponsible(tx, problems, project.id, input.responsibleOrganisationId);
    problems.throwIfAny();
    const siblings = await siblingsOf(tx, project.id, parent?.id ?? null);
    const node = tx.create(ResultNode, {
      project,
      parent,
      level,
      position: siblings.length,
      statement: input.statement.trim(),
      description: input.description,
      assumptions: input.assumptions,
      risks: input.risks.map((r) => ({ ...r })),
      responsibleOrganisation: input.responsibleOrganisationId ? tx.getReference(Organisation, input.responsibleOrganisationId) : null,
    });
    const at = Math.min(Math.max(input.position ?? siblings.length, 0), siblings.length);
    renumber([...siblings.slice(0, at), node, ...siblings.slice(at)]);
    await tx.flush();
    return node;
  });
}

export async function updateNode(em: EntityManager, id: string, patch: ResultNodePatch, version?: number | null): Promise<ResultNode> {
  return em.transactional(async (tx) => {
    const node = await getNode(tx, id, true);
    assertVersion(node, version, 'logframe node', () => node);
    const problems = new Problems();
    if (patch.statement !== undefined && !patch.statement.trim()) problems.add('statement', 'a statement is required');
    await checkResponsible(tx, problems, node.project.id, patch.responsibleOrganisationId);
    problems.throwIfAny();
    if (patch.statement !== undefined) node.statement = patch.statement.trim();
    if (patch.description !== undefined) node.description = patch.description;
    if (patch.assumptions !== undefined) node.assumptions = patch.assumptions;
    if (patch.risks !== undefined) node.risks = patch.risks.map((r) => ({ ...r }));
    if (patch.responsibleOrganisationId !== undefined) {
      node.responsibleOrganisation = patch.responsibleOrganisationId ? tx.getReference(Organisation, patch.responsibleOrganisationId, { wrapped: true }) : null;
    }
    await tx.flush();
    return node;
  });
}

/** Deletes a node with its whole subtree and their indicators and values; returns the ids removed. */
export async function deleteNode(em: EntityManager, id: string, version?: number | null): Promise<string[]> {
  return em.transactional(async (tx) => {
    const node = await getNode(tx, id, true);
    assertVersion(node, version, 'logframe node', () => node);
    const all = await projectNodes(tx, node.project.id);
    const doomed = new Set([node.id]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const n of all) if (n.parent && doomed.has(n.parent.id) && !doomed.has(n.id)) doomed.add(n.id), (grew = true);
    }
    // Removed one by one, deepest first, so that every removal is recorded in the audit trail.
    const ordered = orderTree(all).filter((x) => doomed.has(x.node.id)).reverse();
    const indicators = await tx.find(Indicator, { node: { $in: [...doomed] } });
    indicators.forEach((i) => tx.remove(i));
    ordered.forEach((x) => tx.remove(x.node));
    renumber((await siblingsOf(tx, node.project.id, node.parent?.id ?? null)).filter((s) => s.id !== node.id));
    await tx.flush();
    return ordered.map((x) => x.node.id);
  });
}

/**
 * Moves a node under another parent (or to the top) at a position. Its level becomes one below the new
 * parent, and its subtree shifts with it; a move that would push a node below activity level, or turn a
 * node with indicators into an activity, is refused.
 */
export async function moveNode(em: EntityManager, id: string, parentId: string | null, position: number, version?: number | null): Promise<ResultNode> {
  return em.transactional(async (tx) => {
    const node = await getNode(tx, id, true);
    assertVersion(node, version, 'logframe node', () => node);
    const all = await projectNodes(tx, node.project.id);
    const byId = new Map(all.map((n) => [n.id, n]));
    const parent = parentId ? byId.get(parentId) : null;
    if (parentId && !parent) throw new NotFound('Logframe node', parentId, 'parentId');
    for (let up = parent; up; up = up.parent ? byId.get(up.parent.id) : undefined) {
      if (up.id === node.id) throw new InvalidInput([{ field: 'parentId', message: 'a node cannot move into its own subtree' }]);
    }
    const newLevel = parent ? LEVELS[depthOf(parent.level) + 1] : depthOf(node.level) <= 1 ? node.level : ResultLevel.OUTCOME;
    const shift = (newLevel ? depthOf(newLevel) : LEVELS.length) - depthOf(node.level);
    const subtree = orderTree(all).filter((x) => {
      for (let up: ResultNode | undefined = x.node; up; up = up.parent ? byId.get(up.parent.id) : undefined) if (up.id === node.id) return true;
      return false;
    });
    const withIndicators = new Set((await tx.find(Indicator, { node: { $in: subtree.map((x) => x.node.id) } }, { fields: ['node'] })).map((i) => i.node.id));
    for (const { node: n } of subtree) {
      const level = LEVELS[depthOf(n.level) + shift];
      if (!level) throw new InvalidInput([{ field: 'parentId', message: `moving here would put "${n.statement}" below activity level` }]);
      if (level === ResultLevel.ACTIVITY && withIndicators.has(n.id)) throw new InvalidInput([{ field: 'parentId', message: `"${n.statement}" has indicators, and activities cannot have any` }]);
    }
    for (const { node: n } of subtree) n.level = LEVELS[depthOf(n.level) + shift];
    const oldParent = node.parent?.id ?? null;
    node.parent = parent ? tx.getReference(ResultNode, parent.id, { wrapped: true }) : null;
    const oldSiblings = all.filter((n) => (n.parent?.id ?? null) === oldParent && n.id !== node.id).sort((a, b) => a.position - b.position);
    renumber(oldSiblings);
    const newSiblings = all.filter((n) => (n.parent?.id ?? null) === (parent?.id ?? null) && n.id !== node.id).sort((a, b) => a.position - b.position);
    const at = Math.min(Math.max(position, 0), newSiblings.length);
    renumber([...newSiblings.slice(0, at), node, ...newSiblings.slice(at)]);
    await tx.flush();
    return node;
  });
}
