import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsIn, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { RecipientCountryInput, SectorShareInput, ActivityPatch, STATUSES, STATUS_MESSAGE } from '../activity/activity.inputs.js';


@InputType({ description: 'A new project within a programme.' })
export class ProjectInput {
  @Field(() => ID, { description: 'The programme the project belongs to.' })
  programmeId!: string;

  @Field(() => String, { description: 'IATI activity identifier: letters, digits, `-`, `.` and `_`.' })
  @IsNotEmpty({ message: 'an IATI identifier is required' })
  @MaxLength(150)
  iatiIdentifier!: string;

  @Field(() => String, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  @MaxLength(500)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What the project does.' })
  @MaxLength(20000)
  description: string = '';

  @Field(() => String, { defaultValue: '', description: 'Staff-only notes, shown to administrators and the project\'s managers only.' })
  @MaxLength(20000)
  internalNotes: string = '';

  @Field(() => String, { defaultValue: '1', description: 'IATI ActivityStatus code.' })
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

  @Field(() => [String], { defaultValue: [], description: 'Focus area codes.' })
  focusAreas!: string[];

  @Field(() => [RecipientCountryInput], { defaultValue: [], description: 'Recipient countries; percentages add up to 100.' })
  @ValidateNested({ each: true })
  recipientCountries!: RecipientCountryInput[];

  @Field(() => [SectorShareInput], { defaultValue: [], description: 'DAC sectors; percentages add up to 100 per vocabulary.' })
  @ValidateNested({ each: true })
  sectors!: SectorShareInput[];
}

@InputType({ description: 'Changes to a project: only the fields given are changed; a list given replaces the stored list.' })
export class ProjectPatch extends ActivityPatch {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20000)
  internalNotes?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  plannedStart?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  plannedEnd?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  actualStart?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true })
  actualEnd?: string | null;

  @Field(() => [String], { nullable: true })
  focusAreas?: string[];

  @Field(() => [RecipientCountryInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  recipientCountries?: RecipientCountryInput[];

  @Field(() => [SectorShareInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  sectors?: SectorShareInput[];
}

@InputType({ description: 'Which projects to list. Every condition given must hold.' })
export class ProjectFilter {
  @Field(() => ID, { nullable: true, description: 'Only projects of this programme.' })
  programmeId?: string;

  @Field(() => String, { nullable: true, description: 'Only projects with this recipient country (ISO code).' })
  country?: string;

  @Field(() => String, { nullable: true, description: 'Only projects in this focus area.' })
  focusArea?: string;

  @Field(() => String, { nullable: true, description: 'Only projects with this IATI activity status.' })
  status?: string;

  @Field(() => ID, { nullable: true, description: 'Only projects in which this organisation takes part, in any role.' })
  organisationId?: string;

  @Field(() => String, { nullable: true, description: 'Words to find in the title, description or IATI identifier.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived projects.' })
  includeArchived: boolean = false;
}

@InputType({ description: 'A document to link to a project.' })
export class DocumentInput {
  @Field(() => String, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  @MaxLength(500)
  title!: string;

  @Field(() => String, { description: 'http or https address of the document.' })
  @IsNotEmpty({ message: 'an address is required' })
  @MaxLength(2000)
  url!: string;

  @Field(() => String, { description: 'IATI DocumentCategory code, e.g. `A02`.' })
  @IsNotEmpty({ message: 'a category is required' })
  category!: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language code.' })
  @IsOptional()
  language?: string | null;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Date of the document.' })
  documentDate?: string | null;
}
