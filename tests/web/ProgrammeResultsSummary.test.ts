import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ProgrammeResultsSummary from '../../web/src/modules/programme/components/ProgrammeResultsSummary.vue';
import { fixtureClient, globalWith } from './support';

const rollup = (r: Record<string, unknown>) => ({ __typename: 'ProgrammeRollup', baseline: null, endTarget: null, cumulativeActual: null, cumulativeActualDisplay: null, progress: null, status: 'NO_DATA', contributingProjects: 0, ...r });
const row = (id: string, title: string, extra: Record<string, unknown>, r: Record<string, unknown>) => ({ __typename: 'ProgrammeIndicator', id, title, measure: '1', unitLabel: 'officials', aggregation: 'SUM', ...extra, rollup: rollup(r) });

function mountWith(resultIndicators: unknown[]) {
  const client = fixtureClient({ ProgrammeResultsSummary: { programme: { __typename: 'Programme', id: 'pg1', resultIndicators } } });
  return mount(ProgrammeResultsSummary, { props: { programmeId: 'pg1' }, global: globalWith(client) });
}

describe('the compact programme results for a report', () => {
  it('shows each rolled-up figure with its unit, and withheld ones as the API words them', async () => {
    const wrapper = mountWith([
      row('a', 'Officials trained', {}, { baseline: 4, endTarget: 140, cumulativeActual: 66, cumulativeActualDisplay: '66', progress: 0.4559, status: 'OFF_TRACK', contributingProjects: 3 }),
      row('b', 'Conviction rate', { measure: '2', unitLabel: '%', aggregation: 'RATIO' }, { endTarget: 70, cumulativeActual: 54, progress: 0.7714, status: 'AT_RISK', contributingProjects: 1 }),
      row('c', 'Victims identified', { unitLabel: 'victims' }, { endTarget: 25, cumulativeActualDisplay: 'suppressed', contributingProjects: 2 }),
      row('d', 'Victims sheltered', { unitLabel: 'victims', aggregation: 'AVERAGE' }, { cumulativeActualDisplay: '<5', contributingProjects: 2 }),
    ]);
    await flushPromises();
    const rows = wrapper.findAll('tbody tr').map((r) => r.findAll('th, td').map((c) => c.text().replace(/\s+/g, ' ')));
    expect(rows).toEqual([
      ['Officials trained Sum of 3 projects', '4 officials', '140 officials', '66 officials', '46 %', 'Off track'],
      ['Conviction rate Pooled ratio of 1 project', '—', '70 %', '54 %', '77 %', 'At risk'],
      ['Victims identified Sum of 2 projects', '—', '25 victims', 'suppressed', '—', 'No data'],
      ['Victims sheltered Average of 2 projects', '—', '—', '<5', '—', 'No data'],
    ]);
  });

  it('says so when the programme measures nothing yet', async () => {
    const wrapper = mountWith([]);
    await flushPromises();
    expect(wrapper.text()).toBe('No programme-level results are set.');
  });
});
