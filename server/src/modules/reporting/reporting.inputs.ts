import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsOptional, IsUrl, Max, Min } from 'class-validator';
import { LIMIT, ListField, TextField } from '../common/limits.js';

@InputType({ description: 'One report: the indicator and the period, with the version you read.' })
export class UpdateRefInput {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId!: string;

  @Field(() => ID, { description: 'The reporting period.' })
  periodId!: string;

  @Field(() => Int, { nullable: true, description: 'The version of the report you read (0 when nothing was reported): if it changed since, the change is refused with CONFLICT. Left out, it is not checked.' })
  @IsOptional()
  @Min(0)
  version?: number | null;
}

@InputType({ description: 'The narrative and evidence links of a report.' })
export class UpdateContentInput {
  @TextField(LIMIT.text, { nullable: true, description: 'What happened, and why it differs from the target. Left out, kept.' })
  @IsOptional()
  narrative?: string | null;

  @ListField(() => [String], 20, { nullable: true, description: 'Evidence links (http or https). Left out, kept.', each: LIMIT.url })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'evidence links are full http or https addresses' })
  links?: string[] | null;
}

@InputType({ description: "A project's reporting rules." })
export class ReportingRulesInput {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Periods that end on or before this day take no more changes unless a manager unlocks them; null for none.' })
  @IsOptional()
  lockDate?: string | null;

  @Field(() => Int, { description: 'Days after the end of a period by which its results are due, 0–365.' })
  @Min(0, { message: 'the days are 0 or more' })
  @Max(365, { message: 'the days are at most 365' })
  dueDays!: number;
}

@InputType({ description: 'Why a report is returned or unlocked.' })
export class ReasonInput {
  @TextField(LIMIT.paragraph, { description: 'The reason, kept in the history.' })
  reason!: string;
}
