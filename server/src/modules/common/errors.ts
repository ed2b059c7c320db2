/**
 * Domain errors. Services throw these; the GraphQL layer turns them into
 * `extensions.code` and `extensions.fields` so clients can place each message beside its field.
 */
export interface FieldProblem {
  /** Input path of the offending field, e.g. `recipientCountries.1.country`. */
  field: string;
  message: string;
}

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'UNAUTHENTICATED' | 'RATE_LIMITED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class InvalidInput extends DomainError {
  constructor(fields: FieldProblem[], message = 'The input is not valid.') {
    super('BAD_USER_INPUT', message, fields);
  }
}

export class NotFound extends DomainError {
  constructor(what: string, id: string, field?: string) {
    super('NOT_FOUND', `${what} ${id} was not found.`, field ? [{ field, message: `${what} ${id} was not found.` }] : []);
  }
}

export class Conflict extends DomainError {
  constructor(message: string, fields: FieldProblem[] = [], details?: Record<string, unknown>) {
    super('CONFLICT', message, fields, details);
  }
}

/** Collects field problems so that a whole input is checked before anything is refused. */
export class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, message: string): void {
    this.list.push({ field, message });
  }
  throwIfAny(): void {
    if (this.list.length) throw new InvalidInput(this.list);
  }
}
