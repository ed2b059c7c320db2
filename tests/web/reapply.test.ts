import { describe, expect, it } from 'vitest';
import { reapply } from '../../web/src/modules/logframe/composables/reapply';

describe('reloading a refused form and reapplying the user’s changes', () => {
  const read = { title: 'Victims identified', unit: 'victims', definition: 'Counted at intake', dimensions: [{ name: 'sex', values: 'female, male' }] };

  it('puts only the fields the user changed over the record as it is now', () => {
    const mine = { ...read, title: 'Victims identified and referred' };
    const current = { ...read, definition: 'Counted at intake and at referral', unit: 'persons' };
    const r = reapply(current, read, mine);
    expect(r.values).toEqual({ title: 'Victims identified and referred', unit: 'persons', definition: 'Counted at intake and at referral', dimensions: read.dimensions });
    expect(r.mine).toEqual(['title']);
    expect(r.theirs).toEqual(['unit', 'definition']);
    expect(r.both).toEqual([]);
  });

  it('keeps the user’s value where both changed a field, and says so; a list counts as one field', () => {
    const mine = { ...read, unit: 'cases', dimensions: [{ name: 'sex', values: 'female, male, other' }] };
    const current = { ...read, unit: 'persons', dimensions: [{ name: 'age', values: 'child, adult' }] };
    const r = reapply(current, read, mine);
    expect(r.values.unit).toBe('cases');
    expect(r.values.dimensions).toEqual([{ name: 'sex', values: 'female, male, other' }]);
    expect(r.both).toEqual(['unit', 'dimensions']);
  });

  it('does not flag a field both changed to the same value, and leaves the inputs untouched', () => {
    const mine = { ...read, unit: 'persons' };
    const current = { ...read, unit: 'persons' };
    const r = reapply(current, read, mine);
    expect(r.both).toEqual([]);
    r.values.dimensions[0].name = 'changed';
    expect(current.dimensions[0].name).toBe('sex');
  });
});
