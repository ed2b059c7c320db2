import { Entity, Index, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { Issue } from './records.js';
import type { ImportPreview, ImportResult } from './preview.js';

/**
 * Where an IATI import stands. UPLOADED → PREVIEWING → READY or INVALID; a commit takes READY (or FAILED) to
 * QUEUED → IMPORTING → IMPORTED or FAILED. CANCELLED ends it at any step but IMPORTING.
 */
export enum ImportState {
  UPLOADED = 'UPLOADED',
  PREVIEWING = 'PREVIEWING',
  READY = 'READY',
  INVALID = 'INVALID',
  QUEUED = 'QUEUED',
  IMPORTING = 'IMPORTING',
  IMPORTED = 'IMPORTED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}

/** One uploaded IATI file and the job that reads, previews and imports it; the file itself is kept under DATA_DIR. */
@Entity({ tableName: 'iati_import' })
@Index({ name: 'iati_import_created_by_index', properties: ['createdBy', 'createdAt'] })
@Index({ name: 'iati_import_waiting_index', expression: `create index "iati_import_waiting_index" on "iati_import" ("created_at") where "state" in ('UPLOADED', 'QUEUED', 'PREVIEWING', 'IMPORTING')` })
export class IatiImport {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 20 })
  state: ImportState & Opt = ImportState.UPLOADED;

  @Property({ type: 'uuid' })
  createdBy!: string;

  @Property({ type: 'datetime' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date & Opt = new Date();

  /** Set while a worker holds the job; a job whose heartbeat is old was left by a process that stopped. */
  @Property({ type: 'datetime', nullable: true })
  heartbeatAt?: Date | null;

  @Property({ type: 'bigint' })
  bytesTotal!: number;

  @Property({ type: 'bigint', default: 0 })
  bytesRead: number & Opt = 0;

  /** 0–1: how far the current reading (preview or commit) has come. */
  @Property({ type: 'double', default: 0 })
  progress: number & Opt = 0;

  /** The `version` of the `iati-activities` root. */
  @Property({ type: 'string', length: 20, nullable: true })
  iatiVersion?: string | null;

  @Property({ type: 'json', nullable: true })
  preview?: ImportPreview | null;

  @Property({ type: 'json', default: '[]' })
  errors: Issue[] & Opt = [];

  @Property({ type: 'json', default: '[]' })
  warnings: Issue[] & Opt = [];

  /** Where the commit puts child activities whose parent is neither in the file nor in Accord. */
  @Property({ type: 'uuid', nullable: true })
  orphanProgrammeId?: string | null;

  @Property({ type: 'json', nullable: true })
  result?: ImportResult | null;

  /** Why a commit failed, in words for the user. */
  @Property({ type: 'text', nullable: true })
  failure?: string | null;
}
