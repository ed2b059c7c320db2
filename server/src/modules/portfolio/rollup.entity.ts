import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Indicator } from '../logframe/indicator.entity.js';
import type { Programme } from '../programme/programme.entity.js';
import type { Project } from '../project/project.entity.js';

/*
 * Derived figures kept beside the records they come from, so that a portfolio summary sums a few thousand rows
 * instead of converting every money record and working out every indicator's status on each read.
 *
 * Triggers (migration `…_portfolio`) mark a row stale in the same transaction as any change to what it derives
 * from; the next summary brings the stale rows up to date before it reads (rollups.ts). A summary therefore never
 * counts a figure older than the records it was made from.
 */

/** The status of an indicator, as shown to those who see its raw figures and to those who do not. */
@Entity({ tableName: 'indicator_status' })
@Index({ name: 'indicator_status_project_id_index', properties: ['projectId'] })
@Index({ name: 'indicator_status_computed_on_index', properties: ['computedOn'] })
@Index({ name: 'indicator_status_stale_index', expression: 'create index "indicator_status_stale_index" on "indicator_status" ("indicator_id") where stale' })
export class IndicatorStatus {
  @ManyToOne(() => Indicator, { primary: true, ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid', nullable: true })
  responsibleOrganisationId?: string | null;

  /** ON_TRACK, AT_RISK, OFF_TRACK or NO_DATA, from the raw figures; null until first worked out. */
  @Property({ type: 'string', length: 10, nullable: true })
  status?: string | null;

  /** The same for those who may not see the raw figures of a sensitive indicator (figures.ts). */
  @Property({ type: 'string', length: 10, nullable: true })
  maskedStatus?: string | null;

  /** Whether the indicator is archived, or its node: archived indicators are not counted. */
  @Property({ type: 'boolean', default: false })
  archived: boolean & Opt = false;

  /** Status depends on the date (what is due by today), so a row is worked out again on a later day. */
  @Property({ type: 'date', nullable: true })
  computedOn?: string | null;

  @Property({ type: 'boolean', default: true })
  stale: boolean & Opt = true;
}

/** Whether a programme's money rollup is up to date with its money records and the exchange rates. */
@Entity({ tableName: 'money_freshness' })
export class MoneyFreshness {
  @ManyToOne({ entity: 'Programme', primary: true, ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @Property({ type: 'boolean', default: true })
  stale: boolean & Opt = true;
}

/**
 * The money of one programme's fund (no project) or of one project, summed per figure, year, donor and currency,
 * with the same counting rule and the same per-record conversion as the finance figures (finance/figures.reads.ts).
 */
@Entity({ tableName: 'money_rollup' })
@Index({ name: 'money_rollup_programme_id_index', properties: ['programme'] })
@Index({ name: 'money_rollup_project_id_index', properties: ['project'] })
export class MoneyRollup {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne({ entity: 'Programme', ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  /** budget, contributions, received or spent. */
  @Property({ type: 'string', length: 20 })
  figure!: string;

  @Property({ type: 'integer' })
  year!: number;

  /** The donor of a contribution or of incoming funds. */
  @Property({ type: 'uuid', nullable: true })
  donorId?: string | null;

  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Property({ type: 'decimal', precision: 20, scale: 2 })
  amount!: string;

  /** The reporting currency `conv` is in. */
  @Property({ type: 'string', length: 3 })
  quote!: string;

  /** In the reporting currency; null when a record lacks a rate. */
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  conv?: string | null;

  /** The earliest value date that lacks a rate, when one does. */
  @Property({ type: 'date', nullable: true })
  missingDate?: string | null;
}

/**
 * The money of one activity (a project, or a programme's fund), summed over `money_rollup`: one row per year, and
 * one with no year for all years. Summaries read these few rows per activity instead of the ledger.
 */
@Entity({ tableName: 'activity_money' })
@Index({ name: 'activity_money_activity_id_year_index', properties: ['activityId', 'year'] })
@Index({ name: 'activity_money_programme_id_index', properties: ['programme'] })
export class ActivityMoney {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  /** The project, or the programme for its fund. */
  @Property({ type: 'uuid' })
  activityId!: string;

  @ManyToOne({ entity: 'Programme', ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  /** Null for the row of all years. */
  @Property({ type: 'integer', nullable: true })
  year?: number | null;

  // Each in the reporting currency, null when a record lacks a rate.
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  budget?: string | null;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  contributions?: string | null;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  received?: string | null;

  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true })
  spent?: string | null;
}

/** How many of a project's indicators stand at each status, as seen with and without its raw figures. */
@Entity({ tableName: 'project_indicator_counts' })
export class ProjectIndicatorCounts {
  @ManyToOne({ entity: 'Project', primary: true, ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Property({ type: 'integer', default: 0 }) onTrack: number & Opt = 0;
  @Property({ type: 'integer', default: 0 }) atRisk: number & Opt = 0;
  @Property({ type: 'integer', default: 0 }) offTrack: number & Opt = 0;
  @Property({ type: 'integer', default: 0 }) noData: number & Opt = 0;
  @Property({ type: 'integer', default: 0 }) maskedOnTrack: number & Opt = 0;
  @Property({ type: 'integer', default: 0 }) maskedAtRisk: number & Opt = 0;
  @Property({ type: 'integer', default: 0 }) maskedOffTrack: number & Opt = 0;
  @Property({ type: 'integer', default: 0 }) maskedNoData: number & Opt = 0;

  /** Set when an indicator of the project is deleted: its status row is gone, so nothing else would say so. */
  @Property({ type: 'boolean', default: false })
  stale: boolean & Opt = false;
}

/**
 * Period totals of a project's quantitative indicators by the year their period ends, per organisation responsible
 * for the node (partner reporters see raw figures on their own nodes only). See results.reads.ts for the rule.
 */
@Entity({ tableName: 'project_results_year' })
@Index({ name: 'project_results_year_project_id_index', properties: ['project'] })
export class ProjectResultsYear {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Property({ type: 'uuid', nullable: true })
  organisationId?: string | null;

  @Property({ type: 'integer' }) year!: number;
  @Property({ type: 'integer' }) reported!: number;
  @Property({ type: 'integer' }) assessed!: number;
  @Property({ type: 'integer' }) met!: number;
  /** The same without the masked small actuals of sensitive indicators, which count as suppressed instead. */
  @Property({ type: 'integer' }) maskedAssessed!: number;
  @Property({ type: 'integer' }) maskedMet!: number;
  @Property({ type: 'integer' }) suppressed!: number;
}

/**
 * Every breakdown of one programme and its projects, summed by key (cube.ts): what an unfiltered summary for a
 * reader of the whole portfolio adds up, a few rows per programme instead of every activity. Money is unrounded.
 */
@Entity({ tableName: 'portfolio_cube' })
@Index({ name: 'portfolio_cube_programme_id_index', properties: ['programme'] })
@Index({ name: 'portfolio_cube_dim_index', properties: ['dim'] })
export class PortfolioCube {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @ManyToOne({ entity: 'Programme', ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @Property({ type: 'string', length: 20 }) dim!: string;
  @Property({ type: 'string', length: 100 }) key!: string;
  /** Whether the programme counts in the row (a donor's money alone does not make it count). */
  @Property({ type: 'boolean' }) counts!: boolean;
  @Property({ type: 'integer' }) projects!: number;
  @Property({ type: 'decimal', columnType: 'numeric', nullable: true }) budget?: string | null;
  @Property({ type: 'boolean' }) budgetMissing!: boolean;
  @Property({ type: 'decimal', columnType: 'numeric', nullable: true }) contributions?: string | null;
  @Property({ type: 'boolean' }) contributionsMissing!: boolean;
  @Property({ type: 'decimal', columnType: 'numeric', nullable: true }) received?: string | null;
  @Property({ type: 'boolean' }) receivedMissing!: boolean;
  @Property({ type: 'decimal', columnType: 'numeric', nullable: true }) spent?: string | null;
  @Property({ type: 'boolean' }) spentMissing!: boolean;
  @Property({ type: 'integer', nullable: true }) onTrack?: number | null;
  @Property({ type: 'integer', nullable: true }) atRisk?: number | null;
  @Property({ type: 'integer', nullable: true }) offTrack?: number | null;
  @Property({ type: 'integer', nullable: true }) noData?: number | null;
  @Property({ type: 'integer', nullable: true }) maskedOnTrack?: number | null;
  @Property({ type: 'integer', nullable: true }) maskedAtRisk?: number | null;
  @Property({ type: 'integer', nullable: true }) maskedOffTrack?: number | null;
  @Property({ type: 'integer', nullable: true }) maskedNoData?: number | null;
}

/**
 * The summary of the whole portfolio for those who read all of it (cube.ts): the cube added up over every
 * programme, made again whenever a refresh changed anything. Money is rounded to the cent and null when a record
 * lacks a rate. The row of dim `reach` holds the number of countries in `programmes` and of partners in `projects`.
 */
@Entity({ tableName: 'portfolio_whole' })
export class PortfolioWhole {
  @PrimaryKey({ type: 'uuid', defaultRaw: 'gen_random_uuid()' })
  id!: string & Opt;

  @Property({ type: 'string', length: 20 }) dim!: string;
  @Property({ type: 'string', length: 100 }) key!: string;
  @Property({ type: 'integer' }) programmes!: number;
  @Property({ type: 'integer' }) projects!: number;
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true }) budget?: string | null;
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true }) contributions?: string | null;
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true }) received?: string | null;
  @Property({ type: 'decimal', precision: 20, scale: 2, nullable: true }) spent?: string | null;
  @Property({ type: 'integer' }) onTrack!: number;
  @Property({ type: 'integer' }) atRisk!: number;
  @Property({ type: 'integer' }) offTrack!: number;
  @Property({ type: 'integer' }) noData!: number;
  @Property({ type: 'integer' }) maskedOnTrack!: number;
  @Property({ type: 'integer' }) maskedAtRisk!: number;
  @Property({ type: 'integer' }) maskedOffTrack!: number;
  @Property({ type: 'integer' }) maskedNoData!: number;
}

/** Results by year of the whole portfolio, with and without the masked small actuals (results.reads.ts). */
@Entity({ tableName: 'portfolio_whole_results' })
export class PortfolioWholeResults {
  @PrimaryKey({ type: 'integer', autoincrement: false }) year!: number;
  @Property({ type: 'integer' }) reported!: number;
  @Property({ type: 'integer' }) assessed!: number;
  @Property({ type: 'integer' }) met!: number;
  @Property({ type: 'integer' }) maskedAssessed!: number;
  @Property({ type: 'integer' }) maskedMet!: number;
  @Property({ type: 'integer' }) suppressed!: number;
}

export const rollupEntities = [IndicatorStatus, MoneyFreshness, MoneyRollup, ActivityMoney, ProjectIndicatorCounts, ProjectResultsYear, PortfolioCube, PortfolioWhole, PortfolioWholeResults];
