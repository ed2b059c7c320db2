import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import { Country } from '../reference/reference.entity.js';

export enum OrganisationKind {
  UN_ENTITY = 'UN_ENTITY',
  GOVERNMENT = 'GOVERNMENT',
  LAW_ENFORCEMENT = 'LAW_ENFORCEMENT',
  NGO = 'NGO',
  DONOR = 'DONOR',
  ACADEMIC = 'ACADEMIC',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of body an organisation is.',
  valuesConfig: {
    UN_ENTITY: { description: 'A UN entity, fund or programme.' },
    GOVERNMENT: { description: 'A ministry or other government body.' },
    LAW_ENFORCEMENT: { description: 'Police, prosecution, customs, border or prison service.' },
    NGO: { description: 'A non-governmental or civil-society organisation.' },
    DONOR: { description: 'A donor: a government aid agency, a multilateral fund or a foundation.' },
    ACADEMIC: { description: 'A university or research institute.' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'An organisation that leads, funds or implements programmes and projects.' })
@Entity({ tableName: 'organisation' })
export class Organisation extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym, e.g. `UNODC`.' })
  @Property({ type: 'string', nullable: true })
  acronym?: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'IATI OrganisationType code, e.g. `40` multilateral, `10` government.' })
  @Property({ type: 'string', nullable: true })
  iatiType?: string | null;

  @Field(() => String, { nullable: true, description: 'IATI organisation identifier, e.g. `XM-DAC-41147`. Unique.' })
  @Property({ type: 'string', nullable: true, unique: true })
  iatiRef?: string | null;

  @ManyToOne(() => Country, { ref: true, nullable: true, fieldName: 'country_code' })
  country?: Ref<Country> | null;
}
