import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { IsIn, IsNotEmpty, ValidateNested } from 'class-validator';
import { LIMIT, ListField, NotNull, TextField } from '../common/limits.js';
import { SectorShareInput, ActivityPatch, STATUSES, STATUS_MESSAGE } from '../activity/activity.inputs.js';


@InputType({ description: 'A new joint programme.' })
export class ProgrammeInput {
  @TextField(150, { description: 'IATI activity identifier: letters, digits, `-`, `.` and `_`.' })
  @IsNotEmpty({ message: 'an IATI identifier is required' })
  iatiIdentifier!: string;

  @TextField(LIMIT.title, { description: 'Title.' })
  @IsNotEmpty({ message: 'a title is required' })
  title!: string;

  @TextField(LIMIT.text, { defaultValue: '', description: 'What the programme sets out to do.' })
  description: string = '';

  @TextField(LIMIT.code, { defaultValue: '2', description: 'IATI ActivityStatus code.' })
  @IsIn(STATUSES, { message: STATUS_MESSAGE })
  status: string = '2';

  @Field(() => GraphQLLocalDate, { description: 'Start date.' })
  startDate!: string;

  @Field(() => GraphQLLocalDate, { description: 'End date.' })
  endDate!: string;

  @Field(() => ID, { description: 'The lead agency; it becomes an accountable participant.' })
  leadAgencyId!: string;

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'Focus area codes.', each: LIMIT.code })
  focusAreas!: string[];

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'Legal instrument codes.', each: LIMIT.code })
  legalInstruments!: string[];

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'SDG target codes, e.g. `16.3`.', each: LIMIT.code })
  sdgTargets!: string[];

  @ListField(() => [String], LIMIT.codes, { defaultValue: [], description: 'ISO codes of the countries the programme works in.', each: LIMIT.code })
  countries!: string[];

  @ListField(() => [SectorShareInput], LIMIT.codes, { defaultValue: [], description: 'DAC sectors; percentages add up to 100 per vocabulary.' })
  @ValidateNested({ each: true })
  sectors!: SectorShareInput[];
}

@InputType({ description: 'Changes to a programme: only the fields given are changed; a list given replaces the stored list.' })
export class ProgrammePatch extends ActivityPatch {
  @Field(() => GraphQLLocalDate, { nullable: true })
  @NotNull()
  startDate?: string;

  @Field(() => GraphQLLocalDate, { nullable: true })
  @NotNull()
  endDate?: string;

  @Field(() => ID, { nullable: true })
  @NotNull()
  leadAgencyId?: string;

  @ListField(() => [String], LIMIT.codes, { nullable: true, each: LIMIT.code })
  @NotNull()
  focusAreas?: string[];

  @ListField(() => [String], LIMIT.codes, { nullable: true, each: LIMIT.code })
  @NotNull()
  legalInstruments?: string[];

  @ListField(() => [String], LIMIT.codes, { nullable: true, each: LIMIT.code })
  @NotNull()
  sdgTargets?: string[];

  @ListField(() => [String], LIMIT.codes, { nullable: true, each: LIMIT.code })
  @NotNull()
  countries?: string[];

  @ListField(() => [SectorShareInput], LIMIT.codes, { nullable: true })
  @NotNull()
  @ValidateNested({ each: true })
  sectors?: SectorShareInput[];

  @Field(() => Boolean, { nullable: true, description: "Whether every donor reading the programme sees each donor's contributions." })
  @NotNull()
  publishContributions?: boolean;
}

@InputType({ description: 'Which programmes to list.' })
export class ProgrammeFilter {
  @TextField(LIMIT.code, { nullable: true, description: 'Only programmes in this focus area.' })
  focusArea?: string;

  @TextField(LIMIT.code, { nullable: true, description: 'Only programmes working in this country (ISO code).' })
  country?: string;

  @TextField(LIMIT.code, { nullable: true, description: 'Only programmes with this IATI status.' })
  status?: string;

  @TextField(LIMIT.search, { nullable: true, description: 'Words to find in the title, description or IATI identifier.' })
  search?: string;

  @Field(() => Boolean, { defaultValue: false, description: 'Include archived programmes.' })
  includeArchived: boolean = false;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Only programmes whose own record changed at or after this instant (their `updatedAt`; a change to one of their projects does not count).' })
  updatedSince?: Date;
}

export enum ProgrammeOrderField {
  TITLE = 'TITLE',
  START_DATE = 'START_DATE',
  UPDATED_AT = 'UPDATED_AT',
}

registerEnumType(ProgrammeOrderField, {
  name: 'ProgrammeOrderField',
  description: 'What the programme list is sorted by; the id breaks ties.',
  valuesConfig: {
    TITLE: { description: 'By title; naturally A to Z.' },
    START_DATE: { description: 'By start date; naturally earliest first.' },
    UPDATED_AT: { description: 'By when the record last changed; naturally newest first.' },
  },
});
