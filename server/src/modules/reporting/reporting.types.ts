import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ReportingPeriod } from '../logframe/reporting.entity.js';
import type { PeriodRow } from '../logframe/logframe.reads.js';
import { UpdateState } from './update.entity.js';

@ObjectType({ simpleResolvers: true, description: 'An evidence file of a report. Download it from `url` (same session or API token).' })
export class EvidenceFileView {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => String, { description: 'The name it was uploaded with.' }) name!: string;
  @Field(() => String, { description: 'Media type, detected from the content.' }) mediaType!: string;
  @Field(() => Int, { description: 'Size in bytes.' }) size!: number;
  @Field(() => String, { description: 'Where to download it; served only to those who may read the report.' }) url!: string;
  @Field(() => String, { nullable: true, description: 'Who uploaded it.' }) uploadedByName!: string | null;
  @Field(() => GraphQLDateTime, { description: 'When it was uploaded.' }) createdAt!: string;
}

@ObjectType('IndicatorUpdate', {
  simpleResolvers: true,
  description:
    'The report of one indicator for one reporting period: where it stands in the reporting cycle, the narrative, the evidence, and the decisions taken on it. Reports that are not approved are shown only to those who may act on them; others read NOT_REPORTED without content.',
})
export class IndicatorUpdateView {
  @Field(() => ID, { nullable: true, description: 'Stable identifier; null while nothing was reported for the period.' }) id!: string | null;
  @Field(() => ID, { description: 'The indicator.' }) indicatorId!: string;
  @Field(() => ReportingPeriod, { description: 'The period.' }) period!: PeriodRow;
  @Field(() => UpdateState, { description: 'Where the report stands.' }) state!: UpdateState;
  @Field(() => GraphQLLocalDate, { description: "When the results are due: the period's last day plus the project's due days." }) dueDate!: string;
  @Field(() => Boolean, { description: 'Due date passed and not submitted or approved.' }) overdue!: boolean;
  @Field(() => Boolean, { description: 'Takes no change (values, narrative, evidence) until a manager unlocks it.' }) locked!: boolean;
  @Field(() => String, { nullable: true, description: 'Why it is locked, e.g. "approved on 2026-12-03".' }) lockReason!: string | null;
  @Field(() => String, { description: 'What happened, and why it differs from the target.' }) narrative!: string;
  @Field(() => [String], { description: 'Evidence links.' }) links!: string[];
  @Field(() => String, { description: 'Why a manager returned it; empty unless returned.' }) returnReason!: string;
  @Field(() => String, { description: 'Why a manager last unlocked it; empty if never.' }) unlockReason!: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last submitted.' }) submittedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Who last submitted it.' }) submittedByName!: string | null;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was last approved or returned.' }) decidedAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Who last approved or returned it.' }) decidedByName!: string | null;
  @Field(() => Int, { description: 'Version, to send back with a change; 0 while nothing was reported.' }) version!: number;
  /** Internal: for the evidence files resolver. */
  projectId!: string;
}

@ObjectType({ simpleResolvers: true, description: 'How far the reports of one project for one period have come.' })
export class ProjectReportingStatus {
  @Field(() => ID, { description: 'The project.' }) projectId!: string;
  @Field(() => String, { description: 'Its title.' }) projectTitle!: string;
  @Field(() => ReportingPeriod, { nullable: true, description: 'The period; null when the project has no period of that label.' }) period!: PeriodRow | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When its results are due.' }) dueDate!: string | null;
  @Field(() => Int, { description: 'Indicators expected to report (every live indicator).' }) expected!: number;
  @Field(() => Int, { description: 'Nothing reported yet.' }) missing!: number;
  @Field(() => Int, { description: 'Drafts not yet submitted.' }) draft!: number;
  @Field(() => Int, { description: 'Waiting for approval.' }) submitted!: number;
  @Field(() => Int, { description: 'Returned to the reporters.' }) returned!: number;
  @Field(() => Int, { description: 'Approved.' }) approved!: number;
  @Field(() => Float, { description: 'Share approved, 0–1; 1 when nothing is expected.' }) completeness!: number;
}
