import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import ApiTokensPanel from '../../web/src/modules/access/components/ApiTokensPanel.vue';
import { fixtureClient, globalWith } from './support';

const SECRET = 'acc_Zx8kQ2vLr9TmYp4Wn6Hc3Jd7Fb5Gs1';
const token = (id: string, name: string, extra: Record<string, unknown> = {}) => ({
  __typename: 'ApiToken',
  id,
  name,
  prefix: id === 't2' ? SECRET.slice(0, 10) : 'acc_old123',
  scope: 'READ',
  createdAt: '2026-01-05T10:00:00.000Z',
  expiresAt: '2099-01-05T10:00:00.000Z',
  revokedAt: null,
  lastUsedAt: null,
  ...extra,
});

describe('API tokens on the account page', () => {
  it('shows a new token’s secret once, with a warning, and never again after it is dismissed', async () => {
    const answers: Record<string, unknown> = { MyApiTokens: { myApiTokens: [token('t1', 'Old export', { revokedAt: '2026-02-01T00:00:00.000Z' })] } };
    const wrapper = mount(ApiTokensPanel, { global: globalWith(fixtureClient(answers)), attachTo: document.body });
    await flushPromises();
    expect(wrapper.get('[data-testid="api-tokens"]').text()).toContain('Revoked');
    // A revoked token offers nothing to do.
    expect(wrapper.findAll('tbody button')).toHaveLength(0);

    await wrapper.get('#new-token-button').trigger('click');
    await wrapper.get('#f-name').setValue('ERP export');
    answers.CreateApiToken = { createApiToken: { __typename: 'CreatedApiToken', secret: SECRET, token: token('t2', 'ERP export') } };
    answers.MyApiTokens = { myApiTokens: [token('t2', 'ERP export'), token('t1', 'Old export', { revokedAt: '2026-02-01T00:00:00.000Z' })] };
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const shown = wrapper.get('[data-testid="one-time-secret"]');
    expect((shown.get('input').element as HTMLInputElement).value).toBe(SECRET);
    expect(shown.text()).toContain('shown only this once');
    // The list shows the recognisable prefix, never the secret itself.
    expect(wrapper.get('[data-testid="api-tokens"]').text()).toContain(`${SECRET.slice(0, 10)}…`);
    expect(wrapper.get('[data-testid="api-tokens"]').text()).not.toContain(SECRET);

    await shown.findAll('button').find((b) => b.text() === 'I have saved it')!.trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="one-time-secret"]').exists()).toBe(false);
    expect(wrapper.html()).not.toContain(SECRET);
    expect(wrapper.find('#new-token-button').exists()).toBe(true);
    wrapper.unmount();
  });

  it('names the token before asking the server', async () => {
    const wrapper = mount(ApiTokensPanel, { global: globalWith(fixtureClient({ MyApiTokens: { myApiTokens: [] } })), attachTo: document.body });
    await flushPromises();
    expect(wrapper.text()).toContain('You have no API tokens.');
    await wrapper.get('#new-token-button').trigger('click');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#f-name-error').text()).toBe('say what the token is for');
    expect(wrapper.find('[data-testid="one-time-secret"]').exists()).toBe(false);
    wrapper.unmount();
  });
});
