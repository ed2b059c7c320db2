import { describe, expect, it } from 'vitest';
import { deletionSummary, moveTarget, type TreeNode } from '../../web/src/modules/logframe/composables/tree';

type N = TreeNode & { code: string };
const n = (id: string, code: string, parentId: string | null, position: number, level: N['level'], indicators = 0): N => ({
  id,
  code,
  parentId,
  position,
  depth: code.split('.').length - 1,
  level,
  indicators: Array.from({ length: indicators }),
});

// Reading order, as the API gives it.
const nodes: N[] = [
  n('imp', '1', null, 0, 'IMPACT', 1),
  n('oc1', '1.1', 'imp', 0, 'OUTCOME', 1),
  n('op1', '1.1.1', 'oc1', 0, 'OUTPUT', 1),
  n('a1', '1.1.1.1', 'op1', 0, 'ACTIVITY'),
  n('op2', '1.1.2', 'oc1', 1, 'OUTPUT'),
  n('oc2', '1.2', 'imp', 1, 'OUTCOME', 2),
];
const byId = (id: string) => nodes.find((x) => x.id === id)!;

describe('moves in the outline', () => {
  it('moves up and down among siblings, and not past the ends', () => {
    expect(moveTarget(nodes, byId('op2'), 'up')).toEqual({ parentId: 'oc1', position: 0 });
    expect(moveTarget(nodes, byId('op1'), 'down')).toEqual({ parentId: 'oc1', position: 1 });
    expect(moveTarget(nodes, byId('op1'), 'up')).toBeNull();
    expect(moveTarget(nodes, byId('oc2'), 'down')).toBeNull();
  });

  it('indents under the sibling before, as its last child', () => {
    expect(moveTarget(nodes, byId('op2'), 'indent')).toEqual({ parentId: 'op1', position: 1 });
    expect(moveTarget(nodes, byId('oc2'), 'indent')).toEqual({ parentId: 'oc1', position: 2 });
    expect(moveTarget(nodes, byId('op1'), 'indent')).toBeNull();
  });

  it('refuses an indent that would push a subtree below activity level or put indicators on an activity', () => {
    const withIndicator = nodes.map((x) => (x.id === 'op2' ? { ...x, indicators: [{}] } : x));
    expect(moveTarget(withIndicator, withIndicator.find((x) => x.id === 'op2')!, 'indent')).toBeNull();
    const withChild = [...nodes.slice(0, 5), n('a2', '1.1.2.1', 'op2', 0, 'ACTIVITY'), nodes[5]];
    expect(moveTarget(withChild, withChild.find((x) => x.id === 'op2')!, 'indent')).toBeNull();
  });

  it('outdents to after its parent, and not from the top', () => {
    expect(moveTarget(nodes, byId('op2'), 'outdent')).toEqual({ parentId: 'imp', position: 1 });
    expect(moveTarget(nodes, byId('oc1'), 'outdent')).toEqual({ parentId: null, position: 1 });
    expect(moveTarget(nodes, byId('imp'), 'outdent')).toBeNull();
  });
});

describe('the words before a delete', () => {
  it('counts the nodes and indicators that go with a node', () => {
    expect(deletionSummary(nodes, byId('oc1'))).toEqual({ nodes: 4, indicators: 2, text: 'This deletes 4 nodes: this one and 3 below it, and 2 indicators with their targets and actuals.' });
    expect(deletionSummary(nodes, byId('a1')).text).toBe('This deletes 1 node: this one.');
  });
});
