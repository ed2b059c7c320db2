import { describe, expect, it } from 'vitest';
import { buildValueBatch, cellKey, parseCell, parseNumber, reportable } from '../../web/src/modules/logframe/composables/cells';

const value = (periodId: string, over: Record<string, unknown> = {}) => ({
  id: `v-${periodId}`,
  period: { id: periodId, label: periodId, startDate: '2025-01-01', endDate: '2025-03-31' },
  dimension: '',
  category: '',
  target: 10,
  actual: 4,
  actualDisplay: '4',
  suppressed: false,
  numerator: null,
  denominator: null,
  targetText: null,
  actualText: null,
  comment: '',
  evidence: [],
  version: 3,
  ...over,
});

describe('reading a grid cell', () => {
  it.each([
    ['12', 12],
    [' 12.5 ', 12.5],
    ['1,250', 1250],
    ['1 250', 1250],
    ['1,250,000.5', 1250000.5],
    ['45%', 45],
    ['.5', 0.5],
    ['-3', -3],
    ['', null],
    ['   ', null],
  ])('reads "%s" as %s', (text, expected) => {
    expect(parseNumber(text)).toEqual({ ok: true, value: expected });
  });

  it.each([['twelve'], ['12,5'], ['1.2.3'], ['12 cases'], ['1,25']])('refuses "%s" with a message saying what to type', (text) => {
    const parsed = parseNumber(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toBe('enter a number, e.g. 12 or 12.5');
  });

  it('refuses the "<5" others see, asking for the real figure', () => {
    const parsed = parseNumber('<5');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('exact figure');
  });

  it('keeps text cells as text: an emptied comment is "", an emptied qualitative actual is cleared', () => {
    expect(parseCell('comment', '  late report ')).toEqual({ ok: true, value: 'late report' });
    expect(parseCell('comment', '')).toEqual({ ok: true, value: '' });
    expect(parseCell('actualText', ' ')).toEqual({ ok: true, value: null });
    expect(parseCell('target', '7')).toEqual({ ok: true, value: 7 });
  });
});

describe('the batch a grid saves', () => {
  const indicator = { id: 'ind-1', values: [value('q1'), value('q2', { dimension: 'sex', category: 'female', version: 7 })] };

  it('sends one input per period and disaggregation, with the version it was edited from (0 for a cell that was empty)', () => {
    const edits = new Map([
      [cellKey({ periodId: 'q1', dimension: '', category: '', field: 'target' }), '12'],
      [cellKey({ periodId: 'q1', dimension: '', category: '', field: 'comment' }), 'revised'],
      [cellKey({ periodId: 'q2', dimension: 'sex', category: 'female', field: 'actual' }), '3'],
      [cellKey({ periodId: 'q3', dimension: '', category: '', field: 'target' }), ''],
    ]);
    const batch = buildValueBatch(indicator, edits);
    expect(batch.problems).toEqual({});
    expect(batch.inputs).toEqual([
      { indicatorId: 'ind-1', periodId: 'q1', dimension: '', category: '', version: 3, target: 12, comment: 'revised' },
      { indicatorId: 'ind-1', periodId: 'q2', dimension: 'sex', category: 'female', version: 7, actual: 3 },
      { indicatorId: 'ind-1', periodId: 'q3', dimension: '', category: '', version: 0, target: null },
    ]);
  });

  it('puts an API error back on its cell, and a row error on the first cell edited in that row', () => {
    const edits = new Map([
      [cellKey({ periodId: 'q1', dimension: '', category: '', field: 'actual' }), '5'],
      [cellKey({ periodId: 'q2', dimension: 'sex', category: 'female', field: 'actual' }), '9'],
    ]);
    const batch = buildValueBatch(indicator, edits);
    expect(batch.cellFor('values.1.actual')).toBe('q2|sex|female|actual');
    expect(batch.cellFor('values.0.version')).toBe('q1|||actual');
    expect(batch.cellFor('values.5.actual')).toBeNull();
    expect(batch.cellFor('projectId')).toBeNull();
  });

  it('sends nothing while a cell cannot be read, and says which', () => {
    const bad = cellKey({ periodId: 'q1', dimension: '', category: '', field: 'actual' });
    const batch = buildValueBatch(indicator, new Map([[bad, 'lots']]));
    expect(batch.problems).toEqual({ [bad]: 'enter a number, e.g. 12 or 12.5' });
    expect(batch.inputs).toEqual([]);
  });
});

describe('which periods take actuals', () => {
  const window = { start: '2025-02-15', end: '2026-06-30', today: '2025-08-10' };
  it.each([
    ['a period the project starts in', '2025-01-01', '2025-03-31', true],
    ['a period before the project', '2024-10-01', '2024-12-31', false],
    ['the current period', '2025-07-01', '2025-09-30', true],
    ['a period not begun', '2025-10-01', '2025-12-31', false],
  ])('%s: %s', (_what, startDate, endDate, expected) => {
    expect(reportable({ startDate, endDate }, window)).toBe(expected);
  });
});
