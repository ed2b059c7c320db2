import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * Arguments that mean the same wherever they appear, described once here: a resolver that says nothing of them
 * gets these words, one that says more keeps its own.
 */
const STANDARD_ARGUMENTS: Record<string, string> = {
  id: 'The id (a UUID) of the record.',
  input: 'The values to write; each field is checked as its description says, and bad input is refused whole with BAD_USER_INPUT.',
  version: 'The version you read; refused with CONFLICT if someone changed the record since. Left out, the change is made whatever the version.',
  projectId: 'The id of the project.',
  programmeId: 'The id of the programme.',
  organisationId: 'The id of the organisation.',
  nodeId: 'The id of the logframe node.',
  periodId: 'The id of the reporting period.',
  parentId: 'The id of the new parent node; null for the top of the logframe.',
  position: 'The place among the new parent’s children, from 0.',
  fromRevisionId: 'The revision to compare from; null for the logframe as first approved.',
  toRevisionId: 'The revision to compare to; null for the logframe as it is now.',
  update: 'Which report: the indicator, the period and, where it applies, the disaggregation.',
  filter: 'Which records to list; every condition given must hold.',
  includeArchived: 'Include archived records.',
  frequency: 'How often the project reports.',
};

/** The type an input writes: `ProjectPatch` and `ProjectInput` write `Project`. */
const writtenType = (input: string) => input.replace(/(Input|Patch)$/, '');

/**
 * Fills in the descriptions that are the same everywhere: standard arguments, and an input field that writes a
 * field of the same name, which reads like it (`ProjectPatch.plannedStart` like `ProjectInput.plannedStart`,
 * else like `Project.plannedStart`). What is still undescribed after this fails the API surface test.
 */
export function describeStandardParts(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) for (const arg of field.args) arg.description ??= STANDARD_ARGUMENTS[arg.name];
    }
    if (isInputObjectType(type)) {
      const written = writtenType(type.name);
      const sources = [schema.getType(`${written}Input`), schema.getType(written)].filter((t) => t && t !== type);
      for (const field of Object.values(type.getFields())) {
        if (field.description) continue;
        for (const source of sources) {
          if (!(isInputObjectType(source) || isObjectType(source))) continue;
          const same = source.getFields()[field.name];
          if (same?.description && getNamedType(same.type).name === getNamedType(field.type).name) {
            field.description = same.description;
            break;
          }
        }
      }
    }
  }
}
