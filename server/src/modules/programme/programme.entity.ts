import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Opt, type Ref, Index } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Activity } from '../activity/activity.entity.js';
import { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from '../project/project.entity.js';

@ObjectType({ simpleResolvers: true, description: 'A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects.' })
@Entity({ tableName: 'programme' })
@Index({ name: 'programme_lead_agency_id_index', properties: ['leadAgency'] })
@Index({ name: 'programme_title_trgm', expression: 'create index "programme_title_trgm" on "programme" using gin ("title" gin_trgm_ops)' })
@Index({ name: 'programme_description_trgm', expression: 'create index "programme_description_trgm" on "programme" using gin ("description" gin_trgm_ops)' })
@Index({ name: 'programme_iati_identifier_trgm', expression: 'create index "programme_iati_identifier_trgm" on "programme" using gin ("iati_identifier" gin_trgm_ops)' })
export class Programme extends Activity {

  @Field(() => GraphQLLocalDate, { description: 'Start date.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'End date; never before the start date.' })
  @Property({ type: 'date' })
  endDate!: string;

  @ManyToOne(() => Organisation, { ref: true })
  leadAgency!: Ref<Organisation>;

  @Field(() => Boolean, { description: "Whether every donor reading the programme sees each donor's contributions; otherwise a donor sees its own and the others only as one sum." })
  @Property({ type: 'boolean', default: false })
  publishContributions: boolean & Opt = false;

  @Field(() => Boolean, { description: 'Whether the programme and its projects are published as IATI activities at a public URL (see `iatiPublicationUrl`). Switched by `setIatiPublication`.' })
  @Property({ type: 'boolean', default: false })
  iatiPublished: boolean & Opt = false;

  @ManyToMany(() => FocusArea, undefined, { pivotTable: 'programme_focus_area', owner: true })
  focusAreas = new Collection<FocusArea>(this);

  @ManyToMany(() => LegalInstrument, undefined, { pivotTable: 'programme_legal_instrument', owner: true })
  legalInstruments = new Collection<LegalInstrument>(this);

  @ManyToMany(() => SdgTarget, undefined, { pivotTable: 'programme_sdg_target', owner: true })
  sdgTargets = new Collection<SdgTarget>(this);

  @ManyToMany(() => Country, undefined, { pivotTable: 'programme_country', owner: true })
  countries = new Collection<Country>(this);

  @OneToMany(() => SectorShare, (s) => s.programme, { orphanRemoval: true })
  sectors = new Collection<SectorShare>(this);

  @OneToMany(() => Participation, (p) => p.programme)
  participations = new Collection<Participation>(this);

  @OneToMany(() => Project, (p) => p.programme)
  projects = new Collection<Project>(this);

}
