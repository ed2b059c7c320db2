import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { ArrayMaxSize, IsIn, IsNotEmpty, IsOptional, IsUrl, MaxLength, Min, ValidateNested } from 'class-validator';
import { ResultLevel } from './result-node.entity.js';
import { Aggregation, Direction, Frequency } from './indicator.entity.js';

const LEVELS3 = ['LOW', 'MEDIUM', 'HIGH'];

@InputType({ description: 'A risk to a result.' })
export class RiskInput {
  @Field(() => String, { description: 'What could go wrong.' })
  @IsNotEmpty({ message: 'describe the risk' })
  @MaxLength(2000)
  description!: string;

  @Field(() => String, { description: 'LOW, MEDIUM or HIGH.' })
  @IsIn(LEVELS3, { message: 'likelihood is LOW, MEDIUM or HIGH' })
  likelihood!: 'LOW' | 'MEDIUM' | 'HIGH';

  @Field(() => String, { description: 'LOW, MEDIUM or HIGH.' })
  @IsIn(LEVELS3, { message: 'impact is LOW, MEDIUM or HIGH' })
  impact!: 'LOW' | 'MEDIUM' | 'HIGH';

  @Field(() => String, { defaultValue: '', description: 'How the risk is reduced.' })
  @MaxLength(2000)
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

  @Field(() => String, { description: 'The result statement.' })
  @IsNotEmpty({ message: 'a statement is required' })
  @MaxLength(2000)
  statement!: string;

  @Field(() => String, { defaultValue: '' })
  @MaxLength(10000)
  description: string = '';

  @Field(() => String, { defaultValue: '' })
  @MaxLength(10000)
  assumptions: string = '';

  @Field(() => [RiskInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  risks!: RiskInput[];

  @Field(() => ID, { nullable: true, description: 'The organisation responsible; one of the project participants.' })
  responsibleOrganisationId?: string | null;
}

@InputType({ description: 'Changes to a logframe node; only the fields given change.' })
export class ResultNodePatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'a statement is required' })
  @MaxLength(2000)
  statement?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  description?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  assumptions?: string;

  @Field(() => [RiskInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  risks?: RiskInput[];

  @Field(() => ID, { nullable: true, description: 'Empty string clears it.' })
  responsibleOrganisationId?: string | null;
}

@InputType({ description: 'A disaggregation dimension and its allowed values.' })
export class DimensionInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'a dimension needs a name' })
  @MaxLength(100)
  name!: string;

  @Field(() => [String])
  @ArrayMaxSize(50)
  values!: string[];

  @Field(() => Boolean, { defaultValue: true, description: 'Values cover every case, so together they may not exceed the total.' })
  exhaustive: boolean = true;
}

@InputType({ description: 'An indicator: new, or changes to one (then only the fields given change).' })
export class IndicatorInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'a title is required' })
  @MaxLength(1000)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(10000)
  definition?: string;

  @Field(() => String, { nullable: true, description: 'IATI IndicatorMeasure 1–5.' })
  @IsOptional()
  @IsIn(['1', '2', '3', '4', '5'], { message: 'measure is an IATI indicator measure, 1 to 5' })
  measure?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  unitLabel?: string;

  @Field(() => Direction, { nullable: true })
  direction?: Direction;

  @Field(() => Aggregation, { nullable: true })
  aggregation?: Aggregation;

  @Field(() => Float, { nullable: true })
  baselineValue?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  baselineDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  baselineNote?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  meansOfVerification?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000)
  dataSource?: string;

  @Field(() => Frequency, { nullable: true })
  frequency?: Frequency;

  @Field(() => Boolean, { nullable: true })
  sensitive?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20)
  sdgIndicator?: string | null;

  @Field(() => [DimensionInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  dimensions?: DimensionInput[];
}

@InputType({ description: 'Target and/or actual of one indicator in one period, for the total or one disaggregation value. Fields left out keep their stored value; null clears one.' })
export class IndicatorValueInput {
  @Field(() => ID)
  indicatorId!: string;

  @Field(() => ID)
  periodId!: string;

  @Field(() => String, { defaultValue: '', description: 'Disaggregation dimension; empty for the total.' })
  dimension: string = '';

  @Field(() => String, { defaultValue: '', description: 'Value of the dimension, e.g. `female`; empty for the total.' })
  category: string = '';

  @Field(() => Float, { nullable: true })
  target?: number | null;

  @Field(() => Float, { nullable: true })
  actual?: number | null;

  @Field(() => Float, { nullable: true, description: 'For RATIO indicators: the numerator of the actual.' })
  numerator?: number | null;

  @Field(() => Float, { nullable: true, description: 'For RATIO indicators: the denominator of the actual.' })
  denominator?: number | null;

  @Field(() => String, { nullable: true, description: 'Qualitative indicators: the target, in words.' })
  targetText?: string | null;

  @Field(() => String, { nullable: true, description: 'Qualitative indicators: what was achieved, in words.' })
  actualText?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(5000)
  comment?: string;

  @Field(() => [String], { nullable: true, description: 'Links to evidence (http or https).' })
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
