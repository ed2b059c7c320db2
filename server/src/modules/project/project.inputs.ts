import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { IsIn, IsNotEmpty, IsOptional, ValidateNested } from 'class-validator';
import { LIMIT, ListField, NotNull, TextField } from '../common/limits.js';
import { RecipientCountryInput, SectorShareInput, ActivityPatch, STATUSES, STATUS_MESSAGE } from '../activity/activity.inputs.js';


@InputType({ description: 'A new project within a programme.' })
export class ProjectInput {
  @Field(() => ID, { description: 'The programme the project belongs to.' })
  programmeId!: string;

  @TextField(150, { description: 'IATI activity identifier: letters, digits, `-`, `.` and `_`.' })
  @IsNotEmpty({ message: 'an IATI identifier is required' })
  iatiIdentifier!: string;

  @TextField(LIMIT.title, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  title!: string;

  @TextField(LIMIT.text, { defaultValue: '', description: 'What the project does.' })
  description: string = '';

  @TextField(LIMIT.text, { defaultValue: '', description: 'Staff-only notes, shown to administrators and the project\'s managers only.' })
  internalNotes: string = '';

  @TextField(LIMIT.code, { defaultValue: '1', description: 'IATI ActivityStatus code.' })
  @IsIn(STATUSES, { message: STATUS_MESSAGE })
  status: string = '1';

  @Field(() => GraphQLLocalDate, { description: 'Planned start date.' })
  plannedStart!: string;

  @Field(() => GraphQLLocalDate, { description: 'Planned end date.' })
  plannedEnd!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Actual start date.' })
  actualStart?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Actual end date.' })
  actualEnd?: string | null;

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'Focus area codes.', each: LIMIT.code })
  focusAreas!: string[];

  @ListField(() => [RecipientCountryInput], LIMIT.codes, { defaultValue: [], description: 'Recipient countries; percentages add up to 100.' })
  @ValidateNested({ each: true })
  recipientCountries!: RecipientCountryInput[];

  @ListField(() => [SectorShareInput], LIMIT.codes, { defaultValue: [], description: 'DAC sectors; percentages add up to 100 per vocabulary.' })
  @ValidateNested({ each: true })
  sectors!: SectorShareInput[];
}

@InputType({ description: 'Changes to a project: only the fields given are changed; a list given replaces the stored list.' })
export class ProjectPatch extends ActivityPatch {
  @TextField(LIMIT.text, { nullable: true })
  @NotNull()
  internalNotes?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @NotNull()
  plannedStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @NotNull()
  plannedEnd?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  actualStart?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  actualEnd?: string | null;

  @ListField(() => [String], LIMIT.codes, { nullable: true, each: LIMIT.code })
  @NotNull()
  focusAreas?: string[];

  @ListField(() => [RecipientCountryInput], LIMIT.codes, { nullable: true })
  @NotNull()
  @ValidateNested({ each: true })
  recipientCountries?: RecipientCountryInput[];

  @ListField(() => [SectorShareInput], LIMIT.codes, { nullable: true })
  @NotNull()
  @ValidateNested({ each: true })
  sectors?: SectorShareInput[];
}

@InputType({ description: 'Which projects to list. Every condition given must hold.' })
export class ProjectFilter {
  @Field(() => ID, { nullable: true, description: 'Only projects of this programme.' })
  programmeId?: string;

  @TextField(LIMIT.code, { nullable: true, description: 'Only projects with this recipient country (ISO code).' })
  country?: string;

  @TextField(LIMIT.code, { nullable: true, description: 'Only projects in this focus area.' })
  focusArea?: string;

  @TextField(LIMIT.code, { nullable: true, description: 'Only projects with this IATI activity status.' })
  status?: string;

  @Field(() => ID, { nullable: true, description: 'Only projects in which this organisation takes part, in any role.' })
  organisationId?: string;

  @TextField(LIMIT.search, { nullable: true, description: 'Words to find in the title, description or IATI identifier.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived projects.' })
  includeArchived: boolean = false;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Only projects whose own record changed at or after this instant (their `updatedAt`): to pull what changed since a date. Changes to a project’s logframe, finances or documents are in `projectHistory`.',
  })
  updatedSince?: Date;
}

export enum ProjectOrderField {
  TITLE = 'TITLE',
  IATI_IDENTIFIER = 'IATI_IDENTIFIER',
  PLANNED_START = 'PLANNED_START',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(ProjectOrderField, {
  name: 'ProjectOrderField',
  description: 'What the project list is sorted by; the id breaks ties.',
  valuesConfig: {
    TITLE: { description: 'By title; naturally A to Z.' },
    IATI_IDENTIFIER: { description: 'By IATI activity identifier; naturally A to Z.' },
    PLANNED_START: { description: 'By planned start date; naturally earliest first.' },
    UPDATED_AT: { description: 'By when the record last changed; naturally newest first.' },
  },
});

@InputType({ description: 'A document to link to a project.' })
export class DocumentInput {
  @TextField(LIMIT.title, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  title!: string;

  @TextField(LIMIT.url, { description: 'http or https address of the document.' })
  @IsNotEmpty({ message: 'an address is required' })
  url!: string;

  @TextField(LIMIT.code, { description: 'IATI DocumentCategory code, e.g. `A02`.' })
  @IsNotEmpty({ message: 'a category is required' })
  category!: string;

  @TextField(LIMIT.code, { nullable: true, description: 'ISO 639-1 language code.' })
  @IsOptional()
  language?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of the document.' })
  documentDate?: string | null;
}
