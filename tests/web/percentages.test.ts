import { describe, expect, it } from 'vitest';
import { describeTotal, formatPercent, percentageTotal, totalState } from '../../web/src/modules/activity/composables/percentages';

describe('percentage totals', () => {
  it('adds in hundredths, so thirds that the server accepts show exactly 100', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(percentageTotal([33.33, 33.33, 33.34])).toBe(100);
    expect(percentageTotal([0.1, 0.2])).toBe(0.3);
    expect(totalState([33.33, 33.33, 33.34])).toBe('complete');
  });

  it('counts blank and unreadable entries as nothing, and reads decimal commas', () => {
    expect(percentageTotal([60, null, undefined, '', 'abc'])).toBe(60);
    expect(percentageTotal(['12,5', '87.5'])).toBe(100);
  });

  it('says how much is missing or too much', () => {
    expect(describeTotal([60, 30])).toBe('Total 90%: 10% still to allocate (must be 100%).');
    expect(describeTotal([70, 40])).toBe('Total 110%: 10% too much (must be 100%).');
    expect(describeTotal([70, 30])).toBe('Total 100%.');
    expect(describeTotal([])).toBe('No rows yet.');
    expect(totalState([60, 30])).toBe('under');
    expect(totalState([70, 40])).toBe('over');
    expect(totalState([])).toBe('empty');
  });

  it('formats whole and fractional percentages', () => {
    expect(formatPercent(40)).toBe('40%');
    expect(formatPercent(33.33)).toBe('33.33%');
    expect(formatPercent(12.5)).toBe('12.5%');
  });
});
