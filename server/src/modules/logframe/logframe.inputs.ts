import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsIn, IsNotEmpty, IsOptional, IsUrl, Min, ValidateNested } from 'class-validator';
import { LIMIT, ListField, NotNull, TextField } from '../common/limits.js';
import { ResultLevel } from './result-node.entity.js';
import { Aggregation, Direction, Frequency } from './indicator.entity.js';

const LEVELS3 = ['LOW', 'MEDIUM', 'HIGH'];

@InputType({ description: 'A risk to a result.' })
export class RiskInput {
  @TextField(LIMIT.paragraph, { description: 'What could go wrong.' })
  @IsNotEmpty({ message: 'describe the risk' })
  description!: string;

  @TextField(LIMIT.code, { description: 'LOW, MEDIUM or HIGH.' })
  @IsIn(LEVELS3, { message: 'likelihood is LOW, MEDIUM or HIGH' })
  likelihood!: 'LOW' | 'MEDIUM' | 'HIGH';

  @TextField(LIMIT.code, { description: 'LOW, MEDIUM or HIGH.' })
  @IsIn(LEVELS3, { message: 'impact is LOW, MEDIUM or HIGH' })
  impact!: 'LOW' | 'MEDIUM' | 'HIGH';

  @TextField(LIMIT.paragraph, { defaultValue: '', description: 'How the risk is reduced.' })
  mitigation: string = '';
}

@InputType({ description: 'A new node of a project logframe.' })
export class ResultNodeInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => ID, { nullable: true, description: 'The parent node; none for a top node (an impact or an outcome).' })
  parentId?: string | null;

  @Field(() => ResultLevel, { nullable: true, description: 'Level; for a child it is always one below the parent and may be left out.' })
  level?: ResultLevel | null;

  @Field(() => Int, { nullable: true, description: 'Position among its siblings; default last.' })
  position?: number | null;

  @TextField(LIMIT.paragraph, { description: 'The result statement.' })
  @IsNotEmpty({ message: 'a statement is required' })
  statement!: string;

  @TextField(10000, { defaultValue: '' })
  description: string = '';

  @TextField(10000, { defaultValue: '' })
  assumptions: string = '';

  @ListField(() => [RiskInput], LIMIT.items, { defaultValue: [] })
  @ValidateNested({ each: true })
  risks!: RiskInput[];

  @Field(() => ID, { nullable: true, description: 'The organisation responsible; one of the project participants.' })
  responsibleOrganisationId?: string | null;
}

@InputType({ description: 'Changes to a logframe node; only the fields given change.' })
export class ResultNodePatch {
  @TextField(LIMIT.paragraph, { nullable: true })
  @NotNull()
  @IsNotEmpty({ message: 'a statement is required' })
  statement?: string;

  @TextField(10000, { nullable: true })
  @NotNull()
  description?: string;

  @TextField(10000, { nullable: true })
  @NotNull()
  assumptions?: string;

  @ListField(() => [RiskInput], LIMIT.items, { nullable: true })
  @NotNull()
  @ValidateNested({ each: true })
  risks?: RiskInput[];

  @Field(() => ID, { nullable: true, description: 'Empty string clears it.' })
  responsibleOrganisationId?: string | null;
}

@InputType({ description: 'A disaggregation dimension and its allowed values.' })
export class DimensionInput {
  @TextField(100)
  @IsNotEmpty({ message: 'a dimension needs a name' })
  name!: string;

  @ListField(() => [String], LIMIT.items, { each: 100 })
  values!: string[];

  @Field(() => Boolean, { defaultValue: true, description: 'Values cover every case, so together they may not exceed the total.' })
  exhaustive: boolean = true;
}

@InputType({ description: 'An indicator: new, or changes to one (then only the fields given change).' })
export class IndicatorInput {
  @TextField(1000, { nullable: true })
  @NotNull()
  @IsNotEmpty({ message: 'a title is required' })
  title?: string;

  @TextField(10000, { nullable: true })
  @NotNull()
  definition?: string;

  @TextField(LIMIT.code, { nullable: true, description: 'IATI IndicatorMeasure 1–5.' })
  @NotNull()
  @IsIn(['1', '2', '3', '4', '5'], { message: 'measure is an IATI indicator measure, 1 to 5' })
  measure?: string;

  @TextField(100, { nullable: true })
  @NotNull()
  unitLabel?: string;

  @Field(() => Direction, { nullable: true })
  @NotNull()
  direction?: Direction;

  @Field(() => Aggregation, { nullable: true })
  @NotNull()
  aggregation?: Aggregation;

  @Field(() => Float, { nullable: true })
  baselineValue?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  baselineDate?: string | null;

  @TextField(LIMIT.paragraph, { nullable: true })
  @NotNull()
  baselineNote?: string;

  @TextField(LIMIT.paragraph, { nullable: true })
  @NotNull()
  meansOfVerification?: string;

  @TextField(LIMIT.paragraph, { nullable: true })
  @NotNull()
  dataSource?: string;

  @Field(() => Frequency, { nullable: true })
  @NotNull()
  frequency?: Frequency;

  @Field(() => Boolean, { nullable: true })
  @NotNull()
  sensitive?: boolean;

  @TextField(20, { nullable: true })
  @IsOptional()
  sdgIndicator?: string | null;

  @ListField(() => [DimensionInput], 20, { nullable: true })
  @NotNull()
  @ValidateNested({ each: true })
  dimensions?: DimensionInput[];

  @Field(() => ID, {
    nullable: true,
    description: 'The programme indicator of its programme it contributes to, in the same measure and unit; null or empty removes the link, left out keeps it.',
  })
  programmeIndicatorId?: string | null;
}

@InputType({ description: 'Target and/or actual of one indicator in one period, for the total or one disaggregation value. Fields left out keep their stored value; null clears one.' })
export class IndicatorValueInput {
  @Field(() => ID, { description: 'The indicator.' })
  indicatorId!: string;

  @Field(() => ID, { description: 'The reporting period.' })
  periodId!: string;

  @TextField(100, { defaultValue: '', description: 'Disaggregation dimension; empty for the total.' })
  dimension: string = '';

  @TextField(100, { defaultValue: '', description: 'Value of the dimension, e.g. `female`; empty for the total.' })
  category: string = '';

  @Field(() => Float, { nullable: true, description: 'The target for the period; null clears it.' })
  target?: number | null;

  @Field(() => Float, { nullable: true, description: 'The actual of the period; null clears it.' })
  actual?: number | null;

  @Field(() => Float, { nullable: true, description: 'For RATIO indicators: the numerator of the actual.' })
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'For RATIO indicators: the denominator of the actual.' })
  denominator?: number | null;

  @TextField(LIMIT.paragraph, { nullable: true, description: 'Qualitative indicators: the target, in words.' })
  targetText?: string | null;

  @TextField(LIMIT.paragraph, { nullable: true, description: 'Qualitative indicators: what was achieved, in words.' })
  actualText?: string | null;

  @TextField(5000, { nullable: true })
  @IsOptional()
  comment?: string;

  @ListField(() => [String], 20, { nullable: true, description: 'Links to evidence (http or https).', each: LIMIT.url })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { each: true, message: 'evidence links are full http or https addresses' })
  evidence?: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the value you read, or 0 when the cell was empty: if it changed (or was filled) since, the whole batch is refused with CONFLICT, and `extensions.conflicts` lists each changed cell with its current content. Left out, the value is written whatever it is now.',
  })
  @IsOptional()
  @Min(0)
  version?: number | null;
}
