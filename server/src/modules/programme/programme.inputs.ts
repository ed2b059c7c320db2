import { Field, ID, InputType } from 'type-graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IsIn, IsNotEmpty, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { SectorShareInput, ActivityPatch, STATUSES, STATUS_MESSAGE } from '../activity/activity.inputs.js';


@InputType({ description: 'A new joint programme.' })
export class ProgrammeInput {
  @Field(() => String, { description: 'IATI activity identifier: letters, digits, `-`, `.` and `_`.' })
  @IsNotEmpty({ message: 'an IATI identifier is required' })
  @MaxLength(150)
  iatiIdentifier!: string;

  @Field(() => String, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  @MaxLength(500)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What the programme sets out to do.' })
  @MaxLength(20000)
  description: string = '';

  @Field(() => String, { defaultValue: '2', description: 'IATI ActivityStatus code.' })
  @IsIn(STATUSES, { message: STATUS_MESSAGE })
  status: string = '2';

  @Field(() => GraphQLLocalDate, { description: 'Start date.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'End date.' })
  endDate!: string;

  @Field(() => ID, { description: 'The lead agency; it becomes an accountable participant.' })
  leadAgencyId!: string;

  @Field(() => [String], { defaultValue: [], description: 'Focus area codes.' })
  focusAreas!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Legal instrument codes.' })
  legalInstruments!: string[];

  @Field(() => [String], { defaultValue: [], description: 'SDG target codes, e.g. `16.3`.' })
  sdgTargets!: string[];

  @Field(() => [String], { defaultValue: [], description: 'ISO codes of the countries the programme works in.' })
  countries!: string[];

  @Field(() => [SectorShareInput], { defaultValue: [], description: 'DAC sectors; percentages add up to 100 per vocabulary.' })
  @ValidateNested({ each: true })
  sectors!: SectorShareInput[];
}

@InputType({ description: 'Changes to a programme: only the fields given are changed; a list given replaces the stored list.' })
export class ProgrammePatch extends ActivityPatch {
  @Field(() => GraphQLLocalDate, { nullable: true })
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  endDate?: string;

  @Field(() => ID, { nullable: true })
  leadAgencyId?: string;

  @Field(() => [String], { nullable: true })
  focusAreas?: string[];

  @Field(() => [String], { nullable: true })
  legalInstruments?: string[];

  @Field(() => [String], { nullable: true })
  sdgTargets?: string[];

  @Field(() => [String], { nullable: true })
  countries?: string[];

  @Field(() => [SectorShareInput], { nullable: true })
  @IsOptional()
  @ValidateNested({ each: true })
  sectors?: SectorShareInput[];
}

@InputType({ description: 'Which programmes to list.' })
export class ProgrammeFilter {
  @Field(() => String, { nullable: true, description: 'Only programmes in this focus area.' })
  focusArea?: string;

  @Field(() => String, { nullable: true, description: 'Only programmes working in this country (ISO code).' })
  country?: string;

  @Field(() => String, { nullable: true, description: 'Only programmes with this IATI status.' })
  status?: string;

  @Field(() => String, { nullable: true, description: 'Words to find in the title, description or IATI identifier.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived programmes.' })
  includeArchived: boolean = false;
}
