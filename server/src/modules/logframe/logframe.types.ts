import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ReportingPeriod } from './reporting.entity.js';

export enum IndicatorStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}
registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description:
    'Progress against the end target pro-rated to today (expected progress = share of the reporting time passed): ON_TRACK at ≥ 90 % of the expected progress, AT_RISK at ≥ 60 %, OFF_TRACK below; NO_DATA without an actual or a target.',
});

@ObjectType({ description: 'A risk to a result, with its likelihood, impact and mitigation.' })
export class RiskType {
  @Field(() => String, { description: 'What could go wrong.' }) description!: string;
  @Field(() => String, { description: 'LOW, MEDIUM or HIGH.' }) likelihood!: string;
  @Field(() => String, { description: 'LOW, MEDIUM or HIGH.' }) impact!: string;
  @Field(() => String, { description: 'How the risk is reduced.' }) mitigation!: string;
}

@ObjectType({
  description:
    'Derived figures of an indicator. Cumulative actual by aggregation: SUM adds the periods, LAST takes the latest, AVERAGE the mean, MAX the highest, RATIO is sum(numerators)/sum(denominators). Progress = (cumulative − baseline) / (end target − baseline), reversed for lower-is-better indicators.',
})
export class IndicatorProgress {
  @Field(() => Float, { nullable: true, description: 'Cumulative actual; null when there is none, or when it is a suppressed small number.' }) cumulativeActual!: number | null;
  @Field(() => String, { nullable: true, description: 'Cumulative actual as shown: the number, "<5" when suppressed, or the latest text of a qualitative indicator.' }) cumulativeActualDisplay!: string | null;
  @Field(() => Float, { nullable: true, description: 'End-of-project target, aggregated like the actuals (RATIO and LAST: the latest target).' }) endTarget!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the way from baseline to end target reached; 1 = reached. Null when suppressed or not computable.' }) progress!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the way expected by today: the share of the reporting time passed.' }) expectedProgress!: number | null;
  @Field(() => IndicatorStatus, { description: 'Status against the pro-rated target.' }) status!: IndicatorStatus;
}

@ObjectType({ description: 'Target and actual of an indicator for one period, for the total (empty dimension) or one disaggregation value.' })
export class IndicatorValueView {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => ReportingPeriod, { description: 'The period.' }) period!: ReportingPeriod;
  @Field(() => String, { description: 'Disaggregation dimension; empty for the total.' }) dimension!: string;
  @Field(() => String, { description: 'Value of the dimension; empty for the total.' }) category!: string;
  @Field(() => Float, { nullable: true, description: 'Target.' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Actual; null when it is a suppressed small number of a sensitive indicator.' }) actual!: number | null;
  @Field(() => String, { nullable: true, description: 'The actual as shown: the number, or "<5" when suppressed.' }) actualDisplay!: string | null;
  @Field(() => Boolean, { description: 'The actual is hidden because it is a small number of a sensitive indicator.' }) suppressed!: boolean;
  @Field(() => Float, { nullable: true, description: 'Ratio indicators: numerator (hidden when suppressed).' }) numerator!: number | null;
  @Field(() => Float, { nullable: true, description: 'Ratio indicators: denominator (hidden when suppressed).' }) denominator!: number | null;
  @Field(() => String, { nullable: true, description: 'Qualitative target.' }) targetText!: string | null;
  @Field(() => String, { nullable: true, description: 'Qualitative actual.' }) actualText!: string | null;
  @Field(() => String, { description: 'Comment of the reporter.' }) comment!: string;
  @Field(() => [String], { description: 'Links to evidence.' }) evidence!: string[];
  @Field(() => Int, { description: 'Version, to send back with a change.' }) version!: number;
}

@ObjectType({ description: 'One changed field, with its value before and after.' })
export class FieldChangeType {
  @Field(() => String, { description: 'Field name.' }) field!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before.' }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after.' }) after!: unknown;
}

@ObjectType({ description: 'A node that was added, removed, moved or changed between two versions of a logframe.' })
export class NodeChangeType {
  @Field(() => ID, { description: 'Node id.' }) id!: string;
  @Field(() => String, { description: 'Its statement (the later one).' }) statement!: string;
  @Field(() => String, { nullable: true, description: 'Code before; null when added.' }) fromCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Code after; null when removed.' }) toCode!: string | null;
  @Field(() => [FieldChangeType], { description: 'Changed fields.' }) changes!: FieldChangeType[];
}

@ObjectType({ description: 'An indicator that was added, removed or changed between two versions of a logframe.' })
export class IndicatorChangeType {
  @Field(() => ID, { description: 'Indicator id.' }) id!: string;
  @Field(() => String, { description: 'Its title.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Code of its node.' }) nodeCode!: string | null;
  @Field(() => [FieldChangeType], { description: 'Changed fields.' }) changes!: FieldChangeType[];
}

@ObjectType({ description: 'A target that changed between two versions of a logframe.' })
export class TargetChangeType {
  @Field(() => ID, { description: 'Indicator id.' }) indicatorId!: string;
  @Field(() => String, { description: 'Indicator title.' }) indicatorTitle!: string;
  @Field(() => String, { description: 'Period label.' }) period!: string;
  @Field(() => String, { description: 'Disaggregation dimension; empty for the total.' }) dimension!: string;
  @Field(() => String, { description: 'Value of the dimension; empty for the total.' }) category!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Target before.' }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Target after.' }) after!: unknown;
}

@ObjectType({ description: 'What changed between two versions of a logframe.' })
export class LogframeDiffType {
  @Field(() => [NodeChangeType], { description: 'Nodes added.' }) addedNodes!: NodeChangeType[];
  @Field(() => [NodeChangeType], { description: 'Nodes removed.' }) removedNodes!: NodeChangeType[];
  @Field(() => [NodeChangeType], { description: 'Nodes whose place (and so code) changed.' }) movedNodes!: NodeChangeType[];
  @Field(() => [NodeChangeType], { description: 'Nodes whose fields changed.' }) changedNodes!: NodeChangeType[];
  @Field(() => [IndicatorChangeType], { description: 'Indicators added.' }) addedIndicators!: IndicatorChangeType[];
  @Field(() => [IndicatorChangeType], { description: 'Indicators removed.' }) removedIndicators!: IndicatorChangeType[];
  @Field(() => [IndicatorChangeType], { description: 'Indicators whose fields changed.' }) changedIndicators!: IndicatorChangeType[];
  @Field(() => [TargetChangeType], { description: 'Targets that changed.' }) changedTargets!: TargetChangeType[];
}

@ObjectType({ description: 'The logframe of a project: its results chain in reading order and its reporting periods.' })
export class Logframe {
  @Field(() => ID, { description: 'The project.' }) projectId!: string;
}
