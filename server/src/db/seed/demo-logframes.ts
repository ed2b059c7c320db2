import type { EntityManager } from '@mikro-orm/postgresql';
import { Project } from '../../modules/project/project.entity.js';
import { Participation } from '../../modules/participation/participation.entity.js';
import { ResultLevel, ResultNode } from '../../modules/logframe/result-node.entity.js';
import { Aggregation, Direction, Frequency, Indicator } from '../../modules/logframe/indicator.entity.js';
import { setReportingCalendar } from '../../modules/logframe/periods.service.js';
import { setIndicatorValues } from '../../modules/logframe/values.service.js';
import { approveRevision } from '../../modules/logframe/revision.service.js';
import type { IndicatorValueInput } from '../../modules/logframe/logframe.inputs.js';

interface IndicatorTemplate {
  title: string;
  unit: string;
  aggregation: Aggregation;
  direction?: Direction;
  measure?: string;
  baseline?: number;
  /** Target per period (SUM), or the end value (other rules). */
  target: number;
  sensitive?: boolean;
  bySex?: boolean;
}
interface Template {
  impact: string;
  impactIndicator: IndicatorTemplate;
  outcomes: { statement: string; assumptions: string; indicator: IndicatorTemplate; outputs: { statement: string; indicator: IndicatorTemplate; activities: string[] }[] }[];
}

const trained = (who: string, target: number): IndicatorTemplate => ({ title: `Number of ${who} trained`, unit: who, aggregation: Aggregation.SUM, target, bySex: true });

/** One results chain per focus area; every demo project in the area gets its own copy. */
const TEMPLATES: Record<string, Template> = {
  TIP_SOM: {
    impact: 'Trafficking in persons and smuggling of migrants are reduced, and their victims protected',
    impactIndicator: { title: 'Victims of trafficking identified and referred to assistance', unit: 'victims', aggregation: Aggregation.SUM, target: 6, sensitive: true, bySex: true },
    outcomes: [
      {
        statement: 'Criminal justice practitioners investigate and prosecute trafficking cases in line with the Protocol',
        assumptions: 'Prosecution services keep trained staff in post',
        indicator: { title: 'Trafficking cases brought to court', unit: 'cases', aggregation: Aggregation.SUM, target: 5 },
        outputs: [
          { statement: 'Prosecutors and judges trained on the trafficking law', indicator: trained('prosecutors and judges', 20), activities: ['Deliver national training workshops', 'Develop a bench book on trafficking cases'] },
          { statement: 'Joint investigation teams set up with neighbouring countries', indicator: { title: 'Joint investigations opened', unit: 'investigations', aggregation: Aggregation.SUM, target: 1 }, activities: ['Convene bilateral case coordination meetings'] },
        ],
      },
      {
        statement: 'Victims receive protection and assistance through a national referral mechanism',
        assumptions: 'Shelters receive stable government funding',
        indicator: { title: 'Share of identified victims referred to assistance', unit: '%', aggregation: Aggregation.AVERAGE, measure: '2', baseline: 35, target: 80 },
        outputs: [{ statement: 'Standard operating procedures for referral adopted', indicator: { title: 'Referral procedures adopted', unit: '', aggregation: Aggregation.LAST, measure: '5', target: 1 }, activities: ['Draft the procedures with the ministries concerned'] }],
      },
    ],
  },
  ILLICIT_COMMODITIES: {
    impact: 'Illicit flows of firearms, drugs and other commodities are disrupted',
    impactIndicator: { title: 'Seizures reported at supported border points', unit: 'seizures', aggregation: Aggregation.SUM, target: 12 },
    outcomes: [
      {
        statement: 'Border and customs officers detect and seize illicit goods',
        assumptions: 'Border agencies share information across the region',
        indicator: { title: 'Share of risk-profiled containers inspected', unit: '%', aggregation: Aggregation.AVERAGE, measure: '2', baseline: 10, target: 40 },
        outputs: [
          { statement: 'Border officials trained in risk profiling and detection', indicator: trained('border officials', 25), activities: ['Run detection training at border crossing points', 'Provide detection equipment'] },
          { statement: 'National firearms registers set up', indicator: { title: 'Firearms marked and registered', unit: 'firearms', aggregation: Aggregation.SUM, target: 400 }, activities: ['Support marking campaigns'] },
        ],
      },
      {
        statement: 'Legislation complies with the Firearms Protocol and the drug-control conventions',
        assumptions: 'Parliament schedules the amendments',
        indicator: { title: 'Legislative amendments adopted', unit: 'amendments', aggregation: Aggregation.MAX, target: 2 },
        outputs: [{ statement: 'Legislative gap analysis completed', indicator: { title: 'Gap analysis validated', unit: '', aggregation: Aggregation.LAST, measure: '5', target: 1 }, activities: ['Hold a validation workshop'] }],
      },
    ],
  },
  HIV_PRISONS: {
    impact: 'HIV transmission in prisons is reduced',
    impactIndicator: { title: 'HIV prevalence among people in prison', unit: '%', aggregation: Aggregation.LAST, measure: '2', direction: Direction.DECREASE, baseline: 8, target: 5 },
    outcomes: [
      {
        statement: 'People in prison use HIV prevention, testing and treatment services',
        assumptions: 'Health ministries supply test kits and medicines',
        indicator: { title: 'People in prison tested for HIV', unit: 'people', aggregation: Aggregation.SUM, target: 300, bySex: true },
        outputs: [
          { statement: 'Prison health staff trained on HIV services', indicator: trained('prison staff', 15), activities: ['Train prison health staff', 'Set up peer educator networks'] },
          { statement: 'Prison health services supplied', indicator: { title: 'Prisons with uninterrupted test-kit supply', unit: 'prisons', aggregation: Aggregation.LAST, target: 10 }, activities: ['Procure test kits'] },
        ],
      },
      {
        statement: 'Prison health policies follow international standards',
        assumptions: 'Prison and health ministries agree a joint policy',
        indicator: { title: 'Share of prisons applying the national protocol', unit: '%', aggregation: Aggregation.RATIO, measure: '2', target: 75 },
        outputs: [{ statement: 'National prison health protocol drafted', indicator: { title: 'Protocol drafted and validated', unit: '', aggregation: Aggregation.LAST, measure: '5', target: 1 }, activities: ['Draft the protocol with the health ministry'] }],
      },
    ],
  },
  CORRUPTION: {
    impact: 'Corruption is prevented and prosecuted in line with UNCAC',
    impactIndicator: { title: 'Corruption cases adjudicated', unit: 'cases', aggregation: Aggregation.SUM, target: 4 },
    outcomes: [
      {
        statement: 'Anti-corruption bodies investigate and prosecute effectively',
        assumptions: 'Anti-corruption bodies keep their independence',
        indicator: { title: 'Conviction rate in corruption cases', unit: '%', aggregation: Aggregation.RATIO, measure: '2', target: 60 },
        outputs: [
          { statement: 'Investigators trained on financial investigations', indicator: trained('investigators', 15), activities: ['Deliver financial investigation courses', 'Mentor case teams'] },
          { statement: 'Asset declaration system operational', indicator: { title: 'Asset declarations verified', unit: 'declarations', aggregation: Aggregation.SUM, target: 50 }, activities: ['Configure the e-declaration system'] },
        ],
      },
      {
        statement: 'UNCAC review recommendations are implemented',
        assumptions: 'Government endorses the review report',
        indicator: { title: 'Review recommendations implemented', unit: 'recommendations', aggregation: Aggregation.MAX, target: 8 },
        outputs: [{ statement: 'National anti-corruption strategy updated', indicator: { title: 'Strategy adopted', unit: '', aggregation: Aggregation.LAST, measure: '5', target: 1 }, activities: ['Facilitate the strategy consultation'] }],
      },
    ],
  },
  TERRORISM_PREVENTION: {
    impact: 'Terrorism is prevented through criminal justice responses that respect human rights',
    impactIndicator: { title: 'Terrorism cases adjudicated in line with fair-trial standards', unit: 'cases', aggregation: Aggregation.SUM, target: 2 },
    outcomes: [
      {
        statement: 'Criminal justice officials handle terrorism cases under the rule of law',
        assumptions: 'Security situation allows court hearings',
        indicator: { title: 'Share of terrorism suspects tried within statutory time limits', unit: '%', aggregation: Aggregation.AVERAGE, measure: '2', baseline: 30, target: 70 },
        outputs: [
          { statement: 'Prosecutors trained on the universal instruments against terrorism', indicator: trained('prosecutors', 15), activities: ['Deliver training on the universal instruments'] },
          { statement: 'Mutual legal assistance requests processed', indicator: { title: 'Requests processed', unit: 'requests', aggregation: Aggregation.SUM, target: 3 }, activities: ['Set up a central authority desk'] },
        ],
      },
      {
        statement: 'Legal frameworks incorporate the universal instruments',
        assumptions: 'Ratification is on the parliamentary agenda',
        indicator: { title: 'Instruments ratified', unit: 'instruments', aggregation: Aggregation.MAX, target: 3 },
        outputs: [{ statement: 'Draft counter-terrorism legislation reviewed', indicator: { title: 'Legislative review completed', unit: '', aggregation: Aggregation.LAST, measure: '5', target: 1 }, activities: ['Provide legislative drafting support'] }],
      },
    ],
  },
  CONFLICT_CRIME: {
    impact: 'Organized crime no longer fuels conflict in the target areas',
    impactIndicator: { title: 'Peacebuilding plans that address organized crime', unit: 'plans', aggregation: Aggregation.MAX, target: 3 },
    outcomes: [
      {
        statement: 'Decision makers use evidence on crime and conflict links',
        assumptions: 'Data-sharing agreements are honoured',
        indicator: { title: 'Threat assessments used in planning', unit: 'assessments', aggregation: Aggregation.SUM, target: 1 },
        outputs: [
          { statement: 'Crime observatory produces quarterly analyses', indicator: { title: 'Analytical reports published', unit: 'reports', aggregation: Aggregation.SUM, target: 1 }, activities: ['Collect and analyse incident data', 'Publish quarterly briefs'] },
          { statement: 'Analysts trained in crime and conflict analysis', indicator: trained('analysts', 8), activities: ['Run an analysis fellowship'] },
        ],
      },
      {
        statement: 'Communities and authorities cooperate against organized crime',
        assumptions: 'Local authorities remain in place',
        indicator: { title: 'Community security forums meeting regularly', unit: 'forums', aggregation: Aggregation.LAST, target: 6 },
        outputs: [{ statement: 'Community security forums set up', indicator: { title: 'Forums established', unit: 'forums', aggregation: Aggregation.MAX, target: 6 }, activities: ['Facilitate forum meetings'] }],
      },
    ],
  },
};

/** Repeatable pseudo-random numbers, so the demo is the same on every installation. */
function random(seed: string) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    return ((h ^= h >>> 16) >>> 0) / 4294967296;
  };
}

/** Builds a complete logframe for a demo project, with quarterly targets and actuals for the quarters that have passed. */
export async function seedDemoLogframe(em: EntityManager, project: Project, focusArea: string, today = new Date().toISOString().slice(0, 10)): Promise<void> {
  const template = TEMPLATES[focusArea] ?? TEMPLATES.TIP_SOM;
  const rand = random(project.iatiIdentifier);
  // In a fixed order, so that every installation gives each partner the same results.
  const implementers = (await em.find(Participation, { project, role: '4' }, { orderBy: { organisation: { name: 'asc' } } })).map((p) => p.organisation.id);
  const responsible = (i: number) => (implementers.length ? implementers[i % implementers.length] : null);
  const indicators: [Indicator, IndicatorTemplate][] = [];
  const node = (parent: ResultNode | null, level: ResultLevel, position: number, statement: string, extra: Partial<ResultNode> = {}) =>
    em.create(ResultNode, { project, parent, level, position, statement, responsibleOrganisation: responsible(position), ...extra });
  const indicator = (n: ResultNode, t: IndicatorTemplate, position = 0) => {
    const i = em.create(Indicator, {
      node: n,
      project,
      position,
      title: t.title,
      measure: t.measure ?? '1',
      unitLabel: t.unit,
      direction: t.direction ?? Direction.INCREASE,
      aggregation: t.aggregation,
      baselineValue: t.baseline ?? (t.measure === '5' ? null : 0),
      baselineDate: t.measure === '5' ? null : project.plannedStart,
      meansOfVerification: t.measure === '5' ? 'Official gazette; validation workshop report' : 'Project monitoring records, verified quarterly',
      dataSource: 'Implementing partners',
      frequency: Frequency.QUARTERLY,
      sensitive: t.sensitive ?? false,
      dimensions: t.bySex ? [{ name: 'sex', values: ['female', 'male'], exhaustive: true }] : [],
    });
    indicators.push([i, t]);
  };
  const impact = node(null, ResultLevel.IMPACT, 0, template.impact, { assumptions: 'Political commitment to the reforms holds' });
  indicator(impact, template.impactIndicator);
  template.outcomes.forEach((o, oi) => {
    const outcome = node(impact, ResultLevel.OUTCOME, oi, o.statement, {
      assumptions: o.assumptions,
      risks: [{ description: 'Staff turnover in partner institutions', likelihood: 'MEDIUM', impact: 'HIGH', mitigation: 'Train trainers and institutionalise curricula' }],
    });
    indicator(outcome, o.indicator);
    o.outputs.forEach((out, pi) => {
      const output = node(outcome, ResultLevel.OUTPUT, pi, out.statement);
      indicator(output, out.indicator);
      out.activities.forEach((a, ai) => node(output, ResultLevel.ACTIVITY, ai, a));
    });
  });
  await em.flush();

  const periods = await setReportingCalendar(em, project.id, Frequency.QUARTERLY);
  const projectStart = project.actualStart ?? project.plannedStart;
  const projectEnd = project.actualEnd ?? project.plannedEnd;
  const values: IndicatorValueInput[] = [];
  for (const [ind, t] of indicators) {
    const n = periods.length;
    periods.forEach((p, k) => {
      const share = (k + 1) / n;
      const base = t.baseline ?? 0;
      const isSum = t.aggregation === Aggregation.SUM;
      const value: IndicatorValueInput = { indicatorId: ind.id, periodId: p.id, dimension: '', category: '' };
      if (t.measure === '5') {
        if (k === n - 1) value.targetText = 'Adopted and in force';
      } else if (t.aggregation === Aggregation.RATIO) {
        if (k === n - 1) value.target = t.target;
      } else {
        value.target = isSum ? t.target : Math.round(base + (t.target - base) * share);
      }
      const reportable = p.endDate <= today && p.endDate >= projectStart && p.startDate <= projectEnd;
      if (reportable) {
        const effort = 0.55 + rand() * 0.6;
        if (t.measure === '5') {
          if (k === Math.floor(n / 2)) value.actualText = 'Draft prepared and under consultation';
        } else if (t.aggregation === Aggregation.RATIO) {
          const den = 10 + Math.floor(rand() * 10);
          value.numerator = Math.min(den, Math.round(den * (t.target / 100) * effort));
          value.denominator = den;
        } else {
          const planned = isSum ? t.target : base + (t.target - base) * share;
          value.actual = Math.max(0, Math.round(isSum ? planned * effort : base + (planned - base) * effort));
          if (t.measure === '2') value.actual = Math.min(100, value.actual);
          value.comment = k === 0 ? 'Baseline quarter; data from partner records' : '';
        }
      }
      if (Object.keys(value).length > 4) values.push(value);
      if (t.bySex && value.actual != null) {
        const female = Math.round(value.actual * (0.35 + rand() * 0.3));
        values.push({ indicatorId: ind.id, periodId: p.id, dimension: 'sex', category: 'female', actual: female });
        values.push({ indicatorId: ind.id, periodId: p.id, dimension: 'sex', category: 'male', actual: value.actual - female });
      }
    });
  }
  await setIndicatorValues(em, project.id, values, () => 'ALL');
  if (project.status !== '1') await approveRevision(em, project.id, 'Logframe approved at inception', null);
}
