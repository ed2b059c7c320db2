import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import ReportCard from '../../web/src/modules/reporting/components/ReportCard.vue';
import ApprovalCard from '../../web/src/modules/reporting/components/ApprovalCard.vue';
import { defaultPeriodId, earlierLabels, mayApprove, mayWrite } from '../../web/src/modules/reporting/composables/cycle';
import { buildReport, entryOf, pathOf, pathOfValueField } from '../../web/src/modules/reporting/composables/periodForm';
import type { IndicatorReport, ReportingIndicator } from '../../web/src/modules/reporting/composables/reporting';
import { globalWith } from './support';

const Q2 = { id: 'q2', label: '2026-Q2', startDate: '2026-04-01', endDate: '2026-06-30' };
const Q3 = { id: 'q3', label: '2026-Q3', startDate: '2026-07-01', endDate: '2026-09-30' };
const Q4 = { id: 'q4', label: '2026-Q4', startDate: '2026-10-01', endDate: '2026-12-31' };

function report(over: Partial<IndicatorReport> = {}): IndicatorReport {
  return {
    id: 'u1', indicatorId: 'i1', period: Q3, state: 'DRAFT', dueDate: '2026-10-30', overdue: false, locked: false, lockReason: null,
    narrative: '', links: [], returnReason: '', unlockReason: '', submittedAt: null, submittedByName: null, decidedAt: null, decidedByName: null, version: 3, files: [],
    ...over,
  } as IndicatorReport;
}

function indicator(over: Partial<ReportingIndicator> = {}): ReportingIndicator {
  return {
    id: 'i1', title: 'Prosecutors trained', measure: '1', unitLabel: 'prosecutors', aggregation: 'SUM', canReport: true, version: 1,
    dimensions: [{ name: 'sex', values: ['female', 'male'] }],
    progress: { cumulativeActualDisplay: null, progress: null, status: 'NO_DATA' },
    values: [
      { id: 'v1', period: { id: 'q3' }, dimension: '', category: '', target: 20, targetText: null, actual: 12, actualText: null, numerator: null, denominator: null, approvedActual: null, pending: true, suppressed: false, version: 4 },
      { id: 'v2', period: { id: 'q3' }, dimension: 'sex', category: 'female', target: null, targetText: null, actual: 7, actualText: null, numerator: null, denominator: null, approvedActual: null, pending: true, suppressed: false, version: 2 },
    ],
    updates: [report()],
    ...over,
  } as ReportingIndicator;
}

describe('the reporting cycle’s rules as the pages apply them', () => {
  it('opens on the latest ended period still waiting, else the latest ended one', () => {
    const waiting = [{ state: 'APPROVED' as const, locked: true, period: Q3 }, { state: 'RETURNED' as const, locked: false, period: Q2 }];
    expect(defaultPeriodId([Q2, Q3, Q4], waiting, '2026-12-07')).toBe('q2');
    expect(defaultPeriodId([Q2, Q3, Q4], [{ state: 'APPROVED', locked: true, period: Q3 }], '2026-12-07')).toBe('q3');
    expect(defaultPeriodId([Q4], [], '2026-12-07')).toBe('q4');
  });

  it('offers writing only on open reports, and approval of drafts and submitted ones to managers', () => {
    expect(mayWrite({ state: 'RETURNED', locked: false, period: Q3 }, true)).toBe(true);
    expect(mayWrite({ state: 'SUBMITTED', locked: false, period: Q3 }, true)).toBe(false);
    expect(mayWrite({ state: 'DRAFT', locked: true, period: Q3 }, true)).toBe(false);
    expect(mayApprove({ state: 'DRAFT', locked: false, period: Q3 }, true)).toBe(true);
    expect(mayApprove({ state: 'SUBMITTED', locked: false, period: Q3 }, false)).toBe(false);
  });

  it('names the earlier periods of a calendar', () => {
    expect(earlierLabels('2026-Q1', 3)).toEqual(['2025-Q4', '2025-Q3', '2025-Q2']);
    expect(earlierLabels('2026-H2', 2)).toEqual(['2026-H1', '2025-H2']);
    expect(earlierLabels('2026-01', 2)).toEqual(['2025-12', '2025-11']);
    expect(earlierLabels('2026', 2)).toEqual(['2025', '2024']);
  });
});

describe('the "Report a period" batch', () => {
  it('sends only what changed, each value with the version read, and the narrative apart', () => {
    const i = indicator();
    const initial = { i1: entryOf(i, 'q3', report()) };
    const typed = { i1: { ...structuredClone(initial.i1), actual: '1,250', narrative: ' New text ', links: 'https://a.example\n\nhttps://b.example' } };
    typed.i1.parts['sex|male'] = '5';
    const batch = buildReport([i], typed, initial, 'q3');
    expect(batch.problems).toEqual({});
    expect(batch.values).toEqual([
      { indicatorId: 'i1', periodId: 'q3', actual: 1250, version: 4 },
      { indicatorId: 'i1', periodId: 'q3', dimension: 'sex', category: 'male', actual: 5, version: 0 },
    ]);
    expect(batch.contents).toEqual([{ indicatorId: 'i1', narrative: 'New text', links: ['https://a.example', 'https://b.example'] }]);
    expect(pathOfValueField(batch.origins, 'values.1.actual')).toBe(pathOf('i1', 'part-sex|male'));
    expect(pathOfValueField(batch.origins, 'values.0.version')).toBe(pathOf('i1', 'actual'));
  });

  it('refuses a figure that is not a number at its field, and sends nothing for an untouched card', () => {
    const i = indicator();
    const initial = { i1: entryOf(i, 'q3', report()) };
    expect(buildReport([i], { i1: structuredClone(initial.i1) }, initial, 'q3').values).toEqual([]);
    const batch = buildReport([i], { i1: { ...structuredClone(initial.i1), actual: '12,5' } }, initial, 'q3');
    expect(batch.problems[pathOf('i1', 'actual')]?.[0]).toMatch(/enter a number/);
  });

  it('reports ratio indicators as numerator and denominator', () => {
    const i = indicator({ aggregation: 'RATIO', dimensions: [], values: [] });
    const initial = { i1: entryOf(i, 'q3', undefined) };
    const batch = buildReport([i], { i1: { ...initial.i1, numerator: '3', denominator: '4' } }, initial, 'q3');
    expect(batch.values).toEqual([{ indicatorId: 'i1', periodId: 'q3', numerator: 3, denominator: 4, version: 0 }]);
  });
});

describe('ReportCard', () => {
  const mountCard = (r: IndicatorReport) => {
    const i = indicator({ updates: [r] });
    return mount(ReportCard, { props: { projectId: 'p1', indicator: i, code: '1.1.1', report: r, entry: entryOf(i, 'q3', r), errors: {} }, global: globalWith() });
  };

  it('shows a returned report’s reason first, and lets the reporter fix the figures', () => {
    const card = mountCard(report({ state: 'RETURNED', returnReason: 'The register lists fewer participants.', decidedByName: 'Marco Rossi' }));
    expect(card.get('[data-testid="return-reason"]').text()).toContain('Returned by Marco Rossi: The register lists fewer participants.');
    expect(card.text()).toContain('Target for 2026-Q3: 20');
    expect((card.get('input').element as HTMLInputElement).value).toBe('12');
    expect(card.findAll('input:not([type=file])').length).toBe(3);
  });

  it('reads a submitted or locked report as text, with why', () => {
    const submitted = mountCard(report({ state: 'SUBMITTED', submittedByName: 'Ngozi Okafor' }));
    expect(submitted.findAll('input, textarea').length).toBe(0);
    expect(submitted.text()).toContain('Submitted by Ngozi Okafor');
    const locked = mountCard(report({ state: 'APPROVED', locked: true, lockReason: 'approved on 2026-12-03', decidedByName: 'Marco Rossi' }));
    expect(locked.findAll('input, textarea').length).toBe(0);
    expect(locked.get('[data-testid="lock-reason"]').text()).toBe('Locked: approved on 2026-12-03.');
    expect(locked.text()).toContain('Approved by Marco Rossi');
  });
});

describe('ApprovalCard', () => {
  it('shows the figures against the target, the narrative and the evidence, and asks for a return', async () => {
    const r = report({ state: 'SUBMITTED', narrative: 'Register checked.', links: ['https://example.org/register'], submittedByName: 'Ngozi Okafor' });
    const card = mount(ApprovalCard, { props: { indicator: indicator({ updates: [r] }), code: '1.1.1', report: r, selected: true }, global: globalWith() });
    const figures = card.get('dl').text();
    expect(figures).toMatch(/Actual\s*12\s*prosecutors/);
    expect(figures).toMatch(/Target\s*20/);
    expect(figures).toMatch(/female\s*7/);
    expect(figures).toMatch(/male\s*—/);
    expect(card.text()).toContain('Register checked.');
    expect(card.get('a[href="https://example.org/register"]').text()).toBe('https://example.org/register');
    expect(card.text()).toContain('Submitted by Ngozi Okafor');
    await card.get('button[aria-label="Return Prosecutors trained"]').trigger('click');
    expect(card.emitted('return')).toHaveLength(1);
    await card.get('input[type="checkbox"]').setValue(false);
    expect(card.emitted('update:selected')?.[0]).toEqual([false]);
  });
});
