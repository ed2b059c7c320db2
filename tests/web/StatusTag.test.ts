import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import StatusTag from '../../web/src/components/ui/StatusTag.vue';
import { globalWith } from './support';

describe('StatusTag', () => {
  it.each([
    ['1', 'Pipeline/identification', 'info'],
    ['2', 'Implementation', 'success'],
    ['3', 'Finalisation', 'warn'],
    ['4', 'Closed', 'secondary'],
    ['5', 'Cancelled', 'danger'],
    ['6', 'Suspended', 'warn'],
  ])('shows IATI status %s as "%s" in the %s colour', (code, name, severity) => {
    const tag = mount(StatusTag, { props: { code, name }, global: globalWith() });
    expect(tag.text()).toBe(name);
    expect(tag.classes()).toContain(`p-tag-${severity}`);
    expect(tag.attributes('data-status')).toBe(code);
  });

  it('falls back to a neutral colour for a code it does not know', () => {
    const tag = mount(StatusTag, { props: { code: '9', name: 'Something new' }, global: globalWith() });
    expect(tag.classes()).toContain('p-tag-secondary');
  });
});
