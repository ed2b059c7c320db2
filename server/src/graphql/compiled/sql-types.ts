/**
 * How the types of the schema read as SQL, for compiled reads (see compile.ts): each field of a type as an
 * expression on the type's row, or as the related rows of another type. A type or field missing here is not
 * compiled: its queries are answered by the resolvers, as before.
 *
 * In these expressions `t` is the row of the type (a fresh alias per use), `r` the related row, and `c` the
 * caller's row (visibility.ts CALLER_COLUMNS), which every compiled statement has.
 */
export type SqlField =
  | { kind: 'value'; sql: (t: string) => string }
  | { kind: 'one'; type: string; from: (t: string, r: string) => string }
  | { kind: 'many'; type: string; from: (t: string, r: string) => string; order: (r: string) => string };

export type SqlFields = Record<string, SqlField>;

export const value = (sql: (t: string) => string): SqlField => ({ kind: 'value', sql });
export const column = (name: string): SqlField => value((t) => `${t}.${name}`);
/** At most one row of `type`; null when there is none. */
export const one = (type: string, from: (t: string, r: string) => string): SqlField => ({ kind: 'one', type, from });
/** A list of rows of `type`, in `order`; empty when there are none. */
export const many = (type: string, from: (t: string, r: string) => string, order: (r: string) => string): SqlField => ({ kind: 'many', type, from, order });

/** A timestamp as the DateTime scalar writes it: ISO 8601 in UTC with milliseconds, as JavaScript's toISOString. */
export const isoTime = (sql: string) => `to_char(${sql} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The name of an IATI code, or the code itself when its list does not know it (as CodeNames.name). */
export const codeName = (list: string, code: string) => `coalesce((select e.name from codelist_entry e where e.list = ${list} and e.code = ${code}), ${code})`;

/** The bookkeeping fields of a tracked record (common/timestamps.ts). */
export const TRACKED: SqlFields = {
  createdAt: value((t) => isoTime(`${t}.created_at`)),
  updatedAt: value((t) => isoTime(`${t}.updated_at`)),
  archivedAt: value((t) => isoTime(`${t}.archived_at`)),
  version: column('version'),
};
