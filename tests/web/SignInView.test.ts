import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ApolloError } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import SignInView from '../../web/src/modules/access/views/SignInView.vue';
import { SessionKey, type Session } from '../../web/src/modules/access/composables/session';
import { globalWith } from './support';

const refusal = (code: string, message: string, extensions: Record<string, unknown> = {}) =>
  new ApolloError({ graphQLErrors: [new GraphQLError(message, { extensions: { code, ...extensions } })] });

/** The sign-in page over a session whose sign-in answers with `outcome` (an error is thrown). */
async function signInPage(outcome: unknown, start = '/sign-in?redirect=/projects/7') {
  const calls: [string, string][] = [];
  const session = {
    user: null,
    loaded: true,
    load: async () => null,
    signIn: async (email: string, password: string) => {
      calls.push([email, password]);
      if (outcome instanceof Error) throw outcome;
      return outcome;
    },
    signOut: async () => {},
    expire: () => {},
    update: () => {},
  } as unknown as Session;
  const Page = { template: '<p>page</p>' };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/sign-in', component: SignInView },
      { path: '/:rest(.*)*', component: Page },
    ],
  });
  await router.push(start);
  const base = globalWith();
  const wrapper = mount(SignInView, { global: { ...base, plugins: [...base.plugins, router], provide: { [SessionKey as symbol]: session } }, attachTo: document.body });
  return { wrapper, router, calls };
}

async function submit(wrapper: Awaited<ReturnType<typeof signInPage>>['wrapper'], email: string, password: string) {
  await wrapper.get('#f-email').setValue(email);
  await wrapper.get('#f-password').setValue(password);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('the sign-in page', () => {
  it('asks for both fields beside them before calling the server', async () => {
    const { wrapper, calls } = await signInPage(null);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#f-email-error').text()).toBe('enter your email address');
    expect(wrapper.get('#f-password-error').text()).toBe('enter your password');
    expect(wrapper.get('#f-email').attributes('aria-invalid')).toBe('true');
    expect(calls).toEqual([]);
    wrapper.unmount();
  });

  it('says plainly when the credentials are wrong, and empties the password', async () => {
    const { wrapper } = await signInPage(refusal('UNAUTHENTICATED', 'The email or the password is wrong, or the account is deactivated.'));
    await submit(wrapper, 'viewer@accord.demo', 'guess');
    expect(wrapper.get('[role="alert"]').text()).toContain('The email or the password is wrong');
    expect((wrapper.get('#f-password').element as HTMLInputElement).value).toBe('');
    expect((wrapper.get('#f-email').element as HTMLInputElement).value).toBe('viewer@accord.demo');
    wrapper.unmount();
  });

  it('says how long to wait after too many attempts', async () => {
    const { wrapper } = await signInPage(refusal('RATE_LIMITED', 'Too many sign-in attempts. Try again in 14 minute(s).', { retryAfterSeconds: 801 }));
    await submit(wrapper, 'viewer@accord.demo', 'guess');
    expect(wrapper.get('[role="alert"]').text()).toContain('Too many failed sign-ins. Wait about 14 minutes, then try again.');
    wrapper.unmount();
  });

  it('returns to the page asked for once signed in', async () => {
    const { wrapper, router, calls } = await signInPage({ id: 'u1', roles: [] });
    await submit(wrapper, ' viewer@accord.demo ', 'accord-demo-2026');
    expect(calls).toEqual([['viewer@accord.demo', 'accord-demo-2026']]);
    expect(router.currentRoute.value.fullPath).toBe('/projects/7');
    wrapper.unmount();
  });

  it('fills the form from the demo accounts list', async () => {
    const { wrapper } = await signInPage(null, '/sign-in');
    await wrapper.get('button[aria-label="Use donor.eu@accord.demo"]').trigger('click');
    expect((wrapper.get('#f-email').element as HTMLInputElement).value).toBe('donor.eu@accord.demo');
    expect((wrapper.get('#f-password').element as HTMLInputElement).value).toBe('accord-demo-2026');
    wrapper.unmount();
  });
});
