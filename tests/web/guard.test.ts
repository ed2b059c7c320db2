import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { guardRoutes, sendToSignIn } from '../../web/src/modules/access/composables/guard';
import type { Session } from '../../web/src/modules/access/composables/session';
import type { SessionUserFragment } from '../../web/src/gql/graphql';

const Page = { template: '<p>page</p>' };

function user(role: SessionUserFragment['roles'][number]['role']): SessionUserFragment {
  return { id: 'u1', name: 'Test', email: 't@example.org', mustChangePassword: false, organisation: null, roles: [{ id: 'r1', role, programme: null, project: null, organisation: null }] };
}

/** A session that answers from memory, and a router with the guarded routes the SPA has. */
async function setUp(signedIn: SessionUserFragment | null, start = '/') {
  let current = signedIn;
  const session: Session = {
    get user() {
      return current;
    },
    loaded: true,
    load: async () => current,
    signIn: async () => current,
    signOut: async () => void (current = null),
    expire: () => void (current = null),
    update: (u) => void (current = u),
  };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/sign-in', name: 'sign-in', component: Page, meta: { public: true } },
      { path: '/', name: 'portfolio', component: Page },
      { path: '/users', name: 'users', component: Page, meta: { allow: (c) => c.manageUsers } },
      { path: '/projects/:id', name: 'project', component: Page },
      { path: '/:pathMatch(.*)*', name: 'not-found', component: Page },
    ],
  });
  guardRoutes(router, session);
  await router.push(start);
  return { router, session };
}

describe('the router guard', () => {
  it('sends a signed-out visitor to sign-in, remembering the page asked for', async () => {
    const { router } = await setUp(null, '/projects/7?tab=documents');
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query.redirect).toBe('/projects/7?tab=documents');
  });

  it('opens pages for a signed-in user, and answers a page their roles do not open as not found', async () => {
    const { router } = await setUp(user('VIEWER'), '/projects/7');
    expect(router.currentRoute.value.name).toBe('project');
    await router.push('/users');
    expect(router.currentRoute.value.name).toBe('not-found');
    expect(router.currentRoute.value.fullPath).toBe('/users');
  });

  it('lets an administrator open the users page', async () => {
    const { router } = await setUp(user('ADMIN'), '/users');
    expect(router.currentRoute.value.name).toBe('users');
  });

  it('takes a signed-in user away from the sign-in page, to the page asked for', async () => {
    const { router } = await setUp(user('VIEWER'), '/sign-in?redirect=/projects/7');
    expect(router.currentRoute.value.fullPath).toBe('/projects/7');
  });

  it('after the server refused a request for want of a session, forgets the user and goes to sign-in', async () => {
    const { router, session } = await setUp(user('VIEWER'), '/projects/7');
    await sendToSignIn(router, session);
    expect(session.user).toBeNull();
    expect(router.currentRoute.value.name).toBe('sign-in');
    expect(router.currentRoute.value.query).toEqual({ redirect: '/projects/7', expired: '1' });
  });
});
