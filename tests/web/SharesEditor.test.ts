import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import SharesEditor from '../../web/src/modules/activity/components/SharesEditor.vue';
import { shareRow, type ShareRow } from '../../web/src/modules/activity/composables/shares';
import { globalWith } from './support';

const options = [
  { value: 'NG', label: 'Nigeria' },
  { value: 'NE', label: 'Niger' },
];

function editor(rows: ShareRow[], errors = {}) {
  return mount(SharesEditor, {
    props: {
      modelValue: rows,
      'onUpdate:modelValue': (v: ShareRow[]) => editorWrapper.setProps({ modelValue: v }),
      path: 'recipientCountries',
      codeField: 'country',
      legend: 'Recipient countries',
      codeLabel: 'Country',
      addLabel: 'Add a country',
      options,
      errors,
    },
    global: globalWith(),
    attachTo: document.body,
  });
}
let editorWrapper: ReturnType<typeof editor>;

describe('SharesEditor', () => {
  it('shows the live total and updates it as shares are typed', async () => {
    editorWrapper = editor([shareRow('NG', 60), shareRow('NE', 30)]);
    const total = editorWrapper.get('#f-recipientCountries-total');
    expect(total.text()).toBe('Total 90%: 10% still to allocate (must be 100%).');
    expect(total.attributes('aria-live')).toBe('polite');

    await editorWrapper.get('#f-recipientCountries-0-percentage').setValue('70');
    expect(editorWrapper.get('#f-recipientCountries-total').text()).toBe('Total 100%.');
    expect(editorWrapper.get('#f-recipientCountries-total').attributes('data-state')).toBe('complete');
    editorWrapper.unmount();
  });

  it('adds and removes rows', async () => {
    editorWrapper = editor([shareRow('NG', 100)]);
    await editorWrapper.get('button[aria-label="Remove row 1: Nigeria"]').trigger('click');
    expect(editorWrapper.findAll('[data-testid="share-row"]')).toHaveLength(0);
    const add = editorWrapper.findAll('button').find((b) => b.text() === 'Add a country');
    await add!.trigger('click');
    await add!.trigger('click');
    expect(editorWrapper.findAll('[data-testid="share-row"]')).toHaveLength(2);
    expect(editorWrapper.find('#f-recipientCountries-1-percentage').exists()).toBe(true);
    editorWrapper.unmount();
  });

  it('puts the list message under the list and a row message under that row’s control', () => {
    editorWrapper = editor([shareRow('NG', 60), shareRow(null, 30)], {
      recipientCountries: ['Country percentages must add up to 100 (they add up to 90)'],
      'recipientCountries.1.country': ['a country is given by its two-letter ISO code'],
      'recipientCountries.0.percentage': ['a percentage cannot be more than 100'],
    });
    const fieldset = editorWrapper.get('fieldset#f-recipientCountries');
    expect(fieldset.get('#f-recipientCountries-error').text()).toBe('Country percentages must add up to 100 (they add up to 90)');
    expect(fieldset.attributes('aria-describedby')).toContain('f-recipientCountries-error');

    const rows = editorWrapper.findAll('[data-testid="share-row"]');
    const country = rows[1].get('#f-recipientCountries-1-country');
    expect(country.attributes('aria-invalid')).toBe('true');
    expect(country.attributes('aria-describedby')).toBe('f-recipientCountries-1-country-error');
    expect(rows[1].get('#f-recipientCountries-1-country-error').text()).toBe('a country is given by its two-letter ISO code');

    const percentage = rows[0].get('#f-recipientCountries-0-percentage');
    expect(percentage.attributes('aria-invalid')).toBe('true');
    expect(percentage.attributes('aria-describedby')).toBe('f-recipientCountries-0-percentage-error');
    // The rows without a problem are not marked.
    expect(rows[0].get('#f-recipientCountries-0-country').attributes('aria-invalid')).toBeUndefined();
    expect(rows[1].get('#f-recipientCountries-1-percentage').attributes('aria-invalid')).toBeUndefined();
    editorWrapper.unmount();
  });

  it('keeps SDG sector shares as loaded, names them, and totals each vocabulary on its own', async () => {
    const sdgGoals = [{ value: '16', label: 'Goal 16: Peace, justice and strong institutions' }];
    const rows = [shareRow('15130', 100, '1'), shareRow('16', 60, '7'), shareRow('16.4', 40, '8'), shareRow('151', 100, '2')];
    const wrapper = mount(SharesEditor, {
      props: {
        modelValue: rows,
        path: 'sectors',
        codeField: 'code',
        legend: 'Sectors',
        codeLabel: 'Sector',
        addLabel: 'Add a sector',
        options: [],
        vocabularies: [
          { value: '1', label: 'DAC 5-digit', options: [{ value: '15130', label: '15130 Legal and judicial development' }] },
          { value: '2', label: 'DAC 3-digit', options: [] },
          { value: '7', label: 'SDG goal', options: sdgGoals },
          { value: '8', label: 'SDG target', options: [{ value: '16.4', label: '16.4 Reduce illicit financial and arms flows' }] },
        ],
      },
      global: globalWith(),
      attachTo: document.body,
    });
    const shown = wrapper.findAll('[data-testid="share-row"]').map((r) => r.text());
    expect(shown[1]).toContain('SDG goal');
    expect(shown[1]).toContain('Goal 16: Peace, justice and strong institutions');
    expect(shown[2]).toContain('16.4 Reduce illicit financial and arms flows');
    // A stored DAC 3-digit code is not in any list offered, yet it is shown rather than blanked.
    expect(shown[3]).toContain('151');
    const totals = wrapper.get('#f-sectors-total').findAll('p').map((p) => p.text());
    expect(totals).toEqual(['DAC 5-digit: Total 100%.', 'SDG goal: Total 60%: 40% still to allocate (must be 100%).', 'SDG target: Total 40%: 60% still to allocate (must be 100%).', 'DAC 3-digit: Total 100%.']);
    expect(rows.map((r) => [r.vocabulary, r.code, r.percentage])).toEqual([
      ['1', '15130', 100],
      ['7', '16', 60],
      ['8', '16.4', 40],
      ['2', '151', 100],
    ]);
    wrapper.unmount();
  });
});
