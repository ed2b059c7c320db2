import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * The names of the fields a client asked for under the field being resolved, or under `path` inside it
 * (`['items']` for a page), with fragments expanded. A read uses it to put the lists a response needs into the
 * rows it reads, so that a page is one statement instead of one per relation.
 */
export function selected(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  for (const name of path) sets = fields(info, sets).flatMap((f) => (f.name.value === name && f.selectionSet ? [f.selectionSet] : []));
  return new Set(fields(info, sets).map((f) => f.name.value));
}

function fields(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === 'Field') out.push(s);
      else if (s.kind === 'InlineFragment') visit(s.selectionSet);
      else {
        const fragment = info.fragments[s.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return out;
}
