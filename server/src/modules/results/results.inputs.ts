import { Field, InputType } from 'type-graphql';
import { IsIn, IsNotEmpty, IsOptional, Matches } from 'class-validator';
import { LIMIT, NotNull, TextField } from '../common/limits.js';
import { Direction } from '../logframe/indicator.entity.js';
import { ResultLevel } from '../logframe/result-node.entity.js';
import { ProgrammeAggregation } from './programme-indicator.entity.js';

/** Measures that have figures to roll up; a qualitative indicator (5) has only text. */
export const ROLLING_MEASURES = ['1', '2', '3', '4'];

@InputType({ description: 'A programme indicator: new, or changes to one (then only the fields given change).' })
export class ProgrammeIndicatorInput {
  @TextField(LIMIT.title, { nullable: true, description: 'Title, e.g. "Criminal justice practitioners trained".' })
  @NotNull()
  @IsNotEmpty({ message: 'a title is required' })
  title?: string;

  @TextField(LIMIT.text, { nullable: true, description: 'What is counted and how, so that every project counts alike.' })
  @NotNull()
  definition?: string;

  @TextField(LIMIT.code, { nullable: true, description: 'IATI IndicatorMeasure 1–4 (default 1); qualitative indicators do not roll up.' })
  @NotNull()
  @IsIn(ROLLING_MEASURES, { message: 'measure is an IATI indicator measure, 1 to 4: qualitative indicators (5) have no figures to roll up' })
  measure?: string;

  @TextField(100, { nullable: true, description: 'Unit label, e.g. "officials" or "%"; linked project indicators must count in the same unit.' })
  @NotNull()
  unitLabel?: string;

  @Field(() => Direction, { nullable: true, description: 'Whether higher or lower is better; default INCREASE.' })
  @NotNull()
  direction?: Direction;

  @Field(() => ProgrammeAggregation, { nullable: true, description: 'How the projects’ figures roll up; default SUM.' })
  @NotNull()
  aggregation?: ProgrammeAggregation;

  @Field(() => ResultLevel, { nullable: true, description: 'IATI result type: IMPACT, OUTCOME or OUTPUT; null clears it.' })
  @IsOptional()
  @IsIn([ResultLevel.IMPACT, ResultLevel.OUTCOME, ResultLevel.OUTPUT], { message: 'a result type is an impact, an outcome or an output' })
  resultType?: ResultLevel | null;

  @TextField(20, { nullable: true, description: 'SDG indicator, e.g. `16.2.2`; null or empty clears it.' })
  @IsOptional()
  @Matches(/^$|^\d{1,2}\.[0-9a-z]{1,2}\.\d{1,2}$/, { message: 'an SDG indicator reads like 16.2.2 or 16.a.1' })
  sdgIndicator?: string | null;
}
