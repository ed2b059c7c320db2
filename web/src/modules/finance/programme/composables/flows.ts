/** The money flow as a Sankey can draw it: a Sankey has no cycles, so an edge that would close one is set aside. */

export interface Flow {
  source: string;
  target: string;
  amount: string;
}

export interface DrawableFlows {
  nodes: string[];
  drawn: Flow[];
  /** Edges left out of the chart because they would loop back; the table still lists them. */
  looped: Flow[];
}

function reaches(edges: Map<string, Set<string>>, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === to) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    for (const next of edges.get(node) ?? []) stack.push(next);
  }
  return false;
}

/** Compares two non-negative decimal strings without a float, so the largest flows win exactly. */
export function compareDecimal(a: string, b: string): number {
  const [ai, af = ''] = a.replace(/^-/, '').split('.');
  const [bi, bf = ''] = b.replace(/^-/, '').split('.');
  const aw = ai.replace(/^0+/, '');
  const bw = bi.replace(/^0+/, '');
  if (aw.length !== bw.length) return aw.length - bw.length;
  if (aw !== bw) return aw < bw ? -1 : 1;
  const width = Math.max(af.length, bf.length);
  const x = af.padEnd(width, '0');
  const y = bf.padEnd(width, '0');
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * Keeps the larger flows first: when two edges make a loop, the smaller one is the one set aside, so the
 * picture shows where most of the money went. Zero and negative flows have no width to draw.
 */
export function drawableFlows(flows: readonly Flow[]): DrawableFlows {
  const edges = new Map<string, Set<string>>();
  const drawn: Flow[] = [];
  const looped: Flow[] = [];
  const ordered = [...flows].sort((a, b) => compareDecimal(b.amount, a.amount));
  for (const flow of ordered) {
    if (!/[1-9]/.test(flow.amount) || flow.amount.trim().startsWith('-')) continue;
    if (flow.source === flow.target || reaches(edges, flow.target, flow.source)) {
      looped.push(flow);
      continue;
    }
    if (!edges.has(flow.source)) edges.set(flow.source, new Set());
    edges.get(flow.source)!.add(flow.target);
    drawn.push(flow);
  }
  const nodes = [...new Set(drawn.flatMap((f) => [f.source, f.target]))];
  return { nodes, drawn, looped };
}
