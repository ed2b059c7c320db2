/**
 * fast-check arbitraries built from the GraphQL schema: for a root field, variables for every argument,
 * generated from the argument's type. Values mix what a careful client sends (so requests reach the
 * services) with what a hostile one does: empty, huge and boundary-length strings, control characters,
 * lone surrogates, SQL and markup, absurd numbers and dates, malformed and foreign ids, explicit nulls,
 * duplicates, lists over their limit and values of the wrong shape.
 */
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';
import { documentedLimits } from '../../server/src/modules/common/limits.js';

/** Ids of seeded (and created) records, by GraphQL type name. */
export type IdPool = Map<string, string[]>;

/** Good values for fields whose name says what they hold, so that some requests pass validation. */
export interface Hints {
  focusAreas: string[];
  legalInstruments: string[];
  sdgTargets: string[];
}

type Slot = GraphQLArgument | GraphQLInputField;

const hostileText = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfff',
  '\ud83d\ude00 emoji',
  '\u202eRTL override',
  'e\u0301 combining',
  '\u0007\u0008\u000b\u001b[31m',
  '\r\n\t',
  "' or '1'='1",
  "'); drop table project; --",
  '<script>alert(1)</script>',
  '=HYPERLINK("https://evil.example")',
  '%s%n%x',
  '${7*7}',
  '../../etc/passwd',
  'null',
  'undefined',
  'NaN',
  '-1',
  '\ufeffBOM',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '中文 العربية हिन्दी',
  'javascript:alert(1)',
  'ftp://example.org/x',
  'XX',
  'ng',
);

/** Strings right at and just past the documented maximum, and far past it. */
function lengthAttack(max: number | undefined): fc.Arbitrary<string> {
  const sizes = max ? [max, max + 1, max * 4] : [300, 5000];
  return fc.constantFrom(...sizes).chain((n) => fc.constantFrom('x', 'é', '\ud83d\ude00', ' ').map((c) => c.repeat(Math.ceil(n / c.length)).slice(0, Math.max(n, 1))));
}

const goodDate = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const hostileDate = fc.constantFrom('0000-01-01', '0001-01-01', '1899-12-31', '1900-01-01', '2100-12-31', '2101-01-01', '9999-12-31', '2023-02-29', '2024-02-29', '2024-13-01', '24-01-01', '', '2024-01-01T00:00:00Z');
const goodDateTime = fc.integer({ min: -10, max: 400 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
const hostileDateTime = fc.constantFrom('0000-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '1899-12-31T23:59:59Z', '2100-12-31T23:59:59Z', '2024-01-01', 'yesterday', '');

const hostileInt = fc.constantFrom(0, -1, 1, 2, 10, 100, 500, 501, 2 ** 31 - 1, -(2 ** 31));
const hostileFloat = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.005, 0.01, 99.999, 100, 100.01, 1e15, 1e308, -1e308, 5e-324, 1.7976931348623157e308, 123456789.123456789),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A value of the wrong shape: GraphQL must refuse it before anything runs. */
const wrongShape = fc.oneof(
  fc.constant({ deep: { deeper: { deepest: [1, [2, [3, [4]]]] } } }),
  fc.constant([[[['nested']]]]),
  fc.constant(Array.from({ length: 300 }, (_, i) => i)),
  fc.constant(true),
  fc.constant(12),
  fc.constant('text'),
  fc.constant({}),
);

const malformedId = fc.constantFrom(
  'x',
  '',
  '0',
  '-1',
  "1' or '1'='1",
  '00000000-0000-0000-0000-00000000000',
  '{00000000-0000-4000-8000-000000000000}',
  '00000000000040008000000000000000',
  'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
  'a'.repeat(5000),
  '\u0000',
  '\ud800',
);

/** Which kind of record an id argument points at, from its name and the field it belongs to. */
function idKind(name: string, fieldName: string): string | null {
  const byName: Record<string, string> = {
    projectId: 'Project',
    programmeId: 'Programme',
    organisationId: 'Organisation',
    leadAgencyId: 'Organisation',
    responsibleOrganisationId: 'Organisation',
    nodeId: 'ResultNode',
    parentId: 'ResultNode',
    indicatorId: 'Indicator',
    periodId: 'ReportingPeriod',
    userId: 'User',
    fromRevisionId: 'LogframeRevision',
    toRevisionId: 'LogframeRevision',
    providerId: 'Organisation',
    receiverId: 'Organisation',
    donorId: 'Organisation',
    receiverProjectId: 'Project',
    outputId: 'ResultNode',
    budgetId: 'BudgetLine',
    contributionId: 'ContributionRecord',
    reversesId: 'TransactionRecord',
  };
  if (byName[name]) return byName[name];
  if (name !== 'id' && name !== 'entityId') return null;
  const kinds: [RegExp, string][] = [
    [/ResultNode/, 'ResultNode'],
    [/Indicator/, 'Indicator'],
    [/Transaction/, 'TransactionRecord'],
    [/Budget/, 'BudgetLine'],
    [/Contribution/, 'ContributionRecord'],
    [/ExchangeRate/, 'ExchangeRateRecord'],
    [/Project/, 'Project'],
    [/Programme/, 'Programme'],
    [/Organisation/, 'Organisation'],
    [/Document/, 'Document'],
    [/Participation/, 'Participation'],
    [/Role/, 'RoleAssignment'],
    [/ApiToken/, 'ApiToken'],
    [/User|Password/, 'User'],
    [/^project$/, 'Project'],
    [/^programme$/, 'Programme'],
    [/^organisation$/, 'Organisation'],
  ];
  return kinds.find(([re]) => re.test(fieldName))?.[1] ?? null;
}

function idArbitrary(pool: IdPool, kind: string | null, hostile: boolean): fc.Arbitrary<string> {
  const own = () => pool.get(kind ?? '') ?? [];
  const anyKnown = () => [...pool.values()].flat();
  // The pool grows as the run creates records, so it is read when the value is drawn.
  const fromPool = (ids: () => string[]) => fc.nat().map((n) => ids()[n % Math.max(ids().length, 1)] ?? '00000000-0000-4000-8000-000000000001');
  if (!hostile) return fromPool(own);
  return fc.oneof(
    { weight: 3, arbitrary: fromPool(anyKnown) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: fc.uuid().map((u) => u.toUpperCase()) },
    { weight: 3, arbitrary: malformedId },
  );
}

function hintedString(name: string, fieldName: string, hints: Hints): fc.Arbitrary<string> | null {
  const one = (...values: string[]) => fc.constantFrom(...values);
  switch (name) {
    case 'status':
      return /Budget/.test(fieldName) ? one('1', '2', '3') : one('1', '2', '3', '4', '5', '6');
    case 'type':
      return /Budget/.test(fieldName) ? one('1', '2', '3') : one('11', '1', '2', '3', '4', '5');
    // Money: mostly valid, so that requests reach the rules behind the format checks.
    case 'amount':
      return fc.oneof({ weight: 4, arbitrary: one('1250.50', '100', '0.01', '250000') }, { weight: 1, arbitrary: one('0', '-40', '999999999999999', '1e5', '12.345') });
    case 'currency':
      return fc.oneof({ weight: 4, arbitrary: one('USD', 'EUR', 'GBP', 'SEK') }, { weight: 1, arbitrary: one('usd', 'XYZ') });
    case 'rate':
      return fc.oneof({ weight: 4, arbitrary: one('1.0842', '0.0951') }, { weight: 1, arbitrary: one('0', '-1', '1.12345678901') });
    case 'earmarkedFocusArea':
      return one(...hints.focusAreas);
    case 'earmarkedCountry':
      return one('NG', 'KE', 'ZZ');
    case 'role':
      return one('1', '2', '3', '4');
    case 'measure':
      return one('1', '2', '3', '4', '5');
    case 'likelihood':
    case 'impact':
      return one('LOW', 'MEDIUM', 'HIGH');
    case 'vocabulary':
      return one('1', '2');
    case 'code':
      return one('15130', '15113', '15210');
    case 'country':
    case 'countries':
      return one('NG', 'KE', 'FR');
    case 'focusArea':
    case 'focusAreas':
      return one(...hints.focusAreas);
    case 'legalInstruments':
      return one(...hints.legalInstruments);
    case 'sdgTargets':
      return one(...hints.sdgTargets);
    case 'category':
      return /Document/.test(fieldName) ? one('A02', 'B01') : one('female', 'male', '');
    case 'dimension':
      return one('sex', 'age', '');
    case 'language':
      return one('en', 'fr', 'es');
    case 'url':
    case 'evidence':
      return one('https://example.org/report.pdf', 'http://example.org/a');
    case 'email':
      return fc.emailAddress();
    case 'iatiIdentifier':
    case 'iatiRef':
      return fc.nat().map((n) => `XM-FUZZ-${n.toString(16)}`);
    case 'entityType':
      return one('Project', 'Programme', 'Organisation', 'ResultNode', 'Indicator', 'User');
    case 'name':
      return fc.oneof(one('ActivityStatus', 'OrganisationRole', 'Sector'), fc.string({ minLength: 1, maxLength: 40 }));
    case 'password':
    case 'newPassword':
    case 'currentPassword':
      return fc.string({ minLength: 0, maxLength: 40 });
    default:
      return null;
  }
}

function stringArbitrary(slot: Slot, name: string, fieldName: string, hints: Hints, hostile: boolean): fc.Arbitrary<string> {
  if (!hostile) return hintedString(name, fieldName, hints) ?? fc.string({ minLength: 1, maxLength: 30 });
  return fc.oneof(
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 4, arbitrary: hostileText },
    { weight: 2, arbitrary: lengthAttack(documentedLimits(slot.description).characters) },
  );
}

export interface Context {
  pool: IdPool;
  hints: Hints;
  fieldName: string;
}

/** A value that a careful client could send: it reaches the services, which must still answer cleanly. */
function benignScalar(ctx: Context, slot: Slot, typeName: string, name: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID':
      return idArbitrary(ctx.pool, idKind(name, ctx.fieldName), false);
    case 'Int':
      return fc.integer({ min: 0, max: 10 });
    case 'Float':
      // A lone share of 100 % is valid; anything else tests the sums.
      if (name === 'percentage') return fc.constantFrom(100, 100, 100, 50, 33.33);
      return fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 100, noNaN: true }));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return goodDate;
    case 'DateTime':
      return goodDateTime;
    default:
      return stringArbitrary(slot, name, ctx.fieldName, ctx.hints, false);
  }
}

function hostileScalar(ctx: Context, slot: Slot, typeName: string, name: string): fc.Arbitrary<unknown> {
  switch (typeName) {
    case 'ID':
      return idArbitrary(ctx.pool, idKind(name, ctx.fieldName), true);
    case 'Int':
      return hostileInt;
    case 'Float':
      return hostileFloat;
    case 'Boolean':
      return wrongShape;
    case 'LocalDate':
      return hostileDate;
    case 'DateTime':
      return hostileDateTime;
    default:
      return stringArbitrary(slot, name, ctx.fieldName, ctx.hints, true);
  }
}

/**
 * Most values are benign and about one in eight is hostile, so that a typical case carries one or two
 * hostile values inside an otherwise valid input and reaches past validation, while some cases are
 * valid throughout.
 */
function valueArbitrary(ctx: Context, slot: Slot, type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    // A required value is sometimes null: GraphQL must refuse that itself, with a 400.
    return fc.oneof({ weight: 40, arbitrary: innerArbitrary(ctx, slot, type.ofType, name, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  return fc.oneof(
    { weight: 6, arbitrary: innerArbitrary(ctx, slot, type, name, depth) },
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
  );
}

function innerArbitrary(ctx: Context, slot: Slot, type: GraphQLInputType, name: string, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = valueArbitrary(ctx, slot, type.ofType as GraphQLInputType, name, depth + 1);
    const max = documentedLimits(slot.description).items ?? 20;
    // A wide list repeats one short value, so that the request stays small enough to be read.
    const short = item.map((v) => (typeof v === 'string' ? v.slice(0, 40) : v));
    return fc.oneof(
      { weight: 16, arbitrary: fc.array(item, { maxLength: 2 }) },
      // Duplicates: one value many times.
      { weight: 2, arbitrary: fc.tuple(item, fc.integer({ min: 2, max: 6 })).map(([v, n]) => Array.from({ length: n }, () => v)) },
      // Wide: at and just past the documented maximum, and far past it.
      { weight: 1, arbitrary: fc.tuple(short, fc.constantFrom(max, max + 1, max * 5)).map(([v, n]) => Array.from({ length: n }, () => v)) },
      { weight: 1, arbitrary: wrongShape },
    );
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const f of fields) record[f.name] = valueArbitrary(ctx, f, f.type, f.name, depth + 1);
    // Required fields are mostly there (a missing one is GraphQL's to refuse); optional ones come and go.
    const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
    return fc.oneof(
      { weight: 30, arbitrary: fc.record(record, { requiredKeys: required }) },
      { weight: 1, arbitrary: fc.record(record, { requiredKeys: [] }) },
      { weight: 1, arbitrary: wrongShape },
    );
  }
  if (isEnumType(type)) {
    return fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.value as string)) }, { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', '', 'admin') });
  }
  if (!isScalarType(type)) return fc.constant(null);
  return fc.oneof(
    { weight: 70, arbitrary: benignScalar(ctx, slot, type.name, name) },
    { weight: 10, arbitrary: hostileScalar(ctx, slot, type.name, name) },
    { weight: 1, arbitrary: wrongShape },
  );
}

/** Variables for every argument of a root field; a variable left undefined is not sent. */
export function variablesArbitrary(field: GraphQLField<unknown, unknown>, pool: IdPool, hints: Hints): fc.Arbitrary<Record<string, unknown>> {
  const ctx: Context = { pool, hints, fieldName: field.name };
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const arg of field.args) record[arg.name] = valueArbitrary(ctx, arg, arg.type, arg.name, 0);
  return fc.record(record).map((vars) => Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== undefined)));
}

/** A selection that asks for the type and every argument-free scalar field of what the field returns. */
function selection(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return '';
  const scalars = Object.values(named.getFields())
    .filter((f) => !f.args.length && !isObjectType(getNamedType(f.type)))
    .map((f) => f.name);
  return ` { __typename ${scalars.join(' ')} }`;
}

/** The GraphQL document that calls one root field with every argument as a variable. */
export function documentFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${operation}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection(field.type)} }`;
}
