import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique, type Opt, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import type { Project } from '../project/project.entity.js';
import { Indicator } from '../logframe/indicator.entity.js';
import { ReportingPeriod } from '../logframe/reporting.entity.js';

/**
 * Where the report of one indicator for one period stands. NOT_REPORTED is never stored: it is a period
 * without an update. Only APPROVED figures count (progress, status, summaries, exports).
 */
export enum UpdateState {
  NOT_REPORTED = 'NOT_REPORTED',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
}
registerEnumType(UpdateState, {
  name: 'UpdateState',
  description:
    'NOT_REPORTED: nothing entered yet. DRAFT: being written, visible to the reporters and managers. SUBMITTED: waiting for a manager. RETURNED: sent back with a reason, to be fixed and resubmitted. APPROVED: counted, and locked until a manager unlocks it.',
  valuesConfig: {
    NOT_REPORTED: { description: 'Nothing entered yet.' },
    DRAFT: { description: 'Being written; visible to the reporters and managers.' },
    SUBMITTED: { description: 'Waiting for a manager to approve or return it.' },
    RETURNED: { description: 'Sent back with a reason, to be fixed and resubmitted.' },
    APPROVED: { description: 'Counted, and locked until a manager unlocks it.' },
  },
});

/**
 * The report of one indicator for one period: its state in the cycle, the narrative, evidence links and the
 * decisions taken on it. The figures themselves stay in `indicator_value`: the working copy in `actual`…, the
 * counted copy in `approved_actual`…, copied at approval, so a correction under way never changes what counts.
 */
@Entity({ tableName: 'indicator_update' })
@Unique({ properties: ['indicator', 'period'] })
@Index({ name: 'indicator_update_project_state_index', properties: ['project', 'state'] })
@Index({ name: 'indicator_update_period_id_index', properties: ['period'] })
export class IndicatorUpdate extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Indicator, { ref: true, deleteRule: 'cascade' })
  indicator!: Ref<Indicator>;

  @ManyToOne(() => ReportingPeriod, { ref: true, deleteRule: 'cascade' })
  period!: Ref<ReportingPeriod>;

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Enum({ items: () => UpdateState, nativeEnumName: 'update_state' })
  state: UpdateState & Opt = UpdateState.DRAFT;

  /** What happened, and why it differs from the target. */
  @Property({ type: 'text', default: '' })
  narrative: string & Opt = '';

  /** Evidence links (reports, articles, datasets); uploaded files are EvidenceFile rows. */
  @Property({ type: 'json', default: '[]' })
  links: string[] & Opt = [];

  @Property({ type: 'text', default: '' })
  returnReason: string & Opt = '';

  @Property({ type: 'text', default: '' })
  unlockReason: string & Opt = '';

  /** Unlocked by a manager: the project's lock date no longer holds it until the next approval. */
  @Property({ type: 'boolean', default: false })
  reopened: boolean & Opt = false;

  @Property({ type: 'datetime', nullable: true })
  submittedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  submittedBy?: string | null;

  /** When it was last approved or returned, and by whom. */
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  decidedBy?: string | null;
}

/** A file that backs an update: stored through the evidence storage, its type read from its content. */
@Entity({ tableName: 'evidence_file' })
@Index({ name: 'evidence_file_update_id_index', properties: ['update'] })
export class EvidenceFile {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => IndicatorUpdate, { ref: true, deleteRule: 'cascade' })
  update!: Ref<IndicatorUpdate>;

  @ManyToOne({ entity: 'Project', ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  /** The name it was uploaded with, for display and download only. */
  @Property({ type: 'string', length: 255 })
  name!: string;

  /** Detected from the content (file-type), never from the name. */
  @Property({ type: 'string', length: 100 })
  mediaType!: string;

  @Property({ type: 'bigint' })
  size!: number;

  /** Where the storage keeps it; never shown to clients. */
  @Property({ type: 'string', length: 200 })
  storageKey!: string;

  @Property({ type: 'uuid', nullable: true })
  uploadedBy?: string | null;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();
}

export const reportingEntities = [IndicatorUpdate, EvidenceFile];
