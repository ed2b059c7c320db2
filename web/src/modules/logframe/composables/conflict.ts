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
