import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Indicator } from '../logframe/indicator.entity.js';
import { IndicatorProgress, IndicatorStatus } from '../logframe/logframe.types.js';
import type { IndicatorRow } from '../logframe/logframe.reads.js';

@ObjectType({ simpleResolvers: true, description: 'The rolled-up target and actual of a programme indicator in one year, for trend charts.' })
export class ProgrammeYearFigures {
  @Field(() => Int, { description: 'The year; a period counts in the year it starts in.' }) year!: number;
  @Field(() => Float, { nullable: true, description: "The projects' targets for the year, each by its own indicator's aggregation, rolled up (RATIO: their mean)." }) target!: number | null;
  @Field(() => Float, { nullable: true, description: "The projects' actuals for the year, rolled up; null when there is none or when it is withheld (see actualDisplay)." }) actual!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The actual as shown: the number; "suppressed" when a contributing sensitive indicator has a period total of that year masked for you; "<5" when the rolled-up figure is 1–4 and a contributor is sensitive.',
  })
  actualDisplay!: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A project indicator that contributes to a programme indicator, with its own figures as you may see them.' })
export class ProgrammeContribution {
  @Field(() => ID, { description: 'The project.' }) projectId!: string;
  @Field(() => Indicator, { description: 'The project indicator.' }) indicator!: IndicatorRow;
  @Field(() => Float, { nullable: true, description: 'Its baseline value.' }) baseline!: number | null;
  @Field(() => IndicatorProgress, { description: 'Its cumulative actual, end target, progress and status, masked as on the logframe.' }) progress!: IndicatorProgress;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "A programme indicator's figures rolled up from its contributing project indicators, over the projects you may read (not archived), so that no total reveals a project you may not read. By the aggregation rule: SUM adds the projects' baselines, end targets and cumulative actuals, AVERAGE takes their means, MAX the highest; RATIO pools the cumulative actual as sum(numerators)/sum(denominators) over every period of every project and takes the means of the baselines and end targets. Each combines the projects that have one. Progress = (actual − baseline) / (end target − baseline), reversed for lower-is-better; the status compares it with the expected progress by the thresholds of IndicatorStatus. Figures in different units are never added: only indicators in the programme indicator's measure and unit count. When a contributing sensitive indicator's figure is withheld from you, the rolled-up actual, progress and status are withheld too.",
})
export class ProgrammeRollup {
  @Field(() => Float, { nullable: true, description: "The projects' baselines rolled up." }) baseline!: number | null;
  @Field(() => Float, { nullable: true, description: "The projects' end targets rolled up." }) endTarget!: number | null;
  @Field(() => Float, { nullable: true, description: 'The cumulative actual rolled up; null when there is none or when it is withheld (see cumulativeActualDisplay).' }) cumulativeActual!: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'The cumulative actual as shown: the number; "suppressed" when a contributing sensitive indicator\'s figure is withheld from you; "<5" when the rolled-up figure is 1–4 and a contributor is sensitive.',
  })
  cumulativeActualDisplay!: string | null;
  @Field(() => Float, { nullable: true, description: 'Share of the way from the rolled-up baseline to the rolled-up end target reached; 1 = reached. Null when withheld or not computable.' }) progress!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Share of the way expected by today: what each project was expected to reach by today (see IndicatorProgress.expectedProgress), rolled up by the same rule, as a share of the rolled-up way; never below 0.',
  })
  expectedProgress!: number | null;
  @Field(() => IndicatorStatus, { description: 'Status of the progress against the expected progress; NO_DATA when withheld.' }) status!: IndicatorStatus;
  @Field(() => Int, { description: 'Number of projects you may read that contribute a linked indicator.' }) contributingProjects!: number;
  @Field(() => [ProgrammeContribution], { description: 'The contributing project indicators of projects you may read, by project title.' }) contributions!: ProgrammeContribution[];
  @Field(() => [ProgrammeYearFigures], { description: 'Targets and actuals rolled up per year, oldest first.' }) byYear!: ProgrammeYearFigures[];
}

@ObjectType({ simpleResolvers: true, description: 'The programme indicator a project indicator contributes to.' })
export class ProgrammeIndicatorLink {
  @Field(() => ID, { description: 'The programme indicator.' }) id!: string;
  @Field(() => String, { description: 'Its title.' }) title!: string;
}
