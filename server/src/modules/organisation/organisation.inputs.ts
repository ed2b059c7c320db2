import { Field, InputType } from 'type-graphql';
import { IsNotEmpty, IsOptional, Length, MaxLength } from 'class-validator';
import { OrganisationKind } from './organisation.entity.js';

@InputType({ description: 'A new organisation.' })
export class OrganisationInput {
  @Field(() => String, { description: 'Full name.' })
  @IsNotEmpty({ message: 'a name is required' })
  @MaxLength(255)
  name!: string;

  @Field(() => String, { nullable: true, description: 'Acronym.' })
  @IsOptional()
  @MaxLength(40)
  acronym?: string | null;

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'IATI OrganisationType code.' })
  @IsOptional()
  iatiType?: string | null;

  @Field(() => String, { nullable: true, description: 'IATI organisation identifier; must be unique.' })
  @IsOptional()
  @MaxLength(100)
  iatiRef?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its country; empty for international bodies.' })
  @IsOptional()
  @Length(2, 2, { message: 'a country is given by its two-letter ISO code' })
  country?: string | null;
}

@InputType({ description: 'Changes to an organisation: only the fields given are changed.' })
export class OrganisationPatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsNotEmpty({ message: 'a name is required' })
  @MaxLength(255)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(40)
  acronym?: string | null;

  @Field(() => OrganisationKind, { nullable: true })
  @IsOptional()
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true })
  @IsOptional()
  iatiType?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  iatiRef?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 2, { message: 'a country is given by its two-letter ISO code' })
  country?: string | null;
}

@InputType({ description: 'Which organisations to list.' })
export class OrganisationFilter {
  @Field(() => OrganisationKind, { nullable: true, description: 'Only this kind.' })
  kind?: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Words to find in the name or acronym.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived organisations.' })
  includeArchived: boolean = false;
}
