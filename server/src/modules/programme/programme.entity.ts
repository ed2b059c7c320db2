import { Collection, Entity, ManyToMany, ManyToOne, OneToMany, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import { Country, FocusArea, LegalInstrument, SdgTarget } from '../reference/reference.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { SectorShare } from '../activity/sector-share.entity.js';
import { Participation } from '../participation/participation.entity.js';
import { Project } from '../project/project.entity.js';

@ObjectType({ description: 'A joint programme run by several organisations under one lead agency. In IATI it is the parent activity of its projects.' })
@Entity({ tableName: 'programme' })
export class Programme extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: 'IATI activity identifier, unique across programmes and projects: letters, digits, `-`, `.` and `_` only.' })
  @Property({ type: 'string', unique: true })
  iatiIdentifier!: string;

  @Field(() => String, { description: 'Title.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'What the programme sets out to do.' })
  @Property({ type: 'text', default: '' })
  description: string & Opt = '';

  @Field(() => String, { description: 'IATI ActivityStatus code: 1 pipeline, 2 implementation, 3 finalisation, 4 closed, 5 cancelled, 6 suspended.' })
  @Property({ type: 'string', length: 1 })
  status!: string;

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

  @Field(() => Boolean, { description: 'True for the demonstration portfolio seeded into a new installation.' })
  @Property({ type: 'boolean', default: false })
  isDemo: boolean & Opt = false;
}
