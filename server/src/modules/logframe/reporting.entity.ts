import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import type { Project } from '../project/project.entity.js';
import { Indicator } from './indicator.entity.js';

@ObjectType({ simpleResolvers: true, description: 'A reporting period of a project, e.g. 2025-Q1.' })
@Entity({ tableName: 'reporting_period' })
@Unique({ properties: ['project', 'startDate'] })
export class ReportingPeriod {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'Label, e.g. `2025-Q1`, `2025-H2`, `2025`.' })
  @Property({ type: 'string' })
  label!: string;

  @Field(() => GraphQLLocalDate, { description: 'First day.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'Last day.' })
  @Property({ type: 'date' })
  endDate!: string;
}

/**
 * Target and actual of one indicator in one period: the total (empty dimension and category) or one
 * disaggregation value. Numbers for quantitative indicators, text for qualitative ones.
 */
@Entity({ tableName: 'indicator_value' })
// By indicator through the unique key; by period and by project for exports and snapshots.
@Index({ name: 'indicator_value_period_id_index', properties: ['period'] })
@Index({ name: 'indicator_value_project_id_index', properties: ['project'] })
@Unique({ properties: ['indicator', 'period', 'dimension', 'category'] })
export class IndicatorValue extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @ManyToOne(() => ReportingPeriod, { ref: true, deleteRule: 'cascade' })
  period!: Ref<ReportingPeriod>;

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  /** '' for the total. */
  @Property({ type: 'string', default: '' })
  dimension: string & Opt = '';

  @Property({ type: 'string', default: '' })
  category: string & Opt = '';

  @Property({ type: 'double', nullable: true })
  target?: number | null;

  @Property({ type: 'double', nullable: true })
  actual?: number | null;

  @Property({ type: 'double', nullable: true })
  numerator?: number | null;

  @Property({ type: 'double', nullable: true })
  denominator?: number | null;

  @Property({ type: 'text', nullable: true })
  targetText?: string | null;

  @Property({ type: 'text', nullable: true })
  actualText?: string | null;

  /** The counted copy of the results, set when the period's update is approved; reads count only these. */
  @Property({ type: 'double', nullable: true })
  approvedActual?: number | null;

  @Property({ type: 'double', nullable: true })
  approvedNumerator?: number | null;

  @Property({ type: 'double', nullable: true })
  approvedDenominator?: number | null;

  @Property({ type: 'text', nullable: true })
  approvedActualText?: string | null;

  @Property({ type: 'text', default: '' })
  comment: string & Opt = '';

  @Property({ type: 'json', default: '[]' })
  evidence: string[] & Opt = [];
}

@ObjectType({ simpleResolvers: true, description: 'An approved snapshot of a logframe, to compare later versions with.' })
@Entity({ tableName: 'logframe_revision' })
@Index({ name: 'logframe_revision_project_id_number_index', properties: ['project', 'number'] })
export class LogframeRevision {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => Int, { description: 'Revision number within the project, from 1.' })
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => GraphQLDateTime, { description: 'When it was approved.' })
  @Property({ type: 'datetime' })
  approvedAt: Date & Opt = new Date();

  @Property({ type: 'uuid', nullable: true })
  approvedBy?: string | null;

  @Field(() => String, { description: 'Why it was approved, e.g. "Mid-term review".' })
  @Property({ type: 'text' })
  reason!: string;

  @Property({ type: 'json' })
  snapshot!: unknown;
}
