import { Field, Float, InputType } from 'type-graphql';
import { IsIn, IsNotEmpty, Length, Max, Min } from 'class-validator';
import { LIMIT, NotNull, TextField } from '../common/limits.js';

@InputType({ description: 'A sector and its share of the activity.' })
export class SectorShareInput {
  @TextField(LIMIT.code, { defaultValue: '1', description: 'IATI SectorVocabulary: `1` DAC 5-digit (default), `2` DAC 3-digit category, `7` SDG goal (1–17) or `8` SDG target (e.g. `16.4`).' })
  @IsIn(['1', '2', '7', '8'], { message: 'vocabulary must be 1 (DAC 5-digit), 2 (DAC 3-digit), 7 (SDG goal) or 8 (SDG target)' })
  vocabulary: string = '1';

  @TextField(LIMIT.code, { description: 'Sector code in that vocabulary.' })
  @IsNotEmpty({ message: 'a sector code is required' })
  code!: string;

  @Field(() => Float, { description: 'Percentage, 0.01–100.' })
  @Min(0.01, { message: 'a percentage must be more than 0' })
  @Max(100, { message: 'a percentage cannot be more than 100' })
  percentage!: number;
}

@InputType({ description: 'A recipient country and its share of the project.' })
export class RecipientCountryInput {
  @TextField(2, { description: 'ISO 3166-1 alpha-2 code.' })
  @Length(2, 2, { message: 'a country is given by its two-letter ISO code' })
  country!: string;

  @Field(() => Float, { description: 'Percentage, 0.01–100.' })
  @Min(0.01, { message: 'a percentage must be more than 0' })
  @Max(100, { message: 'a percentage cannot be more than 100' })
  percentage!: number;
}

export const STATUSES = ['1', '2', '3', '4', '5', '6'];
export const STATUS_MESSAGE = 'status must be an IATI activity status, 1 to 6';

/** The fields every change to a programme or project may carry; only the fields given are changed. */
@InputType({ description: 'Changes to the IATI activity fields of a programme or project.' })
export class ActivityPatch {
  @TextField(150, { nullable: true })
  @NotNull()
  @IsNotEmpty({ message: 'an IATI identifier is required' })
  iatiIdentifier?: string;

  @TextField(LIMIT.title, { nullable: true })
  @NotNull()
  @IsNotEmpty({ message: 'a title is required' })
  title?: string;

  @TextField(LIMIT.text, { nullable: true })
  @NotNull()
  description?: string;

  @TextField(LIMIT.code, { nullable: true })
  @NotNull()
  @IsIn(STATUSES, { message: STATUS_MESSAGE })
  status?: string;
}
