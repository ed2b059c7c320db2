import { ref, type Ref } from 'vue';
import { conflictOf } from './conflict';

/**
 * What a form does when its save met someone else's change (CONFLICT): read the record again and put the
 * user's own changes back on top, so nothing has to be retyped and nothing of theirs is overwritten
 * unseen. The user reviews the result and saves again, now against the current version.
 *
 * A change is a field whose value differs from what the form was filled with; fields are compared whole
 * (a list of risks or dimensions is one field).
 */
export interface Reapplied<T> {
  values: T;
  /** The fields the user changed, now applied over the current record. */
  mine: (keyof T & string)[];
  /** The fields the other person changed. */
  theirs: (keyof T & string)[];
  /** Fields both changed, to different values: the user's value is kept, and they should look. */
  both: (keyof T & string)[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export function changedFields<T extends object>(from: T, to: T): (keyof T & string)[] {
  return (Object.keys(to) as (keyof T & string)[]).filter((k) => !same(from[k], to[k]));
}

export function reapply<T extends object>(current: T, read: T, mine: T): Reapplied<T> {
  const changed = changedFields(read, mine);
  const theirs = changedFields(read, current);
  const values = copy(current);
  for (const k of changed) values[k] = copy(mine[k]);
  return { values, mine: changed, theirs, both: changed.filter((k) => theirs.includes(k) && !same(current[k], mine[k])) };
}

/**
 * The state behind a form that saves with a version: what it was filled with, the version, the conflict
 * when a save was refused, and the note after a reload. `reload` reads the record as it is now (null when
 * it is gone).
 */
export function useReloadAndReapply<T extends object>(values: Ref<T>, reload: () => Promise<{ form: T; version: number } | null>, describe: (field: string) => string) {
  const read = ref(null) as Ref<T | null>;
  const version = ref<number | null>(null);
  /** Set when a save was refused; `detail` says more when the reload could not help. */
  const conflict = ref<{ detail: string } | null>(null);
  const note = ref<string | null>(null);
  const reloading = ref(false);

  function load(form: T, v: number | null) {
    values.value = copy(form);
    read.value = copy(form);
    version.value = v;
    conflict.value = null;
    note.value = null;
  }

  /** Call with the error of a refused save: true (and the conflict shown) when it was a CONFLICT. */
  function refused(error: unknown): boolean {
    if (!conflictOf(error)) return false;
    conflict.value = { detail: '' };
    note.value = null;
    return true;
  }

  const dirty = () => !!read.value && !same(values.value, read.value);
  /** After a successful save: what is in the form is what is stored. */
  const saved = () => (read.value = copy(values.value));

  const list = (fields: string[]) => fields.map(describe).join(', ');

  async function run(keepMine: boolean) {
    reloading.value = true;
    try {
      const fresh = await reload();
      if (!fresh) {
        conflict.value = { detail: 'It was deleted by someone else meanwhile: there is nothing to save it over.' };
        return;
      }
      const r = reapply(fresh.form, read.value ?? fresh.form, values.value);
      load(keepMine ? r.values : fresh.form, fresh.version);
      read.value = copy(fresh.form);
      const theirs = r.theirs.length ? `They changed ${list(r.theirs)}.` : 'They changed nothing you can edit here.';
      note.value = keepMine
        ? [theirs, r.mine.length ? `Your changes to ${list(r.mine)} are applied on top; review and save.` : 'You had changed nothing.', r.both.length ? `You both changed ${list(r.both)}: yours is shown.` : '']
            .filter(Boolean)
            .join(' ')
        : `${theirs} Your changes were dropped.`;
    } finally {
      reloading.value = false;
    }
  }

  return {
    version,
    conflict,
    note,
    reloading,
    load,
    refused,
    dirty,
    saved,
    reloadAndReapply: () => run(true),
    takeTheirs: () => run(false),
  };
}
