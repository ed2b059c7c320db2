import { computed, ref } from 'vue';
import { toFormErrors, type FieldErrors, type FormErrors } from '../../apollo/errors';

/**
 * The state every form shares: its errors (from checks made here or from the API) and whether a save
 * is under way. The user's input lives in the form and is never reset by a failed save.
 */
export function useFormState() {
  const errors = ref<FormErrors | null>(null);
  const saving = ref(false);

  async function save<T>(localProblems: FieldErrors, action: () => Promise<T>): Promise<T | undefined> {
    if (Object.keys(localProblems).length) {
      errors.value = { code: 'BAD_USER_INPUT', summary: 'Some fields need attention before this can be saved.', fields: localProblems };
      return undefined;
    }
    saving.value = true;
    try {
      const result = await action();
      errors.value = null;
      return result;
    } catch (e) {
      errors.value = toFormErrors(e);
      return undefined;
    } finally {
      saving.value = false;
    }
  }

  return { errors, saving, save, fields: computed<FieldErrors>(() => errors.value?.fields ?? {}), clear: () => (errors.value = null) };
}

/**
 * Checks only what the API cannot answer with a field message: a missing required value makes the
 * request itself invalid. Everything else (totals, dates in order, codes) is left to the server's rules.
 */
export function missing(checks: [path: string, present: unknown, message: string][]): FieldErrors {
  const fields: FieldErrors = {};
  for (const [path, present, message] of checks) {
    const empty = present === null || present === undefined || (typeof present === 'string' && !present.trim()) || (typeof present === 'number' && Number.isNaN(present));
    if (empty) (fields[path] ??= []).push(message);
  }
  return fields;
}
