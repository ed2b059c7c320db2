import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { ReferenceResolver } from '../modules/reference/reference.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { ProgrammeResolver } from '../modules/programme/programme.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { DocumentResolver } from '../modules/project/document.resolver.js';
import { ParticipationResolver } from '../modules/participation/participation.resolver.js';
import { RecipientCountryResolver, SectorShareResolver } from '../modules/activity/activity.resolver.js';

export const resolvers = [
  ReferenceResolver,
  OrganisationResolver,
  ProgrammeResolver,
  ProjectResolver,
  DocumentResolver,
  ParticipationResolver,
  SectorShareResolver,
  RecipientCountryResolver,
] as const;

export async function buildAccordSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
}

/** The SDL committed as `schema.graphql`; sorted so that it changes only when the schema does. */
export function printAccordSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
