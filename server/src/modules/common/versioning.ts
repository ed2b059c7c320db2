import { wrap } from '@mikro-orm/core';
import { Conflict } from './errors.js';

/**
 * Refuses an update based on an older version of the record, so that an edit made in the meantime
 * is never silently overwritten. The client gets the current version to reload from.
 */
export function assertVersion(record: { version: number }, expected: number | null | undefined, what: string, current?: () => object): void {
  if (expected != null && record.version !== expected) {
    throw new Conflict(`The ${what} was changed by someone else (now version ${record.version}, you edited version ${expected}). Reload it and apply your change again.`, [], {
      currentVersion: record.version,
      ...(current ? { current: wrap(current()).toObject() } : {}),
    });
  }
}

/** Escapes LIKE wildcards in user text so that a search for "100%" finds "100%". */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
