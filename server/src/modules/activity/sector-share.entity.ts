import { Check, Entity, ManyToOne, PrimaryKey, Property, DecimalType, type Ref, type Opt, Index } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import type { Programme } from '../programme/programme.entity.js';
import type { Project } from '../project/project.entity.js';

/** The share of a programme or project given to one sector; shares add up to 100 per vocabulary. */
@ObjectType({ simpleResolvers: true, description: 'The share of a programme or project given to a sector. Shares add up to 100 within each vocabulary.' })
@Entity({ tableName: 'sector_share' })
@Check({ name: 'sector_share_one_owner', expression: '(programme_id is null) <> (project_id is null)' })
@Index({ name: 'sector_share_programme_unique', expression: 'create unique index "sector_share_programme_unique" on "sector_share" ("programme_id", "vocabulary", "code") where "programme_id" is not null' })
@Index({ name: 'sector_share_project_unique', expression: 'create unique index "sector_share_project_unique" on "sector_share" ("project_id", "vocabulary", "code") where "project_id" is not null' })
export class SectorShare {
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Programme', ref: true, nullable: true, deleteRule: 'cascade' })
  programme?: Ref<Programme> | null;

  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  @Field(() => String, { description: 'IATI SectorVocabulary code: `1` DAC 5-digit, `2` DAC 3-digit category, `7` SDG goal, `8` SDG target.' })
  @Property({ type: 'string' })
  vocabulary!: string;

  @Field(() => String, { description: 'Sector code in that vocabulary, e.g. `15130` legal and judicial development.' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => Float, { description: 'Percentage, 0.01–100, at most two decimals.' })
  @Property({ type: new DecimalType('number'), precision: 5, scale: 2 })
  percentage!: number;
}
