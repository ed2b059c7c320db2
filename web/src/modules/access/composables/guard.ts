import type { Router } from 'vue-router';
import { capabilitiesOf, safeRedirect } from './capabilities';
import type { Session } from './session';

/**
 * Every page but sign-in needs a session: without one, the sign-in page, which comes back to the page
 * asked for. A page the user's roles do not open is answered as if it did not exist.
 */
export function guardRoutes(router: Router, session: Session): void {
  router.beforeEach(async (to) => {
    // An unreachable server is not a session; the sign-in page then says what is wrong when the user tries.
    const user = await session.load().catch(() => null);
    if (to.meta.public) return to.name === 'sign-in' && user ? safeRedirect(to.query.redirect) : true;
    if (!user) return { name: 'sign-in', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    if (to.meta.allow && !to.meta.allow(capabilitiesOf(user))) {
      return { name: 'not-found', params: { pathMatch: to.path.slice(1).split('/') }, query: to.query, hash: to.hash };
    }
    return true;
  });
}

/** After the server refused a request for want of a session: back to sign-in, then to where the user was. */
export async function sendToSignIn(router: Router, session: Session): Promise<void> {
  const here = router.currentRoute.value;
  session.expire();
  if (here.meta.public) return;
  await router.replace({ name: 'sign-in', query: { redirect: here.fullPath, expired: '1' } });
}
