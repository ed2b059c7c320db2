/** A CONFLICT answer: someone saved the record after you read it. The API sends the record as it is now. */
export interface ConflictInfo {
  message: string;
  currentVersion: number | null;
  current: Record<string, unknown>;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export function conflictOf(error: unknown): ConflictInfo | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { graphQLErrors?: GraphQLErrorLike[]; errors?: GraphQLErrorLike[] };
  const found = (e.graphQLErrors?.length ? e.graphQLErrors : (e.errors ?? [])).find((x) => x.extensions?.code === 'CONFLICT');
  if (!found) return null;
  const ext = found.extensions ?? {};
  const current = ext.current && typeof ext.current === 'object' ? (ext.current as Record<string, unknown>) : {};
  const version = typeof ext.currentVersion === 'number' ? ext.currentVersion : typeof current.version === 'number' ? current.version : null;
  return { message: found.message, currentVersion: version, current };
}

/** One value of a batch that someone else saved after it was read: where it is, and what it holds now. */
export interface ValueConflict {
  /** The position of the refused input in the batch sent. */
  index: number;
  periodLabel: string | null;
  dimension: string;
  category: string;
  currentVersion: number | null;
  current: Record<string, unknown>;
}

/**
 * A CONFLICT answer to a batch of values. `conflicts` lists every refused input; it is empty when the
 * server only says the cells are busy right now, which is worth trying again as it is.
 */
export function valueConflictsOf(error: unknown): { message: string; conflicts: ValueConflict[] } | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { graphQLErrors?: GraphQLErrorLike[]; errors?: GraphQLErrorLike[] };
  const found = (e.graphQLErrors?.length ? e.graphQLErrors : (e.errors ?? [])).find((x) => x.extensions?.code === 'CONFLICT');
  if (!found) return null;
  const ext = found.extensions ?? {};
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const obj = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
  if (Array.isArray(ext.conflicts)) {
    const conflicts = (ext.conflicts as Record<string, unknown>[])
      .filter((c) => typeof c?.index === 'number')
      .map((c) => ({ index: c.index as number, periodLabel: str(c.periodLabel) || null, dimension: str(c.dimension), category: str(c.category), currentVersion: num(c.currentVersion), current: obj(c.current) }));
    return { message: found.message, conflicts };
  }
  // An older answer names only the first refused input: by its field path, with its current state beside.
  const fields = Array.isArray(ext.fields) ? (ext.fields as { field?: unknown }[]) : [];
  const index = fields.map((f) => /^values\.(\d+)\.version$/.exec(str(f.field))?.[1]).find((i) => i !== undefined);
  if (index === undefined || !ext.current) return { message: found.message, conflicts: [] };
  return { message: found.message, conflicts: [{ index: Number(index), periodLabel: null, dimension: '', category: '', currentVersion: num(ext.currentVersion), current: obj(ext.current) }] };
}
