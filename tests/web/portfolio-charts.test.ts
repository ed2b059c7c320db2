import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { breakdownOption, deliveryOption, escapeHtml, indicatorStatusOption, labelRoom, resultsOption, type Measure } from '../../web/src/modules/portfolio/composables/chartOptions';
import { byYearKey, compact, indicatorWords, shareMet } from '../../web/src/modules/portfolio/composables/figures';
import { figureRows, indicatorRows, type SummaryRow } from '../../web/src/modules/portfolio/composables/tables';
import { byProgramme, partnersOf } from '../../web/src/modules/portfolio/composables/areas';
import SummaryHeadline from '../../web/src/modules/portfolio/components/SummaryHeadline.vue';
import FiguresTable from '../../web/src/modules/portfolio/components/FiguresTable.vue';
import { globalWith } from './support';

const indicators = (onTrack: number, atRisk: number, offTrack: number, noData: number) => ({ onTrack, atRisk, offTrack, noData, total: onTrack + atRisk + offTrack + noData });
const row = (key: string, label: string, over: Partial<SummaryRow> = {}): SummaryRow => ({
  key,
  label,
  programmes: 1,
  projects: 2,
  budget: '1000.00',
  contributions: '900.00',
  received: '800.00',
  spent: '250.50',
  deliveryRate: 0.2505,
  fundingGap: '100.00',
  indicators: indicators(1, 2, 0, 3),
  ...over,
});

describe('chart options', () => {
  const projects: Measure<SummaryRow> = { name: 'Projects', value: (r) => r.projects, text: (r) => String(r.projects), integer: true };
  const budget: Measure<SummaryRow> = { name: 'Budget', value: (r) => (r.budget ? Number(r.budget) : null), text: (r) => r.budget ?? 'rate missing' };

  it('draws one bar per row and measure, in table order, with escaped names in the tooltip', () => {
    const rows = [row('A', 'Corruption'), row('B', '<b>Bold</b> & co', { projects: 5, budget: null })];
    const option = breakdownOption(rows, [projects, budget]);
    expect(option.yAxis.data).toEqual(['Corruption', '<b>Bold</b> & co']);
    expect(option.yAxis.inverse).toBe(true);
    expect(option.series.map((s) => [s.name, s.data])).toEqual([
      ['Projects', [2, 5]],
      ['Budget', [1000, null]],
    ]);
    expect(option.legend).toBeDefined();
    expect(option.xAxis.minInterval).toBeUndefined();
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toBe('<strong>&lt;b&gt;Bold&lt;/b&gt; &amp; co</strong><br>Projects: 5<br>Budget: rate missing');
    const counts = breakdownOption(rows, [projects]);
    expect(counts.legend).toBeUndefined();
    expect(counts.xAxis.minInterval).toBe(1);
  });

  it('leaves room on the axis for the longest name, up to a limit', () => {
    expect(labelRoom(['EU'])).toBe(40);
    expect(labelRoom(['Corruption'])).toBe(66);
    expect(labelRoom(['U.S. Department of State, Bureau of International Narcotics and Law Enforcement Affairs'])).toBe(170);
    expect(labelRoom(['U.S. Department of State, Bureau of International Narcotics'], 110)).toBe(110);
    expect(breakdownOption([row('A', 'Corruption')], [projects]).grid.left).toBe(66 + 16);
  });

  it('plots budget and spent by year with the delivery rate on its own axis', () => {
    const years = byYearKey([row('2024', '2024'), row('', 'Total'), row('2022', '2022', { budget: null })]);
    expect(years.map((r) => r.key)).toEqual(['2022', '2024']);
    const option = deliveryOption(years, 'USD');
    expect(option.xAxis.data).toEqual(['2022', '2024']);
    expect(option.series.map((s) => s.data)).toEqual([
      [null, 1000],
      [250.5, 250.5],
      [0.2505, 0.2505],
    ]);
    expect(option.series[2].yAxisIndex).toBe(1);
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toBe('<strong>2022</strong><br>Budget: rate missing<br>Spent: 250.50 USD<br>Delivery rate: 25.1 %');
  });

  it('stacks the indicator statuses in the logframe colours', () => {
    const option = indicatorStatusOption([row('2', 'Implementation', { indicators: indicators(10, 33, 9, 38) })]);
    expect(option.series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['On track', 'status', [10]],
      ['At risk', 'status', [33]],
      ['Off track', 'status', [9]],
      ['No data', 'status', [38]],
    ]);
    expect(option.color).toEqual(['#047857', '#b45309', '#be123c', '#6b7280']);
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toContain('Indicators: 90');
  });

  it('plots results assessed and met by year, with the share met', () => {
    const option = resultsOption([
      { year: 2023, reported: 10, assessed: 8, met: 2, suppressed: 0 },
      { year: 2024, reported: 3, assessed: 0, met: 0, suppressed: 1 },
    ]);
    expect(option.series.map((s) => s.data)).toEqual([
      [8, 0],
      [2, 0],
      [0.25, null],
    ]);
    expect(option.tooltip.formatter([{ dataIndex: 0 }])).toBe('<strong>2023</strong><br>Assessed: 8<br>Met: 2<br>Share met: 25.0 %');
  });

  it('formats for axes and summaries', () => {
    expect(compact(12_500_000)).toBe('12.5M');
    expect(shareMet({ met: 1, assessed: 4 })).toBe(0.25);
    expect(indicatorWords(indicators(16, 51, 14, 69))).toBe('16 on track, 51 at risk, 14 off track, 69 without data');
    expect(escapeHtml(`"O'Neil" <x>`)).toBe('&quot;O&#39;Neil&quot; &lt;x&gt;');
  });
});

describe('the tables beside the charts', () => {
  it('formats money to the cent from the strings, says when a rate is missing, and links counts to the projects', () => {
    const rows = figureRows([row('NG', 'Nigeria', { budget: '4962000.5' }), row('ML', 'Mali', { budget: null, projects: 0 })], ['projects', 'budget', 'deliveryRate'], {
      page: (r) => ({ name: 'country', params: { code: r.key } }),
      projects: (r) => ({ name: 'projects', query: { country: r.key } }),
    });
    expect(rows[0]).toEqual({
      key: 'NG',
      label: 'Nigeria',
      to: { name: 'country', params: { code: 'NG' } },
      cells: {
        projects: { text: '2', to: { name: 'projects', query: { country: 'NG' } }, linkLabel: '2 projects: Nigeria' },
        budget: { text: '4,962,000.50', missing: false },
        deliveryRate: { text: '25.1 %' },
      },
    });
    // No projects, no link; no rate, no number.
    expect(rows[1].cells.projects).toEqual({ text: '0' });
    expect(rows[1].cells.budget).toEqual({ text: 'rate missing', missing: true });
  });

  it('counts indicators by status with a total', () => {
    expect(indicatorRows([row('2', 'Implementation')])[0].cells).toEqual({ onTrack: { text: '1' }, atRisk: { text: '2' }, offTrack: { text: '0' }, noData: { text: '3' }, total: { text: '6' } });
  });

  it('renders rows with their links, shows the first ten of a long table and the rest on request', async () => {
    const rows = Array.from({ length: 14 }, (_, i) => ({ key: `k${i}`, label: `Row ${i}`, cells: { projects: { text: String(i) } } }));
    const wrapper = mount(FiguresTable, {
      props: { caption: 'Countries', rowHeader: 'Country', columns: [{ key: 'projects', label: 'Projects', num: true }], rows, testid: 't' },
      global: globalWith(),
    });
    expect(wrapper.find('caption').text()).toBe('Countries');
    expect(wrapper.findAll('tbody tr')).toHaveLength(10);
    expect(wrapper.find('tbody td').attributes('data-label')).toBe('Projects');
    await wrapper.find('button').trigger('click');
    expect(wrapper.findAll('tbody tr')).toHaveLength(14);
  });
});

describe('the headline figures', () => {
  const totals = { programmes: 1, projects: 25, countries: 34, partners: 19, budget: '52486800.00', contributions: '53233343.00', received: null, spent: '27185617.08', deliveryRate: 0.518, fundingGap: '-746543.00', indicators: indicators(16, 51, 14, 69) };

  it('shows every figure the API gave, formatted, and says which way the funding gap goes', () => {
    // Term and description read as two; the page shows them on two lines.
    const text = (id: string) => {
      const el = wrapper.find(`[data-testid="headline-${id}"]`);
      const parts = el.findAll('dt, dd');
      return (parts.length ? parts.map((p) => p.text()).join(' ') : el.text()).replace(/\s+/g, ' ').trim();
    };
    const wrapper = mount(SummaryHeadline, { props: { totals, currency: 'USD', missingRates: [{ currency: 'EUR', date: '2024-01-01' }] }, global: globalWith() });
    expect(text('programmes')).toBe('1 programme');
    expect(text('projects')).toBe('25 projects');
    expect(text('budget')).toBe('Budget 52,486,800.00 USD');
    expect(text('received')).toBe('Received rate missing');
    expect(text('deliveryRate')).toContain('Delivery rate 51.8 %');
    expect(text('fundingGap')).toContain('Contributions exceed the budget by 746,543.00 USD');
    expect(text('onTrack')).toBe('16 on track');
    expect(text('noData')).toBe('69 no data');
    expect(wrapper.text()).toContain('Exchange rates are missing (EUR from 2024-01-01)');
  });

  it('names a gap left to fund as such', () => {
    const wrapper = mount(SummaryHeadline, { props: { totals: { ...totals, fundingGap: '1608165.00' }, currency: 'USD' }, global: globalWith() });
    expect(wrapper.find('[data-testid="headline-fundingGap"] dt').text()).toBe('Funding gap');
    expect(wrapper.find('[data-testid="headline-fundingGap"] dd').text()).toBe('1,608,165.00 USD');
  });
});

describe('a country or focus area page', () => {
  const organisation = (id: string, name: string, acronym: string | null = null) => ({ id, name, acronym });
  const part = (role: string, roleName: string, o: ReturnType<typeof organisation>) => ({ role, roleName, organisation: o });
  const unodc = organisation('o1', 'United Nations Office on Drugs and Crime', 'UNODC');
  const eu = organisation('o2', 'European Union', 'EU');
  const naptip = organisation('o3', 'NAPTIP');

  it('lists each partner once with its roles in IATI order and its number of projects', () => {
    const partners = partnersOf([{ participations: [part('4', 'Implementing', unodc), part('2', 'Accountable', unodc), part('1', 'Funding', eu)] }, { participations: [part('4', 'Implementing', unodc), part('4', 'Implementing', naptip)] }]);
    expect(partners).toEqual([
      { id: 'o1', name: 'United Nations Office on Drugs and Crime', acronym: 'UNODC', roles: ['Accountable', 'Implementing'], projects: 2 },
      { id: 'o2', name: 'European Union', acronym: 'EU', roles: ['Funding'], projects: 1 },
      { id: 'o3', name: 'NAPTIP', acronym: null, roles: ['Implementing'], projects: 1 },
    ]);
  });

  it('groups projects under their programmes, programmes by title', () => {
    const programme = (id: string, title: string) => ({ id, title, iatiIdentifier: id, leadAgency: { id: 'o1', name: 'UNODC', acronym: 'UNODC' } });
    const project = (id: string, p: ReturnType<typeof programme>) => ({ id, programme: p }) as unknown as Parameters<typeof byProgramme>[0][number];
    const tip = programme('p1', 'Trafficking');
    const cor = programme('p2', 'Anti-corruption');
    expect(byProgramme([project('a', tip), project('b', cor), project('c', tip)]).map((g) => [g.programme.title, g.projects.map((p) => p.id)])).toEqual([
      ['Anti-corruption', ['b']],
      ['Trafficking', ['a', 'c']],
    ]);
  });
});
