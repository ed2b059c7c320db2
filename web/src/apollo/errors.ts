/**
 * Turns what the API refuses into what a form shows: one message per field, keyed by the input path the
 * server names (`title`, `recipientCountries.1.country`, `sectors`), and a summary for the top of the form.
 */
export type FieldErrors = Record<string, string[]>;

export interface FormErrors {
  /** The message for the top of the form. */
  summary: string;
  /** Messages per input path. */
  fields: FieldErrors;
  /** BAD_USER_INPUT, NOT_FOUND, CONFLICT … or NETWORK when the server could not be reached. */
  code: string;
}

interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: unknown; fields?: unknown } | null;
}

/**
 * The GraphQL errors of a failed request. A refusal sent with an HTTP error status (401 for a missing
 * session) reaches Apollo as a network error whose body still holds them.
 */
function graphQLErrorsOf(error: unknown): GraphQLErrorLike[] {
  if (!error || typeof error !== 'object') return [];
  const e = error as { graphQLErrors?: GraphQLErrorLike[]; errors?: GraphQLErrorLike[]; networkError?: { result?: unknown } | null; result?: unknown };
  if (e.graphQLErrors?.length) return e.graphQLErrors;
  if (e.errors?.length) return e.errors;
  const body = (e.networkError?.result ?? e.result) as { errors?: unknown } | string | undefined;
  return body && typeof body === 'object' && Array.isArray(body.errors) ? (body.errors as GraphQLErrorLike[]) : [];
}

/** The `extensions.code` of every error in a failed request. */
export function errorCodes(error: unknown): string[] {
  return graphQLErrorsOf(error)
    .map((e) => e.extensions?.code)
    .filter((c): c is string => typeof c === 'string');
}

export function addFieldError(fields: FieldErrors, field: string, message: string): void {
  (fields[field] ??= []).push(message);
}

export function toFormErrors(error: unknown): FormErrors {
  const errors = graphQLErrorsOf(error);
  if (!errors.length) {
    const offline = error && typeof error === 'object' && 'networkError' in error && (error as { networkError: unknown }).networkError;
    return {
      code: offline ? 'NETWORK' : 'UNKNOWN',
      summary: offline ? 'The server could not be reached. Your changes are still here; try again in a moment.' : 'Something went wrong. Your changes are still here; try again.',
      fields: {},
    };
  }
  const fields: FieldErrors = {};
  for (const e of errors) {
    const list = Array.isArray(e.extensions?.fields) ? (e.extensions.fields as { field?: unknown; message?: unknown }[]) : [];
    for (const f of list) if (typeof f.field === 'string' && typeof f.message === 'string') addFieldError(fields, f.field, f.message);
  }
  const code = typeof errors[0].extensions?.code === 'string' ? errors[0].extensions.code : 'UNKNOWN';
  const summary =
    code === 'BAD_USER_INPUT' && Object.keys(fields).length
      ? 'Some fields need attention before this can be saved.'
      : code === 'INTERNAL_SERVER_ERROR'
        ? 'The server could not save this. Your changes are still here; try again.'
        : errors[0].message;
  return { code, summary, fields };
}

/** The DOM id of the control for an input path: `recipientCountries.1.country` → `f-recipientCountries-1-country`. */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
}

export function errorId(path: string): string {
  return `${fieldId(path)}-error`;
}

/** True when the error is a NOT_FOUND answer, so a page can say "not found" instead of "failed". */
export function isNotFound(error: unknown): boolean {
  return graphQLErrorsOf(error).some((e) => e.extensions?.code === 'NOT_FOUND');
}

/**
 * Names an input path for the error summary: with `{ recipientCountries: 'Recipient countries',
 * 'recipientCountries.country': 'country' }`, `recipientCountries.1.country` reads "Recipient countries, row 2, country".
 */
export function describeFieldWith(labels: Record<string, string>): (path: string) => string {
  return (path) => {
    const [head, index, sub] = path.split('.');
    const base = labels[head] ?? head;
    if (index === undefined || !/^\d+$/.test(index)) return base;
    const row = `row ${Number(index) + 1}`;
    return sub ? `${base}, ${row}, ${labels[`${head}.${sub}`] ?? sub}` : `${base}, ${row}`;
  };
}

/** For a RATE_LIMITED answer: how many seconds to wait before trying again. */
export function retryAfterSeconds(error: unknown): number | null {
  for (const e of graphQLErrorsOf(error)) {
    const ext = e.extensions as { code?: unknown; retryAfterSeconds?: unknown } | null | undefined;
    if (ext?.code === 'RATE_LIMITED' && typeof ext.retryAfterSeconds === 'number') return ext.retryAfterSeconds;
  }
  return null;
}
