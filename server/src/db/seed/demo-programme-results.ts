import type { EntityManager } from '@mikro-orm/postgresql';
import { Direction, Indicator } from '../../modules/logframe/indicator.entity.js';
import { ResultLevel } from '../../modules/logframe/result-node.entity.js';
import { updateIndicator } from '../../modules/logframe/indicator.service.js';
import type { IndicatorInput } from '../../modules/logframe/logframe.inputs.js';
import { Project } from '../../modules/project/project.entity.js';
import { ProgrammeAggregation } from '../../modules/results/programme-indicator.entity.js';
import { createProgrammeIndicator, linkIndicator } from '../../modules/results/results.service.js';
import { linkProblems } from '../../modules/results/links.js';

interface Keys {
  programme: (iatiIdentifier: string) => string;
  project: (iatiIdentifier: string) => string;
}

interface Plan {
  title: string;
  definition: string;
  measure?: string;
  unit: string;
  aggregation: ProgrammeAggregation;
  resultType: ResultLevel;
  sdg?: string;
  /** The project indicators that measure the same thing, by title. */
  from: string;
}

const { SUM, AVERAGE, MAX, RATIO } = ProgrammeAggregation;
const { IMPACT, OUTCOME, OUTPUT } = ResultLevel;

/** What each demo programme measures across its projects; every project's logframe has the indicators named in `from`. */
const PLANS: Record<string, Plan[]> = {
  'XM-DAC-41128-DEMO-PRG-TIP': [
    { title: 'Victims of trafficking identified and referred', definition: 'Victims identified by the supported services and referred to assistance, all projects together.', unit: 'victims', aggregation: SUM, resultType: IMPACT, sdg: '16.2.2', from: 'Victims of trafficking identified and referred to assistance' },
    { title: 'Trafficking cases brought to court', definition: 'Cases filed in court by the prosecution services the projects support.', unit: 'cases', aggregation: SUM, resultType: OUTCOME, from: 'Trafficking cases brought to court' },
    { title: 'Share of identified victims referred to assistance', definition: 'The mean of the countries’ shares, each measured by its own referral mechanism.', measure: '2', unit: '%', aggregation: AVERAGE, resultType: OUTCOME, from: 'Share of identified victims referred to assistance' },
    { title: 'Criminal justice practitioners trained', definition: 'Prosecutors and judges who completed a training course, counted once per course.', unit: 'prosecutors and judges', aggregation: SUM, resultType: OUTPUT, from: 'Number of prosecutors and judges trained' },
  ],
  'XM-DAC-41128-DEMO-PRG-FIR': [
    { title: 'Legislative amendments adopted', definition: 'The most amendments adopted in any one country of the programme.', unit: 'amendments', aggregation: MAX, resultType: OUTCOME, from: 'Legislative amendments adopted' },
    { title: 'Border officials trained in detection', definition: 'Border and customs officials who completed detection training.', unit: 'border officials', aggregation: SUM, resultType: OUTPUT, from: 'Number of border officials trained' },
  ],
  'XM-DAC-41128-DEMO-PRG-DRG': [
    { title: 'Share of risk-profiled containers inspected', definition: 'The mean of the supported ports’ shares.', measure: '2', unit: '%', aggregation: AVERAGE, resultType: OUTCOME, from: 'Share of risk-profiled containers inspected' },
  ],
  'XM-DAC-41128-DEMO-PRG-HIV': [
    { title: 'Share of prisons applying the national protocol', definition: 'Prisons applying the protocol over prisons assessed, pooled across the countries.', measure: '2', unit: '%', aggregation: RATIO, resultType: OUTCOME, from: 'Share of prisons applying the national protocol' },
    { title: 'People in prison tested for HIV', definition: 'People in prison tested for HIV in the supported prisons.', unit: 'people', aggregation: SUM, resultType: OUTCOME, sdg: '3.3.1', from: 'People in prison tested for HIV' },
  ],
  'XM-DAC-41114-DEMO-PRG-COR': [
    { title: 'Conviction rate in corruption cases', definition: 'Convictions over cases adjudicated, pooled across the countries.', measure: '2', unit: '%', aggregation: RATIO, resultType: OUTCOME, from: 'Conviction rate in corruption cases' },
    { title: 'Investigators trained on financial investigations', definition: 'Investigators who completed a financial investigation course.', unit: 'investigators', aggregation: SUM, resultType: OUTPUT, from: 'Number of investigators trained' },
  ],
  'XM-DAC-41128-DEMO-PRG-TER': [
    { title: 'Prosecutors trained on the universal instruments', definition: 'Prosecutors who completed training on the universal instruments against terrorism.', unit: 'prosecutors', aggregation: SUM, resultType: OUTPUT, from: 'Number of prosecutors trained' },
  ],
  'XM-DAC-41114-DEMO-PRG-CCR': [
    { title: 'Analytical reports published', definition: 'Analyses of crime and conflict published by the supported observatories.', unit: 'reports', aggregation: SUM, resultType: OUTPUT, from: 'Analytical reports published' },
  ],
};

/**
 * Programme indicators for the demo programmes, with the project indicators that measure the same thing linked to
 * them. One project of the trafficking programme counts its training in participant-days: that indicator stays
 * unlinked, since figures in different units are never added.
 */
export async function seedDemoProgrammeResults(em: EntityManager, keys: Keys): Promise<void> {
  const days = await em.findOneOrFail(Indicator, { project: keys.project('XM-DAC-41128-DEMO-PRG-TIP-03'), title: 'Number of prosecutors and judges trained' });
  const input = { unitLabel: 'participant-days', definition: 'Counted in participant-days: one person trained for one day.' } as IndicatorInput;
  await updateIndicator(em, days.id, input);
  for (const [programmeKey, plans] of Object.entries(PLANS)) {
    const programmeId = keys.programme(programmeKey);
    const projects = await em.find(Project, { programme: programmeId });
    for (const plan of plans) {
      const target = await createProgrammeIndicator(em, programmeId, {
        title: plan.title,
        definition: plan.definition,
        measure: plan.measure ?? '1',
        unitLabel: plan.unit,
        direction: Direction.INCREASE,
        aggregation: plan.aggregation,
        resultType: plan.resultType,
        sdgIndicator: plan.sdg ?? null,
      });
      const candidates = await em.find(Indicator, { project: { $in: projects }, title: plan.from }, { refresh: true });
      for (const indicator of candidates) {
        if (!linkProblems(indicator, programmeId, { ...target, programmeId }).length) await linkIndicator(em, indicator.id, target.id);
      }
    }
  }
}
