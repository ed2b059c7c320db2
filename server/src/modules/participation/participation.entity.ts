import { Check, Entity, ManyToOne, PrimaryKey, Property, type Ref, type Opt, Index } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import { Organisation } from '../organisation/organisation.entity.js';
import type { Programme } from '../programme/programme.entity.js';
import type { Project } from '../project/project.entity.js';

/** An organisation taking part in a programme or a project in one IATI role. */
@ObjectType({ simpleResolvers: true, description: 'An organisation taking part in a programme or project in one IATI role (1 funding, 2 accountable, 3 extending, 4 implementing).' })
@Entity({ tableName: 'participation' })
@Check({ name: 'participation_one_activity', expression: '(programme_id is null) <> (project_id is null)' })
@Index({ name: 'participation_organisation_id_index', properties: ['organisation'] })
// An organisation holds each role at most once per programme or project.
@Index({ name: 'participation_programme_role_unique', expression: 'create unique index "participation_programme_role_unique" on "participation" ("programme_id", "organisation_id", "role") where "programme_id" is not null' })
@Index({ name: 'participation_project_role_unique', expression: 'create unique index "participation_project_role_unique" on "participation" ("project_id", "organisation_id", "role") where "project_id" is not null' })
export class Participation extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne({ entity: 'Programme', ref: true, nullable: true, deleteRule: 'cascade' })
  programme?: Ref<Programme> | null;

  @ManyToOne({ entity: 'Project', ref: true, nullable: true, deleteRule: 'cascade' })
  project?: Ref<Project> | null;

  @Field(() => String, { description: 'IATI OrganisationRole code: 1 funding, 2 accountable, 3 extending, 4 implementing.' })
  @Property({ type: 'string', length: 1 })
  role!: string;
}
