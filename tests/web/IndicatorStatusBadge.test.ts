import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import IndicatorStatusBadge from '../../web/src/modules/logframe/components/IndicatorStatusBadge.vue';
import { globalWith } from './support';

describe('IndicatorStatusBadge', () => {
  it.each([
    ['ON_TRACK', 'On track', 'success', 'pi-check-circle'],
    ['AT_RISK', 'At risk', 'warn', 'pi-exclamation-triangle'],
    ['OFF_TRACK', 'Off track', 'danger', 'pi-times-circle'],
    ['NO_DATA', 'No data', 'secondary', 'pi-minus-circle'],
  ] as const)('says %s in words, not colour alone: "%s"', (status, label, severity, icon) => {
    const badge = mount(IndicatorStatusBadge, { props: { status }, global: globalWith() });
    expect(badge.text()).toBe(label);
    expect(badge.classes()).toContain(`p-tag-${severity}`);
    expect(badge.attributes('data-status')).toBe(status);
    // A distinct shape as well as a colour, hidden from screen readers, which read the words.
    const i = badge.get('i');
    expect(i.classes()).toContain(icon);
    expect(i.attributes('aria-hidden')).toBe('true');
    expect(badge.attributes('title')).toMatch(new RegExp(`^${label}: `));
  });
});
