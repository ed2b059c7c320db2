import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ReportingPeriod } from './reporting.entity.js';
import type { PeriodRow } from './logframe.reads.js';

export enum IndicatorStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NO_DATA = 'NO_DATA',
}
registerEnumType(IndicatorStatus, {
  name: 'IndicatorStatus',
  description:
    'Progress against the progress expected by today (see IndicatorProgress.expectedProgress): ON_TRACK at ≥ 90 % of it, AT_RISK at ≥ 60 %, OFF_TRACK below; ON_TRACK while nothing is expected yet. NO_DATA without an actual or a target, or when the progress is withheld because it is computed from small numbers you may not see.',
  valuesConfig: {
    ON_TRACK: { description: 'At 90 % or more of the progress expected by today, or nothing expected yet.' },
    AT_RISK: { description: 'At 60 % to 90 % of the progress expected by today.' },
    OFF_TRACK: { description: 'Below 60 % of the progress expected by today.' },
    NO_DATA: { description: 'No actual or no target, or the progress is withheld from you.' },
  },
});

// The logframe's types read their plain fields with graphql's own resolver (`simpleResolvers`): a logframe of 300
// nodes has some 100,000 fields, and type-graphql's wrapper would run on each. No middleware is in use.
@ObjectType({ simpleResolvers: true, description: 'A risk to a result, with its likelihood, impact and mitigation.' })
export class RiskType {
  @Field(() => String, { description: 'What could go wrong.' }) description!: string;
  @Field(() => String, { description: 'LOW, MEDIUM or HIGH.' }) likelihood!: string;
  @Field(() => String, { description: 'LOW, MEDIUM or HIGH.' }) impact!: string;
  @Field(() => String, { description: 'How the risk is reduced.' }) mitigation!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'Derived figures of an indicator. Cumulative actual by aggregation: SUM adds the periods, LAST takes the latest, AVERAGE the mean, MAX the highest, RATIO is sum(numerators)/sum(denominators). End target: SUM adds the period targets, LAST, AVERAGE and RATIO take the target of the latest period that has one, MAX the highest. Progress = (cumulative − baseline) / (end target − baseline), reversed for lower-is-better indicators. Sensitive indicators, for callers who may not see raw figures: the cumulative actual, progress and status are withheld when they are computed from a masked period total (any for SUM, AVERAGE and RATIO; the latest for LAST; the highest for MAX).',
})
export class IndicatorProgress {
  @Field(() => Float, { nullable: true, description: 'Cumulative actual; null when there is none, or when it is withheld because it is computed from a masked small number.' }) cumulativeActual!: number | null;
  @Field(() => String, { nullable: true, description: 'Cumulative actual as shown: the number; when withheld "<5" (LAST and MAX, where it is one masked period total) or "suppressed"; or the latest text of a qualitative indicator.' }) cumulativeActualDisplay!: string | null;
  @Field(() => Float, { nullable: true, description: 'The target the plan ends on: the sum of the period targets (SUM), the highest (MAX), or the target of the latest period that has one (LAST, AVERAGE, RATIO; e.g. 40, 50, 65, 80 → 80).' }) endTarget!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of the way from baseline to end target reached; 1 = reached. Null when withheld (see cumulativeActual) or not computable.' }) progress!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Share of the way from baseline to end target expected by today. With period targets: the target due by today (periods whose last day has passed; the period in progress is not due yet), aggregated like the end target, as a share of the way from baseline to end target, direction-aware; 0 while nothing is due, never below 0. Without any period target: the share of the reporting time passed.',
  })
  expectedProgress!: number | null;
  @Field(() => IndicatorStatus, { description: 'Status of the progress against the expected progress.' }) status!: IndicatorStatus;
}

@ObjectType({ simpleResolvers: true, description: 'Target and actual of an indicator for one period, for the total (empty dimension) or one disaggregation value.' })
export class IndicatorValueView {
  @Field(() => ID, { description: 'Stable identifier.' }) id!: string;
  @Field(() => ReportingPeriod, { description: 'The period.' }) period!: PeriodRow;
  @Field(() => String, { description: 'Disaggregation dimension; empty for the total.' }) dimension!: string;
  @Field(() => String, { description: 'Value of the dimension; empty for the total.' }) category!: string;
  @Field(() => Float, { nullable: true, description: 'Target.' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Actual; null when suppressed. For those who may act on the report, the figure as entered (see `pending`); for everyone else, the approved figure.' }) actual!: number | null;
  @Field(() => String, { nullable: true, description: 'The actual as shown: the number; "<5" for a suppressed period total; "suppressed" for every value of a dimension in a period where that dimension or the total holds a small number.' }) actualDisplay!: string | null;
  @Field(() => Boolean, {
    description:
      'The actual is hidden from you: a sensitive indicator\'s period total of 1–4 (more than 0, less than 5), or a value of a dimension in a period where the total or any value of that dimension is that small. Whole dimensions are hidden so that a small value cannot be worked out from the total and the other values.',
  })
  suppressed!: boolean;
  @Field(() => Float, { nullable: true, description: 'Ratio indicators: numerator (hidden when suppressed).' }) numerator!: number | null;
  @Field(() => Float, { nullable: true, description: 'Ratio indicators: denominator (hidden when suppressed).' }) denominator!: number | null;
  @Field(() => String, { nullable: true, description: 'Qualitative target.' }) targetText!: string | null;
  @Field(() => String, { nullable: true, description: 'Qualitative actual.' }) actualText!: string | null;
  @Field(() => Float, { nullable: true, description: 'The approved actual, the one that counts; differs from `actual` while a change waits for approval (see `pending`).' }) approvedActual!: number | null;
  @Field(() => String, { nullable: true, description: 'Qualitative indicators: the approved actual text.' }) approvedActualText!: string | null;
  @Field(() => Boolean, {
    description:
      'The figures shown are not approved yet, so they do not count in progress, summaries or exports. Only those who may act on the report (the managers of the project and the responsible partner) read figures before approval; everyone else reads the approved ones.',
  })
  pending!: boolean;
  @Field(() => String, { description: 'Comment of the reporter.' }) comment!: string;
  @Field(() => [String], { description: 'Links to evidence.' }) evidence!: string[];
  @Field(() => Int, { description: 'Version, to send back with a change.' }) version!: number;
}

@ObjectType({ simpleResolvers: true, description: 'One changed field, with its value before and after.' })
export class FieldChangeType {
  @Field(() => String, { description: 'Field name.' }) field!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Value before.' }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Value after.' }) after!: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'A node that was added, removed, moved or changed between two versions of a logframe.' })
export class NodeChangeType {
  @Field(() => ID, { description: 'Node id.' }) id!: string;
  @Field(() => String, { description: 'Its statement (the later one).' }) statement!: string;
  @Field(() => String, { nullable: true, description: 'Code before; null when added.' }) fromCode!: string | null;
  @Field(() => String, { nullable: true, description: 'Code after; null when removed.' }) toCode!: string | null;
  @Field(() => [FieldChangeType], { description: 'Changed fields.' }) changes!: FieldChangeType[];
}

@ObjectType({ simpleResolvers: true, description: 'An indicator that was added, removed or changed between two versions of a logframe.' })
export class IndicatorChangeType {
  @Field(() => ID, { description: 'Indicator id.' }) id!: string;
  @Field(() => String, { description: 'Its title.' }) title!: string;
  @Field(() => String, { nullable: true, description: 'Code of its node.' }) nodeCode!: string | null;
  @Field(() => [FieldChangeType], { description: 'Changed fields.' }) changes!: FieldChangeType[];
}

@ObjectType({ simpleResolvers: true, description: 'A target that changed between two versions of a logframe.' })
export class TargetChangeType {
  @Field(() => ID, { description: 'Indicator id.' }) indicatorId!: string;
  @Field(() => String, { description: 'Indicator title.' }) indicatorTitle!: string;
  @Field(() => String, { description: 'Period label.' }) period!: string;
  @Field(() => String, { description: 'Disaggregation dimension; empty for the total.' }) dimension!: string;
  @Field(() => String, { description: 'Value of the dimension; empty for the total.' }) category!: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Target before.' }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Target after.' }) after!: unknown;
}

@ObjectType({ simpleResolvers: true, description: 'What changed between two versions of a logframe.' })
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

@ObjectType({ simpleResolvers: true, description: 'The logframe of a project: its results chain in reading order and its reporting periods.' })
export class Logframe {
  @Field(() => ID, { description: 'The project.' }) projectId!: string;
}
