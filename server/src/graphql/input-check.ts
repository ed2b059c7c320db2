import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { InvalidInput, Problems } from '../modules/common/errors.js';
import { DATE_RANGE, documentedLimits } from '../modules/common/limits.js';

/**
 * One check for every argument of every field, run before the resolver, the class-validator rules and
 * any SQL. It enforces what holds for every input whatever the field:
 * - strings hold no NUL character and no lone UTF-16 surrogate (PostgreSQL cannot store either);
 * - strings and lists keep within the maximum their description documents (see common/limits.ts);
 * - an ID is a UUID (a nullable one may also be empty, meaning none), so no malformed id reaches SQL,
 *   where it would abort the transaction;
 * - dates and times lie between 1900-01-01 and 2100-12-31.
 * A violation is BAD_USER_INPUT naming each offending field.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface Slot {
  type: GraphQLInputType;
  description?: string | null;
}

/** Where a type needs no length limit: it is not a string, or its format bounds it already. */
const BOUNDED_SCALARS = new Set(['ID', 'Boolean', 'Int', 'Float', 'LocalDate', 'DateTime']);

function needsLength(type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  return isScalarType(named) && !BOUNDED_SCALARS.has(named.name);
}

function checkString(problems: Problems, field: string, value: string, max: number | undefined): void {
  if (NUL.test(value)) problems.add(field, 'must not contain a NUL character');
  else if (LONE_SURROGATE.test(value)) problems.add(field, 'must be valid Unicode text (it holds a lone surrogate)');
  if (max !== undefined && value.length > max) problems.add(field, `is ${value.length} characters long; at most ${max} are allowed`);
}

function checkDate(problems: Problems, field: string, iso: string): void {
  const day = iso.slice(0, 10);
  if (day < DATE_RANGE.min || day > DATE_RANGE.max) problems.add(field, `must lie between ${DATE_RANGE.min} and ${DATE_RANGE.max}`);
}

function checkValue(problems: Problems, field: string, slot: Slot, value: unknown, nullable: boolean): void {
  if (value === null || value === undefined) return;
  const type = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
  const limits = documentedLimits(slot.description);
  if (isListType(type)) {
    const items = value as unknown[];
    if (limits.items !== undefined && items.length > limits.items) {
      problems.add(field, `has ${items.length} items; at most ${limits.items} are allowed`);
      return; // do not walk a list that is too long to be worth reading
    }
    const item: Slot = { type: type.ofType as GraphQLInputType, description: slot.description?.replace(/At most \d+ items,?/, '') };
    items.forEach((v, i) => checkValue(problems, `${field}.${i}`, item, v, !isNonNullType(type.ofType)));
    return;
  }
  if (isInputObjectType(type)) {
    const fields = type.getFields();
    for (const [name, f] of Object.entries(fields)) {
      checkValue(problems, field ? `${field}.${name}` : name, f, (value as Record<string, unknown>)[name], !isNonNullType(f.type));
    }
    return;
  }
  if (!isScalarType(type)) return;
  if (type.name === 'ID') {
    const id = String(value);
    if (!(UUID.test(id) || (nullable && id === ''))) problems.add(field, 'is not a valid id: a UUID is expected');
    return;
  }
  if (type.name === 'LocalDate' && typeof value === 'string') return checkDate(problems, field, value);
  if (type.name === 'DateTime' && value instanceof Date) return checkDate(problems, field, value.toISOString());
  if (typeof value === 'string') checkString(problems, field, value, limits.characters);
}

/** Every string and list argument or input field must document its maximum; this lists those that do not. */
export function undocumentedLimits(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const seen = new Set<string>();
  const visit = (where: string, slot: Slot) => {
    const limits = documentedLimits(slot.description);
    let type = isNonNullType(slot.type) ? slot.type.ofType : slot.type;
    if (isListType(type)) {
      if (limits.items === undefined) missing.push(`${where} (list)`);
      type = getNamedType(type);
    }
    if (needsLength(type) && limits.characters === undefined) missing.push(where);
    const named = getNamedType(type);
    if (isInputObjectType(named) && !seen.has(named.name)) {
      seen.add(named.name);
      for (const f of Object.values(named.getFields())) visit(`${named.name}.${f.name}`, f);
    }
  };
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) for (const arg of field.args) visit(`${root!.name}.${field.name}(${arg.name})`, arg);
  }
  return missing;
}

export function argumentProblems(args: readonly GraphQLArgument[], values: Record<string, unknown>): Problems {
  const problems = new Problems();
  for (const arg of args) {
    const named = getNamedType(arg.type);
    // An input object argument names its fields on their own (`title`, `risks.2.description`), like the
    // class-validator rules do; any other argument is named itself.
    const prefix = isInputObjectType(named) && !isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type) ? '' : arg.name;
    checkValue(problems, prefix, arg, values[arg.name], !isNonNullType(arg.type));
  }
  return problems;
}

/** Wraps every field that takes arguments so that they are checked before its resolver runs. */
export function checkInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!field.args.length) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const problems = argumentProblems(field.args, args);
        if (problems.list.length) throw new InvalidInput(problems.list);
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
