import { buildSchema } from 'type-graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { checkInputs, undocumentedLimits } from './input-check.js';
import { describeStandardParts } from './describe.js';
import { DATE_RANGE } from '../modules/common/limits.js';
import { ReferenceResolver } from '../modules/reference/reference.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { ProgrammeResolver } from '../modules/programme/programme.resolver.js';
import { ProjectResolver } from '../modules/project/project.resolver.js';
import { DocumentResolver } from '../modules/project/document.resolver.js';
import { ParticipationResolver } from '../modules/participation/participation.resolver.js';
import { RecipientCountryResolver, SectorShareResolver } from '../modules/activity/activity.resolver.js';
import { AccessResolver } from '../modules/access/access.resolver.js';
import { RoleAssignmentResolver, UserResolver } from '../modules/access/user.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { LogframeResolver, ResultNodeResolver } from '../modules/logframe/logframe.resolver.js';
import { IndicatorResolver } from '../modules/logframe/indicator.resolver.js';
import { FinanceResolver, ProgrammeFinanceResolver, ProjectFinanceResolver } from '../modules/finance/finance.resolver.js';
import { SpreadsheetResolver } from '../modules/finance/spreadsheet.resolver.js';
import { PortfolioResolver } from '../modules/portfolio/portfolio.resolver.js';
import { KnowledgeResolver, ProjectKnowledgeResolver } from '../modules/knowledge/knowledge.resolver.js';
import { TrendNoteResolver } from '../modules/knowledge/trend-note.resolver.js';
import { IndicatorReportingResolver, ReportingResolver } from '../modules/reporting/reporting.resolver.js';
import { EvidenceResolver } from '../modules/evidence/evidence.resolver.js';
import { NotificationResolver } from '../modules/notification/notification.resolver.js';
import { IndicatorLinkResolver, ProgrammeContributionResolver, ProgrammeIndicatorResolver, ProgrammeResultsResolver } from '../modules/results/results.resolver.js';
import { IatiImportResolver } from '../modules/iati/import/import.resolver.js';
import { IatiProgrammeResolver, IatiProjectResolver, IatiResolver } from '../modules/iati/iati.resolver.js';
import { PolicyMarkerResolver } from '../modules/iati/policy-marker.resolver.js';

export const resolvers = [
  PortfolioResolver,
  ReferenceResolver,
  OrganisationResolver,
  ProgrammeResolver,
  ProjectResolver,
  DocumentResolver,
  ParticipationResolver,
  SectorShareResolver,
  RecipientCountryResolver,
  AccessResolver,
  UserResolver,
  RoleAssignmentResolver,
  AuditResolver,
  LogframeResolver,
  ResultNodeResolver,
  IndicatorResolver,
  FinanceResolver,
  ProgrammeFinanceResolver,
  ProjectFinanceResolver,
  SpreadsheetResolver,
  KnowledgeResolver,
  ProjectKnowledgeResolver,
  TrendNoteResolver,
  ProgrammeResultsResolver,
  ProgrammeIndicatorResolver,
  IndicatorLinkResolver,
  IndicatorReportingResolver,
  ReportingResolver,
  EvidenceResolver,
  ProgrammeContributionResolver,
  NotificationResolver,
  IatiImportResolver,
  IatiResolver,
  IatiProgrammeResolver,
  IatiProjectResolver,
  PolicyMarkerResolver,
] as const;

export async function buildAccordSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
  });
  describeStandardParts(schema);
  // type-graphql gives the root types no description; the schema is the integrators' manual.
  schema.getQueryType()!.description = 'Reads of the Accord portfolio: programmes, projects, organisations and reference lists.';
  schema.getMutationType()!.description =
    'Changes to the portfolio. Each mutation runs in one transaction: bad input is refused whole with BAD_USER_INPUT and the offending fields named in `extensions.fields`. ' +
    `Every input is bounded: an id is a UUID (a nullable one may be empty, meaning none), a string or a list has the maximum its description states, text holds no NUL character or lone surrogate, and a date lies between ${DATE_RANGE.min} and ${DATE_RANGE.max}.`;
  // Every string and list a client sends must have a documented maximum; a new one without fails here.
  const missing = undocumentedLimits(schema);
  if (missing.length) throw new Error(`These inputs document no maximum ("At most N characters." / "At most N items."): ${missing.join(', ')}`);
  // The scalars are shared objects: the sentence is added once, however often the schema is built.
  const range = `As input it must lie between ${DATE_RANGE.min} and ${DATE_RANGE.max}.`;
  for (const name of ['LocalDate', 'DateTime']) {
    const scalar = schema.getType(name);
    if (scalar && !scalar.description?.includes(range)) scalar.description = `${scalar.description ?? ''} ${range}`.trim();
  }
  return checkInputs(schema);
}

/** The SDL committed as `schema.graphql`; sorted so that it changes only when the schema does. */
export function printAccordSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + '\n';
}
