import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, PrimaryKeyProp, Property, type Opt, type Ref } from '@mikro-orm/core';
import { registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import { Country, FocusArea } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';

/*
 * The knowledge network: best practices and lessons learned, and short trend notes. Their GraphQL shapes are
 * plain rows read in SQL (knowledge.types.ts, knowledge.reads.ts); these entities serve the writes.
 */

export enum KnowledgeKind {
  BEST_PRACTICE = 'BEST_PRACTICE',
  LESSON_LEARNED = 'LESSON_LEARNED',
}
registerEnumType(KnowledgeKind, {
  name: 'KnowledgeKind',
  description: 'What a knowledge item records.',
  valuesConfig: {
    BEST_PRACTICE: { description: 'A way of working that proved itself and is worth repeating.' },
    LESSON_LEARNED: { description: 'What a project learned, often from what did not work, and what it would do differently.' },
  },
});

/**
 * The weighted document that text search matches: title (A), summary (B), body (C), stemmed in English so that
 * "borders" finds "border". Written in PostgreSQL's own words, as it prints a generated column back, so that
 * the schema diff sees no change.
 */
export const SEARCH_DOCUMENT =
  "((setweight(to_tsvector('english'::regconfig, (title)::text), 'A'::\"char\") || setweight(to_tsvector('english'::regconfig, summary), 'B'::\"char\")) || setweight(to_tsvector('english'::regconfig, body), 'C'::\"char\"))";

/** A best practice or a lesson learned, linked to the projects it comes from, its focus areas and countries. */
@Entity({ tableName: 'knowledge_item' })
@Index({ name: 'knowledge_item_search_index', expression: 'create index "knowledge_item_search_index" on "knowledge_item" using gin ("search")' })
@Index({ name: 'knowledge_item_published_on_id_index', properties: ['publishedOn', 'id'] })
@Index({ name: 'knowledge_item_author_organisation_id_index', properties: ['authorOrganisation'] })
export class KnowledgeItem extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Enum({ items: () => KnowledgeKind, nativeEnumName: 'knowledge_kind' })
  kind!: KnowledgeKind;

  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text' })
  summary!: string;

  /** Markdown; the SPA renders it and sanitises the HTML. */
  @Property({ type: 'text', default: '' })
  body: string & Opt = '';

  @Property({ type: 'date' })
  publishedOn!: string;

  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'set null' })
  authorOrganisation?: Ref<Organisation> | null;

  @ManyToMany(() => FocusArea, undefined, { pivotTable: 'knowledge_item_focus_area', owner: true })
  focusAreas = new Collection<FocusArea>(this);

  @ManyToMany(() => Country, undefined, { pivotTable: 'knowledge_item_country', owner: true })
  countries = new Collection<Country>(this);

  @ManyToMany({ entity: () => Project, pivotEntity: () => KnowledgeItemProject, owner: true })
  projects = new Collection<Project>(this);

  /** Kept by PostgreSQL from the text; never read into the entity. */
  @Property({ columnType: 'tsvector', type: 'unknown', generated: `${SEARCH_DOCUMENT} stored`, lazy: true, hidden: true, nullable: true })
  search?: unknown & Opt;
}

/** The link of an item to a project; a project's items are looked up by the project (Project.knowledge). */
@Entity({ tableName: 'knowledge_item_project' })
@Index({ name: 'knowledge_item_project_project_id_index', properties: ['project'] })
export class KnowledgeItemProject {
  @ManyToOne(() => KnowledgeItem, { primary: true, deleteRule: 'cascade' })
  knowledgeItem!: KnowledgeItem;

  @ManyToOne(() => Project, { primary: true, deleteRule: 'cascade' })
  project!: Project;

  [PrimaryKeyProp]?: ['knowledgeItem', 'project'];
}

/** A source a trend note draws on. */
export interface TrendSource {
  title: string;
  url: string | null;
}

/** A short analysis of a trend in a focus area and/or a country, newest first on the dashboards. */
@Entity({ tableName: 'trend_note' })
@Index({ name: 'trend_note_noted_on_id_index', properties: ['notedOn', 'id'] })
@Index({ name: 'trend_note_author_organisation_id_index', properties: ['authorOrganisation'] })
export class TrendNote extends Tracked {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'date' })
  notedOn!: string;

  @Property({ type: 'json', default: '[]' })
  sources: TrendSource[] & Opt = [];

  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'set null' })
  authorOrganisation?: Ref<Organisation> | null;

  @ManyToMany(() => FocusArea, undefined, { pivotTable: 'trend_note_focus_area', owner: true })
  focusAreas = new Collection<FocusArea>(this);

  @ManyToMany(() => Country, undefined, { pivotTable: 'trend_note_country', owner: true })
  countries = new Collection<Country>(this);
}

export const knowledgeEntities = [KnowledgeItem, KnowledgeItemProject, TrendNote];
