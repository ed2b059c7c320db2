import {
  getArgumentValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  specifiedRules,
  validate,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import type { Condition } from '../../modules/access/visibility.js';
import { argumentProblems } from '../input-check.js';
import type { SqlFields } from './sql-types.js';

/** A query that is left to the resolvers; the reason is for tests and logs. */
export class NotCompiled extends Error {}

/**
 * The part of a root field's selection a root needs, compiled when the root's `plan` calls it (once per
 * document, never per request).
 */
export interface Selection {
  /** The selected fields of the root field's own type, by response key, each with the JSON of its selection on row `t`. */
  fields(): { key: string; name: string; json: (t: string) => string }[];
  /** The JSON object of the root field's selection on row `t`. */
  json(t: string): string;
}

/**
 * A root field that can be compiled. `plan` runs once per document; the function it returns runs per request
 * with the field's arguments, and gives the SQL of the field's JSON, or null when the resolver must answer
 * (an argument it would refuse). A root whose JSON is null (nothing found) is also answered by its resolver.
 */
export interface SqlRoot {
  plan(selection: Selection): (args: Record<string, unknown>) => Condition | null;
}

export interface CompiledSchema {
  schema: GraphQLSchema;
  types: Record<string, SqlFields>;
  roots: Record<string, SqlRoot>;
  validationRules: readonly ValidationRule[];
  maxTokens: number;
}

interface RootPlan {
  key: string;
  /** The root field and its node, whose arguments `build` takes; none for `__typename`. */
  field?: { definition: GraphQLField<unknown, unknown>; node: FieldNode };
  /** Whether the response may hold null here; a null where it may not means "ask the resolver". */
  nullable: boolean;
  build: (args: Record<string, unknown>) => Condition | null;
}

export interface Statement {
  /** The JSON of each root field, in order, as `f0`, `f1`…, after the `caller` row. */
  select: string;
  params: unknown[];
}

/** One query document compiled: per request it takes the variables and gives the statement, or null. */
export class Plan {
  constructor(
    private readonly compiled: CompiledSchema,
    private readonly operation: OperationDefinitionNode,
    readonly roots: RootPlan[],
  ) {}

  statement(variables: unknown): Statement | null {
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
    const coerced = getVariableValues(this.compiled.schema, this.operation.variableDefinitions ?? [], (variables ?? {}) as Record<string, unknown>, { maxErrors: 1 });
    if (coerced.errors) return null;
    const columns: string[] = [];
    const params: unknown[] = [];
    for (const [i, root] of this.roots.entries()) {
      let args: Record<string, unknown> = {};
      if (root.field) {
        try {
          args = getArgumentValues(root.field.definition, root.field.node, coerced.coerced);
        } catch {
          return null;
        }
        if (argumentProblems(root.field.definition.args, args).list.length) return null;
      }
      const sql = root.build(args);
      if (!sql) return null;
      columns.push(`(${sql.sql})::text as f${i}`);
      params.push(...sql.params);
    }
    return { select: columns.join(', '), params };
  }
}

const MAX_ALIASES = 400;

/** The JSON of a selection on a type, built from the type's fields; aliases are made fresh for each row. */
class Compiler {
  private next = 0;

  constructor(
    private readonly compiled: CompiledSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  alias(): string {
    if (++this.next > MAX_ALIASES) throw new NotCompiled('the selection is too large');
    return `t${this.next}`;
  }

  objectType(name: string): GraphQLObjectType {
    const type = this.compiled.schema.getType(name);
    if (!isObjectType(type)) throw new NotCompiled(`${name} is not an object type`);
    return type;
  }

  subfields(type: GraphQLObjectType, nodes: readonly FieldNode[]) {
    return collectFields(this.fragments, type, nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])));
  }

  /** `json_build_object` of the fields under `nodes` on `typeName`, for row `t`. */
  json(typeName: string, nodes: readonly FieldNode[], t: string): string {
    const fields = this.compiled.types[typeName];
    if (!fields) throw new NotCompiled(`${typeName} is not compiled`);
    const type = this.objectType(typeName);
    const pairs: string[] = [];
    for (const [key, group] of this.subfields(type, nodes)) {
      const name = group[0].name.value;
      // Response keys are GraphQL names ([_A-Za-z][_0-9A-Za-z]*): safe inside a quoted SQL literal.
      if (name === '__typename') {
        pairs.push(`'${key}', '${typeName}'`);
        continue;
      }
      const field = fields[name];
      if (!field || group.some((n) => n.arguments?.length)) throw new NotCompiled(`${typeName}.${name} is not compiled`);
      if (field.kind === 'value') {
        pairs.push(`'${key}', ${field.sql(t)}`);
        continue;
      }
      const r = this.alias();
      const inner = this.json(field.type, group, r);
      pairs.push(
        field.kind === 'one'
          ? `'${key}', (select ${inner} ${field.from(t, r)})`
          : `'${key}', (select coalesce(json_agg(${inner} order by ${field.order(r)}), '[]') ${field.from(t, r)})`,
      );
    }
    // json_build_object takes at most 100 arguments; no type here has 50 fields, but a selection may repeat one under aliases.
    if (pairs.length > 50) throw new NotCompiled(`${typeName} has over 50 fields selected`);
    return `json_build_object(${pairs.join(', ')})`;
  }
}

/**
 * The fields selected on `type` by response key, in the order they first appear, with fragments expanded, as
 * graphql-js collects them. Without directives (never compiled) every selection counts; a fragment on another
 * type (an interface or union) is not compiled.
 */
function collectFields(fragments: Record<string, FragmentDefinitionNode>, type: GraphQLObjectType, sets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visitSet = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        const key = s.alias?.value ?? s.name.value;
        fields.set(key, [...(fields.get(key) ?? []), s]);
        continue;
      }
      const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments[s.name.value];
      if (!fragment) throw new NotCompiled('unknown fragment');
      if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) throw new NotCompiled('a fragment on another type');
      visitSet(fragment.selectionSet);
    }
  };
  sets.forEach(visitSet);
  return fields;
}

function hasDirectives(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Directive() {
      found = true;
    },
  });
  return found;
}

/**
 * Compiles a query document, or says why not. Only a valid query, without directives, whose every field the
 * compiled types know is compiled; anything else (a mutation, introspection, an unknown field, an invalid
 * document) goes to the resolvers, which answer it and its errors as always.
 */
export function compile(compiled: CompiledSchema, query: string, operationName: string | undefined): Plan {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: compiled.maxTokens });
  } catch {
    throw new NotCompiled('the query does not parse');
  }
  if (validate(compiled.schema, document, [...specifiedRules, ...compiled.validationRules]).length) throw new NotCompiled('the query is not valid');
  if (hasDirectives(document)) throw new NotCompiled('the query has directives');
  const operation = getOperationAST(document, operationName);
  if (!operation || operation.operation !== 'query') throw new NotCompiled('not one query');
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const compiler = new Compiler(compiled, fragments);
  const queryType = compiled.schema.getQueryType()!;
  const roots: RootPlan[] = [];
  for (const [key, nodes] of collectFields(fragments, queryType, [operation.selectionSet])) {
    const name = nodes[0].name.value;
    if (name === '__typename') {
      roots.push({ key, nullable: false, build: () => ({ sql: `select to_json('${queryType.name}'::text)`, params: [] }) });
      continue;
    }
    const root = compiled.roots[name];
    const field = queryType.getFields()[name];
    if (!root || !field) throw new NotCompiled(`Query.${name} is not compiled`);
    const type = getNamedType(field.type);
    if (!isObjectType(type)) throw new NotCompiled(`Query.${name} is not an object`);
    const selection: Selection = {
      json: (t) => compiler.json(type.name, nodes, t),
      fields: () =>
        [...compiler.subfields(type, nodes)].map(([k, group]) => {
          const sub = type.getFields()[group[0].name.value];
          const subType = sub ? getNamedType(sub.type) : undefined;
          return { key: k, name: group[0].name.value, json: (t: string) => compiler.json(subType!.name, group, t) };
        }),
    };
    roots.push({ key, field: { definition: field, node: nodes[0] }, nullable: !isNonNullType(field.type), build: root.plan(selection) });
  }
  return new Plan(compiled, operation, roots);
}
