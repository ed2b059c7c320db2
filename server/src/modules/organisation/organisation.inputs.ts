import { Field, InputType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { IsNotEmpty, IsOptional, Length } from 'class-validator';
import { LIMIT, NotNull, TextField } from '../common/limits.js';
import { OrganisationKind } from './organisation.entity.js';

@InputType({ description: 'A new organisation.' })
export class OrganisationInput {
  @TextField(255, { description: 'Full name.' })
  @IsNotEmpty({ message: 'a name is required' })
  name!: string;

  @TextField(40, { nullable: true, description: 'Acronym.' })
  @IsOptional()
  acronym?: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @TextField(LIMIT.code, { nullable: true, description: 'IATI OrganisationType code.' })
  @IsOptional()
  iatiType?: string | null;

  @TextField(100, { nullable: true, description: 'IATI organisation identifier; must be unique.' })
  @IsOptional()
  iatiRef?: string | null;

  @TextField(2, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its country; empty for international bodies.' })
  @IsOptional()
  @Length(2, 2, { message: 'a country is given by its two-letter ISO code' })
  country?: string | null;
}

@InputType({ description: 'Changes to an organisation: only the fields given are changed.' })
export class OrganisationPatch {
  @TextField(255, { nullable: true })
  @NotNull()
  @IsNotEmpty({ message: 'a name is required' })
  name?: string;

  @TextField(40, { nullable: true })
  @IsOptional()
  acronym?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  @NotNull()
  kind?: OrganisationKind;

  @TextField(LIMIT.code, { nullable: true })
  @IsOptional()
  iatiType?: string | null;

  @TextField(100, { nullable: true })
  @IsOptional()
  iatiRef?: string | null;

  @TextField(2, { nullable: true })
  @IsOptional()
  @Length(2, 2, { message: 'a country is given by its two-letter ISO code' })
  country?: string | null;
}

@InputType({ description: 'Which organisations to list.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true, description: 'Only this kind.' })
  kind?: OrganisationKind;

  @TextField(LIMIT.search, { nullable: true, description: 'Words to find in the name or acronym.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived organisations.' })
  includeArchived: boolean = false;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only organisations whose record changed at or after this instant (their `updatedAt`).' })
  updatedSince?: Date;
}

export enum OrganisationOrderField {
  NAME = 'NAME',
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(OrganisationOrderField, {
  name: 'OrganisationOrderField',
  description: 'What the organisation list is sorted by; the id breaks ties.',
  valuesConfig: {
    NAME: { description: 'By name; naturally A to Z.' },
    CREATED_AT: { description: 'By when the record was created; naturally newest first.' },
    UPDATED_AT: { description: 'By when the record last changed; naturally newest first.' },
  },
});
