/**
 * The results chain as the outline edits it. The API gives the nodes in reading order with their parent and
 * position; these functions work out siblings, subtrees and where a move puts a node, in the API's terms.
 */
import type { ResultLevel } from '../../../gql/graphql';

export interface TreeNode {
  id: string;
  parentId?: string | null;
  position: number;
  depth: number;
  level: ResultLevel;
  indicators: readonly unknown[];
}

export const LEVELS: ResultLevel[] = ['IMPACT', 'OUTCOME', 'OUTPUT', 'ACTIVITY'];

export const LEVEL_NAMES: Record<ResultLevel, string> = { IMPACT: 'Impact', OUTCOME: 'Outcome', OUTPUT: 'Output', ACTIVITY: 'Activity' };

/** The level one below, or null under an activity, which is the lowest. */
export function childLevel(level: ResultLevel): ResultLevel | null {
  return LEVELS[LEVELS.indexOf(level) + 1] ?? null;
}

export function siblingsOf<T extends TreeNode>(nodes: readonly T[], node: T): T[] {
  return nodes.filter((n) => (n.parentId ?? null) === (node.parentId ?? null)).sort((a, b) => a.position - b.position);
}

export function childrenOf<T extends TreeNode>(nodes: readonly T[], id: string): T[] {
  return nodes.filter((n) => n.parentId === id).sort((a, b) => a.position - b.position);
}

/** The node and everything below it, in reading order (the nodes come in reading order already). */
export function subtreeOf<T extends TreeNode>(nodes: readonly T[], node: T): T[] {
  const start = nodes.indexOf(node);
  if (start < 0) return [];
  let end = start + 1;
  while (end < nodes.length && nodes[end].depth > node.depth) end++;
  return nodes.slice(start, end);
}

export interface Move {
  parentId: string | null;
  position: number;
}

export type MoveKind = 'up' | 'down' | 'indent' | 'outdent';

/**
 * Where a move puts a node, or null when it cannot go there: up and down swap it with a sibling; indent makes
 * it the last child of the sibling before it; outdent puts it after its parent, among the parent's siblings.
 * Levels follow the new parent, so a move that would push the subtree below activity level is refused here
 * as the server would refuse it.
 */
export function moveTarget<T extends TreeNode>(nodes: readonly T[], node: T, kind: MoveKind): Move | null {
  const siblings = siblingsOf(nodes, node);
  const index = siblings.indexOf(node);
  const parentId = node.parentId ?? null;
  if (kind === 'up') return index > 0 ? { parentId, position: index - 1 } : null;
  if (kind === 'down') return index < siblings.length - 1 ? { parentId, position: index + 1 } : null;
  if (kind === 'indent') {
    const previous = siblings[index - 1];
    if (!previous) return null;
    const deepest = Math.max(...subtreeOf(nodes, node).map((n) => LEVELS.indexOf(n.level)));
    if (deepest + 1 >= LEVELS.length) return null;
    // An indicator cannot sit on an activity.
    if (subtreeOf(nodes, node).some((n) => LEVELS.indexOf(n.level) + 1 === LEVELS.length - 1 && n.indicators.length)) return null;
    return { parentId: previous.id, position: childrenOf(nodes, previous.id).length };
  }
  if (!parentId) return null;
  const parent = nodes.find((n) => n.id === parentId);
  if (!parent) return null;
  return { parentId: parent.parentId ?? null, position: parent.position + 1 };
}

/** Words for the confirmation before a delete: how much goes with the node. */
export function deletionSummary<T extends TreeNode>(nodes: readonly T[], node: T): { nodes: number; indicators: number; text: string } {
  const doomed = subtreeOf(nodes, node);
  const indicators = doomed.reduce((sum, n) => sum + n.indicators.length, 0);
  const below = doomed.length - 1;
  const parts = [below ? `${doomed.length} nodes: this one and ${below} below it` : '1 node: this one'];
  if (indicators) parts.push(`${indicators} ${indicators === 1 ? 'indicator' : 'indicators'} with their targets and actuals`);
  return { nodes: doomed.length, indicators, text: `This deletes ${parts.join(', and ')}.` };
}
