import type { Aggregation, Direction, Frequency, IndicatorInput } from '../../../gql/graphql';
import { describeFieldWith, type FieldErrors } from '../../../apollo/errors';
import { missing } from '../../../components/ui/useFormState';
import { parseNumber } from './cells';
import type { LogframeIndicator } from './logframe';
import type { SpreadShape } from './targetSpread';

export interface DimensionRow {
  name: string;
  /** The values as typed: "female, male". */
  values: string;
  exhaustive: boolean;
}

export interface IndicatorFormValues {
  title: string;
  definition: string;
  measure: string;
  unitLabel: string;
  direction: Direction;
  aggregation: Aggregation;
  baselineValue: string;
  baselineDate: string;
  baselineNote: string;
  meansOfVerification: string;
  dataSource: string;
  frequency: Frequency;
  sensitive: boolean;
  sdgIndicator: string;
  dimensions: DimensionRow[];
  /** The programme indicator it contributes to; '' for none. */
  programmeIndicatorId: string;
  /** When adding: the end-of-project target as typed, and how it is spread over the periods. */
  endTarget: string;
  spread: SpreadShape;
}

export function emptyIndicatorForm(): IndicatorFormValues {
  return {
    title: '',
    definition: '',
    measure: '1',
    unitLabel: '',
    direction: 'INCREASE',
    aggregation: 'SUM',
    baselineValue: '',
    baselineDate: '',
    baselineNote: '',
    meansOfVerification: '',
    dataSource: '',
    frequency: 'QUARTERLY',
    sensitive: false,
    sdgIndicator: '',
    dimensions: [],
    programmeIndicatorId: '',
    endTarget: '',
    spread: 'EVEN',
  };
}

export function indicatorFormFrom(i: LogframeIndicator): IndicatorFormValues {
  return {
    title: i.title,
    definition: i.definition,
    measure: i.measure,
    unitLabel: i.unitLabel,
    direction: i.direction,
    aggregation: i.aggregation,
    baselineValue: i.baselineValue == null ? '' : String(i.baselineValue),
    baselineDate: i.baselineDate ?? '',
    baselineNote: i.baselineNote,
    meansOfVerification: i.meansOfVerification,
    dataSource: i.dataSource,
    frequency: i.frequency,
    sensitive: i.sensitive,
    sdgIndicator: i.sdgIndicator ?? '',
    dimensions: i.dimensions.map((d) => ({ name: d.name, values: d.values.join(', '), exhaustive: d.exhaustive })),
    programmeIndicatorId: i.programmeIndicator?.id ?? '',
    // A saved indicator's targets are changed in its grid.
    endTarget: '',
    spread: 'EVEN',
  };
}

export const splitValues = (text: string): string[] =>
  text
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

/** The input to save; the link is sent only when it changed (`linked`: the saved one), so that a kept link is checked at the field whose change would break it. */
export function indicatorInputFrom(v: IndicatorFormValues, linked = ''): IndicatorInput {
  const baseline = parseNumber(v.baselineValue);
  return {
    ...(v.programmeIndicatorId !== linked ? { programmeIndicatorId: v.programmeIndicatorId || null } : {}),
    title: v.title.trim(),
    definition: v.definition,
    measure: v.measure,
    unitLabel: v.unitLabel.trim(),
    direction: v.direction,
    aggregation: v.measure === '5' ? 'LAST' : v.aggregation,
    baselineValue: baseline.ok && typeof baseline.value === 'number' ? baseline.value : null,
    baselineDate: v.baselineDate || null,
    baselineNote: v.baselineNote,
    meansOfVerification: v.meansOfVerification,
    dataSource: v.dataSource,
    frequency: v.frequency,
    sensitive: v.sensitive,
    sdgIndicator: v.sdgIndicator.trim() || null,
    dimensions: v.dimensions.map((d) => ({ name: d.name.trim(), values: splitValues(d.values), exhaustive: d.exhaustive })),
  };
}

export function indicatorChecks(v: IndicatorFormValues): FieldErrors {
  const problems = missing([
    ['title', v.title, 'a title is required'],
    ...v.dimensions.map((d, i): [string, unknown, string] => [`dimensions.${i}.name`, d.name, 'name the dimension, e.g. sex']),
  ]);
  const baseline = parseNumber(v.baselineValue);
  if (!baseline.ok && v.measure !== '5') (problems.baselineValue ??= []).push(baseline.message);
  const end = parseNumber(v.endTarget);
  if (v.measure !== '5' && !end.ok) (problems.endTarget ??= []).push(end.message);
  else if (v.measure === '2' && end.ok && typeof end.value === 'number' && (end.value < 0 || end.value > 100)) (problems.endTarget ??= []).push('a percentage is between 0 and 100');
  return problems;
}

export const describeIndicatorField = describeFieldWith({
  title: 'Title',
  definition: 'Definition',
  measure: 'Measure',
  unitLabel: 'Unit',
  direction: 'Direction',
  aggregation: 'Aggregation',
  baselineValue: 'Baseline value',
  baselineDate: 'Baseline date',
  baselineNote: 'Baseline note',
  meansOfVerification: 'Means of verification',
  dataSource: 'Data source',
  frequency: 'Frequency',
  sdgIndicator: 'SDG indicator',
  nodeId: 'Result',
  dimensions: 'Disaggregation',
  'dimensions.name': 'name',
  'dimensions.values': 'values',
  programmeIndicatorId: 'Programme result',
  endTarget: 'End-of-project target',
});
