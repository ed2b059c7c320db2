/** Money as people read it: exact, from the decimal string, never through a float. */
import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { formatConverted, formatDecimal, formatMoney, formatRate, formatShare } from '../../web/src/modules/finance/composables/money';
import MoneyAmount from '../../web/src/modules/finance/components/MoneyAmount.vue';

describe('formatMoney', () => {
  it('groups thousands and shows two decimals with the currency', () => {
    expect(formatMoney('1274000.00', 'USD')).toBe('1,274,000.00 USD');
    expect(formatMoney('1274000', 'USD')).toBe('1,274,000.00 USD');
    expect(formatMoney('125000.5', 'EUR')).toBe('125,000.50 EUR');
    expect(formatMoney('999.99', 'GBP')).toBe('999.99 GBP');
    expect(formatMoney('0', 'USD')).toBe('0.00 USD');
    expect(formatMoney('0.05', 'USD')).toBe('0.05 USD');
  });

  it('shows negative amounts with a minus sign', () => {
    expect(formatMoney('-10000.00', 'USD')).toBe('\u221210,000.00 USD');
    expect(formatMoney('-141000.00', 'USD')).toBe('\u2212141,000.00 USD');
    expect(formatMoney('-0.00', 'USD')).toBe('0.00 USD');
  });

  it('keeps every digit of amounts beyond what a float holds exactly', () => {
    // 15 significant digits with cents: 9007199254740993 is where doubles stop counting by one.
    expect(formatMoney('9999999999999.99', 'USD')).toBe('9,999,999,999,999.99 USD');
    expect(formatMoney('90071992547409.93', 'SEK')).toBe('90,071,992,547,409.93 SEK');
    expect(formatMoney('123456789012345678901234.10', 'XOF')).toBe('123,456,789,012,345,678,901,234.10 XOF');
    expect(formatMoney('0.10', 'USD')).toBe('0.10 USD');
  });

  it('shows a dash for no amount, and anything unexpected as it came', () => {
    expect(formatMoney(null, 'USD')).toBe('—');
    expect(formatMoney('abc', 'USD')).toBe('abc USD');
  });
});

describe('formatConverted, formatRate and formatShare', () => {
  it('says "rate missing" rather than 0 when the converted amount is null', () => {
    expect(formatConverted(null, 'USD')).toBe('rate missing');
    expect(formatConverted('0.00', 'USD')).toBe('0.00 USD');
  });

  it('keeps a rate’s own decimals', () => {
    expect(formatRate('1.0842')).toBe('1.0842');
    expect(formatRate('0.095')).toBe('0.095');
    expect(formatRate('1.10')).toBe('1.10');
    expect(formatRate('1')).toBe('1.00');
    expect(formatRate('1234.5')).toBe('1,234.50');
    expect(formatRate(null)).toBe('rate missing');
  });

  it('shows a share as a percentage with one decimal', () => {
    expect(formatShare(0.3658)).toBe('36.6 %');
    expect(formatShare(0.6657)).toBe('66.6 %');
    expect(formatShare(1)).toBe('100.0 %');
    expect(formatShare(12.5)).toBe('1,250.0 %');
    expect(formatShare(-0.05)).toBe('\u22125.0 %');
    expect(formatShare(null)).toBe('—');
  });

  it('formats bare decimals for tables', () => {
    expect(formatDecimal('1234567.891', 2)).toBe('1,234,567.891');
    expect(formatDecimal('007', 2)).toBe('7.00');
  });
});

describe('MoneyAmount', () => {
  it('shows the original amount and the converted one, with the rate and its date as the description', () => {
    const w = mount(MoneyAmount, { props: { amount: '200000.00', currency: 'EUR', converted: { amount: '216000.00', currency: 'USD', rate: '1.08', rateDate: '2024-07-01' } } });
    expect(w.text()).toContain('200,000.00 EUR');
    const converted = w.get('[data-testid="converted"]');
    expect(converted.text()).toContain('≈ 216,000.00 USD');
    // Reachable by keyboard, and described by the tooltip that names the rate and its date.
    expect(converted.attributes('tabindex')).toBe('0');
    const tip = w.get(`#${converted.attributes('aria-describedby')}`);
    expect(tip.attributes('role')).toBe('tooltip');
    expect(tip.text()).toBe('At 1.08 USD per EUR, the rate of 1 Jul 2024.');
  });

  it('says "rate missing" instead of a figure when no rate is known', () => {
    const w = mount(MoneyAmount, { props: { amount: '5000.00', currency: 'XOF', converted: { amount: null, currency: 'USD', rate: null, rateDate: null } } });
    const converted = w.get('[data-testid="converted"]');
    expect(converted.text()).toContain('rate missing');
    expect(converted.text()).not.toMatch(/0\.00 USD/);
    expect(w.get(`#${converted.attributes('aria-describedby')}`).text()).toContain('No exchange rate from XOF to USD');
  });

  it('shows no conversion for an amount in the reporting currency', () => {
    const w = mount(MoneyAmount, { props: { amount: '-10000.00', currency: 'USD', converted: { amount: '-10000.00', currency: 'USD', rate: '1', rateDate: null } } });
    expect(w.text()).toBe('\u221210,000.00 USD');
    expect(w.find('[data-testid="converted"]').exists()).toBe(false);
  });
});
