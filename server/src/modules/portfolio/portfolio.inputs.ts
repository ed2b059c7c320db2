import { Field, ID, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { LIMIT, TextField } from '../common/limits.js';

@InputType({ description: 'Which part of the portfolio a summary covers. Every condition given must hold.' })
export class PortfolioFilter {
  @TextField(LIMIT.code, { nullable: true, description: 'Only activities in this focus area (code).' })
  focusArea?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: "Only activities in this country (ISO code); their money counts by the country's share." })
  country?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: "Only activities in this region (Africa, Americas, Asia, Europe, Oceania); their money counts by the region's share." })
  region?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only programmes led by this organisation, and their projects.' })
  leadAgencyId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only activities in which this organisation takes part, in any role (on the project or its programme).' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this donor funds (IATI role 1 on the project or its programme).' })
  donorId?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: 'Only activities with this IATI activity status.' })
  status?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: 'Only programmes with this SDG target (e.g. `16.4`), and their projects.' })
  sdgTarget?: string | null;

  @TextField(LIMIT.code, { nullable: true, description: 'Only programmes supporting this legal instrument (code), and their projects.' })
  legalInstrument?: string | null;

  @Field(() => Int, { nullable: true, description: 'From this year (1900–2100): activities running in the range, and money dated in it.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  yearFrom?: number | null;

  @Field(() => Int, { nullable: true, description: 'Up to this year (1900–2100), inclusive.' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2100)
  yearTo?: number | null;
}
