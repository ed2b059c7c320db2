import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { randomUUID } from 'node:crypto';
import { Tracked } from '../common/timestamps.js';
import type { Programme } from '../programme/programme.entity.js';
import { Direction } from '../logframe/indicator.entity.js';
import { ResultLevel } from '../logframe/result-node.entity.js';

/** How the figures of the project indicators linked to a programme indicator roll up. */
export enum ProgrammeAggregation {
  SUM = 'SUM',
  AVERAGE = 'AVERAGE',
  MAX = 'MAX',
  RATIO = 'RATIO',
}

registerEnumType(ProgrammeAggregation, {
  name: 'ProgrammeAggregation',
  description: "How the figures of the contributing project indicators roll up into the programme's figure.",
  valuesConfig: {
    SUM: { description: 'The sum of the projects’ figures, e.g. officials trained across the projects.' },
    AVERAGE: { description: 'The mean of the projects’ figures, e.g. a share each project measures in its own country.' },
    MAX: { description: 'The highest of the projects’ figures.' },
    RATIO: { description: 'A pooled ratio: sum(numerators) / sum(denominators) over every period of every project (×100 for a percentage); only RATIO project indicators, which record both, contribute.' },
  },
});

/**
 * What a programme measures across its projects. Project indicators that measure the same thing, in the same
 * measure and unit, link to it; their figures roll up by its aggregation rule (see rollup.ts).
 */
@ObjectType({
  simpleResolvers: true,
  description:
    'A programme-level result indicator: what the programme measures across its projects. Project indicators that measure the same thing, in the same measure and unit, are linked to it, and their figures roll up by its aggregation rule.',
})
@Entity({ tableName: 'programme_indicator' })
@Index({ name: 'programme_indicator_programme_id_index', properties: ['programme'] })
// Qualitative indicators (5) have no figures to roll up; written as PostgreSQL prints it back, so the schema diff sees no change.
@Check({ name: 'programme_indicator_measure', expression: "(((measure)::text >= '1'::text) AND ((measure)::text <= '4'::text))" })
export class ProgrammeIndicator extends Tracked {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string & Opt = randomUUID();

  @ManyToOne({ entity: 'Programme', ref: true, deleteRule: 'cascade' })
  programme!: Ref<Programme>;

  @Field(() => String, { description: 'Title, e.g. "Criminal justice practitioners trained".' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'Definition: what is counted and how, so that every project counts alike.' })
  @Property({ type: 'text', default: '' })
  definition: string & Opt = '';

  @Field(() => String, { description: 'IATI IndicatorMeasure: 1 unit, 2 percentage, 3 nominal, 4 ordinal. Qualitative indicators (5) do not roll up.' })
  @Property({ type: 'string', length: 1 })
  measure!: string;

  @Field(() => String, { description: 'Unit label, e.g. "officials" or "%". Only project indicators in this unit may be linked: figures in different units are never added.' })
  @Property({ type: 'string', length: 100, default: '' })
  unitLabel: string & Opt = '';

  @Field(() => Direction, { description: 'Whether higher or lower is better.' })
  @Enum({ items: () => Direction, nativeEnumName: 'indicator_direction' })
  direction!: Direction;

  @Field(() => ProgrammeAggregation, { description: 'How the figures of the contributing project indicators roll up.' })
  @Enum({ items: () => ProgrammeAggregation, nativeEnumName: 'programme_aggregation' })
  aggregation!: ProgrammeAggregation;

  @Field(() => ResultLevel, { nullable: true, description: 'IATI result type: IMPACT, OUTCOME or OUTPUT; none when not said.' })
  @Enum({ items: () => ResultLevel, nativeEnumName: 'result_level', nullable: true })
  resultType?: ResultLevel | null;

  @Field(() => String, { nullable: true, description: 'SDG indicator it relates to, e.g. `16.2.2`.' })
  @Property({ type: 'string', length: 20, nullable: true })
  sdgIndicator?: string | null;
}
