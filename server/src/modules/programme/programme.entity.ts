import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { Activity } from '../activity/activity.entity.js';
import { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from '../project/project.entity.js';

@ObjectType({ description: 'A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects.' })
@Entity({ tableName: 'programme' })
export class Programme extends Activity {

  @Field(() => GraphQLLocalDate, { description: 'Start date.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'End date; never before the start date.' })
  @Property({ type: 'date' })
  endDate!: string;

  @ManyToOne(() => Organisation, { ref: true })
  leadAgency!: Ref<Organisation>;

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
