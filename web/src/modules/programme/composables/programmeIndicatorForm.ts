import type { Direction, ProgrammeAggregation, ProgrammeIndicatorInput, ResultLevel } from '../../../gql/graphql';
import { describeFieldWith, type FieldErrors } from '../../../apollo/errors';
import { missing } from '../../../components/ui/useFormState';
import type { ProgrammeResult } from './programmeResults';

export interface ProgrammeIndicatorFormValues {
  title: string;
  definition: string;
  measure: string;
  unitLabel: string;
  direction: Direction;
  aggregation: ProgrammeAggregation;
  /** '' for none. */
  resultType: ResultLevel | '';
  sdgIndicator: string;
}

export function emptyProgrammeIndicatorForm(): ProgrammeIndicatorFormValues {
  return { title: '', definition: '', measure: '1', unitLabel: '', direction: 'INCREASE', aggregation: 'SUM', resultType: '', sdgIndicator: '' };
}

export function programmeIndicatorFormFrom(r: ProgrammeResult): ProgrammeIndicatorFormValues {
  return {
    title: r.title,
    definition: r.definition,
    measure: r.measure,
    unitLabel: r.unitLabel,
    direction: r.direction,
    aggregation: r.aggregation,
    resultType: r.resultType ?? '',
    sdgIndicator: r.sdgIndicator ?? '',
  };
}

export function programmeIndicatorInputFrom(v: ProgrammeIndicatorFormValues): ProgrammeIndicatorInput {
  return {
    title: v.title.trim(),
    definition: v.definition,
    measure: v.measure,
    unitLabel: v.unitLabel.trim(),
    direction: v.direction,
    aggregation: v.aggregation,
    resultType: v.resultType || null,
    sdgIndicator: v.sdgIndicator.trim() || null,
  };
}

export const programmeIndicatorChecks = (v: ProgrammeIndicatorFormValues): FieldErrors => missing([['title', v.title, 'a title is required']]);

export const describeProgrammeIndicatorField = describeFieldWith({
  title: 'Title',
  definition: 'Definition',
  measure: 'Measure',
  unitLabel: 'Unit',
  direction: 'Direction',
  aggregation: 'Roll-up rule',
  resultType: 'Result type',
  sdgIndicator: 'SDG indicator',
});
