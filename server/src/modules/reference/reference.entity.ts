import { Entity, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ simpleResolvers: true, description: 'A country or territory, identified by its ISO 3166-1 alpha-2 code.' })
@Entity({ tableName: 'country' })
export class Country {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 code, e.g. `NG`.' })
  @PrimaryKey({ type: 'string', length: 2 })
  code!: string;

  @Field(() => String, { description: 'English short name.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'Continental region (UN M49): Africa, Americas, Asia, Europe, Oceania.' })
  @Property({ type: 'string' })
  region!: string;
}

@ObjectType({ simpleResolvers: true, description: 'A thematic focus area of the joint programmes, e.g. trafficking in persons and smuggling of migrants.' })
@Entity({ tableName: 'focus_area' })
export class FocusArea {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'Stable code, e.g. `TIP_SOM`.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Name of the focus area.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => String, { description: 'What the focus area covers.' })
  @Property({ type: 'text' })
  description!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An international legal instrument whose implementation projects support (UNTOC and its Protocols, UNCAC, the drug-control conventions, the instruments against terrorism).' })
@Entity({ tableName: 'legal_instrument' })
export class LegalInstrument {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'Stable code, e.g. `UNTOC_TIP`.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'Full title.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'Short name or acronym.' })
  @Property({ type: 'string' })
  shortName!: string;

  @Field(() => String, { description: 'Family of instruments: UNTOC, UNCAC, DRUGS or TERRORISM.' })
  @Property({ type: 'string' })
  family!: string;

  @Field(() => String, { nullable: true, description: 'Date of adoption (ISO date), where known.' })
  @Property({ type: 'date', nullable: true })
  adopted?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A target of the Sustainable Development Goals, e.g. 16.3.' })
@Entity({ tableName: 'sdg_target' })
export class SdgTarget {
  [PrimaryKeyProp]?: 'code';

  @Field(() => String, { description: 'Target code, e.g. `16.3` or `16.a`.' })
  @PrimaryKey({ type: 'string' })
  code!: string;

  @Field(() => Int, { description: 'Goal number, 1–17.' })
  @Property({ type: 'integer' })
  goal!: number;

  @Field(() => String, { description: 'Official title of the target.' })
  @Property({ type: 'text' })
  title!: string;
}

@ObjectType({ simpleResolvers: true, description: 'An entry of an IATI code list (activity status, organisation role, sector, document category …).' })
@Entity({ tableName: 'codelist_entry' })
@Unique({ properties: ['list', 'code'] })
export class CodelistEntry {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @Field(() => String, { description: 'Name of the IATI code list, e.g. `ActivityStatus`, `Sector`, `SectorCategory`.' })
  @Property({ type: 'string' })
  list!: string;

  @Field(() => String, { description: 'The code as IATI defines it.' })
  @Property({ type: 'string' })
  code!: string;

  @Field(() => String, { description: 'English name.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Longer description, where IATI gives one.' })
  @Property({ type: 'text', nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'For DAC 5-digit sectors, the 3-digit category they belong to.' })
  @Property({ type: 'string', nullable: true })
  category?: string | null;
}

/**
 * One row, counted up by triggers on `codelist_entry` whenever an entry really changes: how every app
 * instance learns that the code names it holds in memory are stale (see code-names.ts). Never written here.
 */
@Entity({ tableName: 'codelist_version' })
export class CodelistVersion {
  [PrimaryKeyProp]?: 'id';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  id!: number;

  @Property({ type: 'integer' })
  version!: number;
}

export const referenceEntities = [Country, FocusArea, LegalInstrument, SdgTarget, CodelistEntry, CodelistVersion];
