import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import type { Project } from '../project/project.entity.js';
import type { ProgrammeIndicator } from '../results/programme-indicator.entity.js';
import { ResultNode } from './result-node.entity.js';

export enum Direction {
  INCREASE = 'INCREASE',
  DECREASE = 'DECREASE',
}
export enum Aggregation {
  SUM = 'SUM',
  LAST = 'LAST',
  AVERAGE = 'AVERAGE',
  RATIO = 'RATIO',
  MAX = 'MAX',
}
export enum Frequency {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  SEMI_ANNUAL = 'SEMI_ANNUAL',
  ANNUAL = 'ANNUAL',
}

registerEnumType(Direction, {
  name: 'Direction',
  description: 'Whether a higher (INCREASE) or lower (DECREASE) value is better.',
  valuesConfig: { INCREASE: { description: 'Higher is better, e.g. officers trained.' }, DECREASE: { description: 'Lower is better, e.g. case backlog.' } },
});
registerEnumType(Aggregation, {
  name: 'Aggregation',
  description: 'How period values add up to the cumulative value.',
  valuesConfig: {
    SUM: { description: 'The sum of the periods, e.g. people trained.' },
    LAST: { description: 'The value of the latest period with data, e.g. a law in force; never summed.' },
    AVERAGE: { description: 'The mean of the periods with data.' },
    RATIO: { description: 'sum(numerators) / sum(denominators), e.g. a conviction rate; ×100 for a percentage measure.' },
    MAX: { description: 'The highest value of any period.' },
  },
});
registerEnumType(Frequency, {
  name: 'Frequency',
  description: 'How often data is collected or periods are reported.',
  valuesConfig: {
    MONTHLY: { description: 'Every calendar month.' },
    QUARTERLY: { description: 'Every calendar quarter.' },
    SEMI_ANNUAL: { description: 'Every half year: January–June and July–December.' },
    ANNUAL: { description: 'Every calendar year.' },
  },
});

/** IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative. */
export const QUALITATIVE = '5';
export const PERCENTAGE = '2';

export interface Dimension {
  name: string;
  values: string[];
  /** The values cover every case, so together they may not exceed the total. */
  exhaustive: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'A disaggregation dimension of an indicator, e.g. sex or professional group, with its allowed values.' })
export class DimensionType implements Dimension {
  @Field(() => String, { description: 'Name, e.g. `sex`.' })
  name!: string;

  @Field(() => [String], { description: 'Allowed values, e.g. `female`, `male`.' })
  values!: string[];

  @Field(() => Boolean, { description: 'The values cover every case: their values together may not exceed the total.' })
  exhaustive!: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'An indicator of an impact, outcome or output, with its baseline and its targets and actuals per reporting period.' })
@Entity({ tableName: 'indicator' })
// The logframe reads indicators by node; exports and snapshots by project.
@Index({ name: 'indicator_node_id_index', properties: ['node'] })
@Index({ name: 'indicator_project_id_index', properties: ['project'] })
@Index({ name: 'indicator_programme_indicator_id_index', properties: ['programmeIndicator'] })
export class Indicator extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => ResultNode, { ref: true, deleteRule: 'cascade' })
  node!: Ref<ResultNode>;

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => Int, { description: 'Position among the indicators of its node, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Title, e.g. "Number of prosecutors trained on the trafficking law".' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Definition: what is counted and how.' })
  @Property({ type: 'text', default: '' })
  definition: string & Opt = '';

  @Field(() => String, { description: 'IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative (text, no numbers).' })
  @Property({ type: 'string', length: 1 })
  measure!: string;

  @Field(() => String, { description: 'Unit label, e.g. "prosecutors" or "%".' })
  @Property({ type: 'string', default: '' })
  unitLabel: string & Opt = '';

  @Field(() => Direction, { description: 'Whether higher or lower is better.' })
  @Enum({ items: () => Direction, nativeEnumName: 'indicator_direction' })
  direction!: Direction;

  @Field(() => Aggregation, { description: 'How period values add up.' })
  @Enum({ items: () => Aggregation, nativeEnumName: 'indicator_aggregation' })
  aggregation!: Aggregation;

  @Field(() => Float, { nullable: true, description: 'Baseline value.' })
  @Property({ type: 'double', nullable: true })
  baselineValue?: number | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'When the baseline was measured.' })
  @Property({ type: 'date', nullable: true })
  baselineDate?: string | null;

  @Field(() => String, { description: 'Note on the baseline.' })
  @Property({ type: 'text', default: '' })
  baselineNote: string & Opt = '';

  @Field(() => String, { description: 'Means of verification.' })
  @Property({ type: 'text', default: '' })
  meansOfVerification: string & Opt = '';

  @Field(() => String, { description: 'Data source.' })
  @Property({ type: 'text', default: '' })
  dataSource: string & Opt = '';

  @Field(() => Frequency, { description: 'How often data is collected.' })
  @Enum({ items: () => Frequency, nativeEnumName: 'collection_frequency' })
  frequency!: Frequency;

  @Field(() => Boolean, { description: 'Sensitive figures, e.g. victims identified. For those who may not see raw figures, period totals of 1–4 read "<5", and whatever would give a small number away is hidden too: the values of its dimension in that period, and the cumulative actual, progress and status computed from it.' })
  @Property({ type: 'boolean', default: false })
  sensitive: boolean & Opt = false;

  @Field(() => String, { nullable: true, description: 'SDG indicator it relates to, e.g. `16.2.2`.' })
  @Property({ type: 'string', nullable: true })
  sdgIndicator?: string | null;

  @Field(() => [DimensionType], { description: 'Disaggregation dimensions and their allowed values.' })
  @Property({ type: 'json', default: '[]' })
  dimensions: Dimension[] & Opt = [];

  /** The programme indicator its figures roll up into (modules/results); the link is made by the results rules. */
  @ManyToOne({ entity: 'ProgrammeIndicator', ref: true, nullable: true, deleteRule: 'set null' })
  programmeIndicator?: Ref<ProgrammeIndicator> | null;
}
