import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import { DriverException, OptimisticLockError, UniqueConstraintViolationException, ForeignKeyConstraintViolationException } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import type { Logger } from 'pino';
import { DomainError, type FieldProblem } from '../modules/common/errors.js';
import { unavailableError } from './unavailable.js';

/** Codes whose messages were written for clients and may pass through unchanged. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'CONFLICT',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

function flatten(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * A variable that does not fit its type (an impossible date, a missing required field) is refused by
 * GraphQL itself, before any resolver runs; its message names the place, which becomes the field.
 */
function variableProblem(message: string): FieldProblem[] | null {
  const at = /at "[^".]+\.([^"]+)"; (.*)$/.exec(message);
  if (at) return [{ field: at[1].replace(/\[(\d+)\]/g, '.$1'), message: at[2].replace(/^Expected type "(\w+)"\. ?/, 'expected a valid $1: ') }];
  const missing = /Field "(\w+)" of required type "[^"]+" was not provided/.exec(message);
  if (missing) return [{ field: missing[1], message: `${missing[1]} is required` }];
  return null;
}

/**
 * Bounded waits (see DATABASE_LIMITS) end in errors a client can retry: a lock held by another change
 * (lock_timeout), a deadlock or serialisation failure, and a statement that ran too long.
 */
function retryableDatabaseError(original: unknown): { code: string; message: string } | null {
  if (!(original instanceof DriverException)) return null;
  const state = original.code ?? original.sqlState;
  if (state === '55P03' || state === '40P01' || state === '40001') {
    return { code: 'CONFLICT', message: 'A record you are changing is being changed by someone else right now; try again in a moment.' };
  }
  if (state === '57014') return { code: 'SERVICE_UNAVAILABLE', message: 'The database took too long to answer; try again in a moment.' };
  return null;
}

function shape(message: string, code: string, base: GraphQLFormattedError, extra: Record<string, unknown> = {}): GraphQLFormattedError {
  return { message, locations: base.locations, path: base.path, extensions: { code, ...extra } };
}

/**
 * Turns every error into what a client may see: a message and a code, the offending fields for bad input,
 * and for anything unexpected a generic message (the details go to the server log, never to the client).
 */
export function formatErrorFor(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const unavailable = unavailableError(original, formatted);
    if (unavailable) return unavailable;
    if (original instanceof DomainError) {
      return shape(original.message, original.code, formatted, { fields: original.fields, ...(original.details ?? {}) });
    }
    if (original instanceof ArgumentValidationError) {
      const fields = flatten(original.extensions.validationErrors as ValidationError[]);
      return shape('The input is not valid.', 'BAD_USER_INPUT', formatted, { fields });
    }
    if (original instanceof OptimisticLockError) {
      return shape('The record was changed by someone else; reload it and try again.', 'CONFLICT', formatted);
    }
    const retryable = retryableDatabaseError(original);
    if (retryable) return shape(retryable.message, retryable.code, formatted, { retryable: true });
    if (original instanceof UniqueConstraintViolationException) {
      return shape('A record with the same unique value already exists.', 'CONFLICT', formatted);
    }
    if (original instanceof ForeignKeyConstraintViolationException) {
      return shape('The record is still referenced by other records.', 'CONFLICT', formatted);
    }
    const code = formatted.extensions?.code;
    if (code === 'BAD_USER_INPUT' && !formatted.extensions?.fields) {
      const fields = variableProblem(formatted.message);
      if (fields) return shape(formatted.message, code, formatted, { fields });
    }
    if (typeof code === 'string' && CLIENT_CODES.has(code) && (original instanceof GraphQLError || !(original instanceof Error))) {
      const extra: Record<string, unknown> = {};
      return shape(formatted.message, code, formatted, extra);
    }
    // graphql-js stops checking variables after 50 problems with an error of its own, which Apollo leaves uncoded.
    if (original instanceof GraphQLError && original.message.startsWith('Too many errors processing variables')) {
      return shape(original.message, 'BAD_USER_INPUT', formatted);
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error while answering a GraphQL request');
    return shape('Internal server error.', 'INTERNAL_SERVER_ERROR', formatted);
  };
}
