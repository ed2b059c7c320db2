import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Ref, type Opt, Index } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Activity } from '../activity/activity.entity.js';
import { FocusArea } from '../reference/reference.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { RecipientCountry } from '../activity/recipient-country.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Document } from './document.entity.js';

@ObjectType({ simpleResolvers: true, description: 'A project: a child activity of a programme, with its own partners, countries, sectors and documents.' })
@Entity({ tableName: 'project' })
// Text search (ilike '%…%') on title, description and identifier is served by trigram indexes.
@Index({ name: 'project_title_trgm', expression: 'create index "project_title_trgm" on "project" using gin ("title" gin_trgm_ops)' })
@Index({ name: 'project_description_trgm', expression: 'create index "project_description_trgm" on "project" using gin ("description" gin_trgm_ops)' })
@Index({ name: 'project_iati_identifier_trgm', expression: 'create index "project_iati_identifier_trgm" on "project" using gin ("iati_identifier" gin_trgm_ops)' })
@Index({ name: 'project_programme_id_index', properties: ['programme'] })
@Index({ name: 'project_title_id_index', properties: ['title', 'id'] })
export class Project extends Activity {

  @ManyToOne(() => Programme, { ref: true })
  programme!: Ref<Programme>;

  @Field(() => GraphQLLocalDate, { description: 'Planned start date.' })
  @Property({ type: 'date' })
  plannedStart!: string;

  @Field(() => GraphQLLocalDate, { description: 'Planned end date; never before the planned start.' })
  @Property({ type: 'date' })
  plannedEnd!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Actual start date, once started.' })
  @Property({ type: 'date', nullable: true })
  actualStart?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Actual end date, once ended; never before the actual start.' })
  @Property({ type: 'date', nullable: true })
  actualEnd?: string | null;

  /** Staff-only remarks; exposed through a field resolver to administrators and the project's managers. */
  @Property({ type: 'text', default: '' })
  internalNotes: string & Opt = '';

  /** Periods that end on or before this day are locked, approved or not, until a manager unlocks one. */
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Reporting lock date: periods that end on or before it take no more changes unless a manager unlocks them.' })
  @Property({ type: 'date', nullable: true })
  reportingLockDate?: string | null;

  @Field(() => Int, { description: 'Days after the end of a period by which its results are due (the reporting calendar).' })
  @Property({ type: 'integer', default: 30 })
  reportingDueDays: number & Opt = 30;

  @ManyToMany(() => FocusArea, undefined, { pivotTable: 'project_focus_area', owner: true })
  focusAreas = new Collection<FocusArea>(this);

  @OneToMany(() => RecipientCountry, (c) => c.project, { orphanRemoval: true })
  recipientCountries = new Collection<RecipientCountry>(this);

  @OneToMany(() => SectorShare, (s) => s.project, { orphanRemoval: true })
  sectors = new Collection<SectorShare>(this);

  @OneToMany(() => Participation, (p) => p.project)
  participations = new Collection<Participation>(this);

  @OneToMany(() => Document, (d) => d.project, { orphanRemoval: true })
  documents = new Collection<Document>(this);

}
