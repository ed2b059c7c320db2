/** Browser steps the e2e tests share: signing in, opening pages, choosing in PrimeVue selects, running axe. */
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every demo account signs in with this password. */

/**
 * Signs in through the API on the browser context, so that its pages share the session cookie. Quicker
 * than the sign-in page, and it keeps these tests about the pages they test.
 */
export async function signInByApi(context: BrowserContext, baseUrl: string, email: string): Promise<void> {
  const res = await context.request.post(`${baseUrl}/graphql`, {
    data: { query: 'mutation($e:String!,$p:String!){ signIn(email:$e,password:$p){ id } }', variables: { e: email, p: DEMO_PASSWORD } },
  });
  const body = (await res.json()) as { errors?: { message: string }[] };
  if (!res.ok() || body.errors?.length) throw new Error(`signing in as ${email} failed: ${res.status()} ${JSON.stringify(body.errors)}`);
}

/** Asks the API as the user signed in on the context; throws on any GraphQL error. */
export async function gql<T>(context: BrowserContext, baseUrl: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await context.request.post(`${baseUrl}/graphql`, { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The id of a project by its IATI identifier. */
export async function projectIdOf(context: BrowserContext, baseUrl: string, iatiIdentifier: string): Promise<string> {
  const data = await gql<{ projects: { items: { id: string; iatiIdentifier: string }[] } }>(
    context,
    baseUrl,
    'query($q:String!){ projects(filter:{ search: $q }, first: 10) { items { id iatiIdentifier } } }',
    { q: iatiIdentifier },
  );
  const project = data.projects.items.find((p) => p.iatiIdentifier === iatiIdentifier);
  if (!project) throw new Error(`no project ${iatiIdentifier}`);
  return project.id;
}

export async function newPage(browser: Browser, width = 1440, height = 900): Promise<Page> {
  // The production CSP forbids inline scripts, rightly; axe is injected as one, so the test browser lets it in.
  const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
  page.setDefaultTimeout(15_000);
  // A broken page usually says so in the console first; print it so a failing test explains itself.
  page.on('pageerror', (e) => console.error('[browser error]', e.message));
  return page;
}

/**
 * Waits for the page to show its first answer from the API (skeletons gone). After a click, give the
 * address it leads to: until the router has moved, the old page's title would satisfy the wait.
 */
export async function settled(page: Page, url?: RegExp | ((url: URL) => boolean)): Promise<void> {
  if (url) await page.waitForURL(url);
  await page.locator('#page-title').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('.loading'));
}

/** Waits for running animations and transitions (dialogs fading in, the tab ink bar) to finish. */
export async function still(page: Page): Promise<void> {
  await page.evaluate(() => Promise.allSettled(document.getAnimations().map((a) => a.finished)));
}

/** Opens a PrimeVue Select (by the id of its combobox), filters when it can, and picks an option by its label. */
export async function choose(page: Page, comboboxId: string, option: string, filter?: string): Promise<void> {
  await page.locator(`#${comboboxId}`).click();
  const filterBox = page.locator('.p-select-overlay .p-select-filter');
  if (filter !== undefined || (await filterBox.count())) await filterBox.fill(filter ?? option);
  await page.locator('.p-select-overlay').getByRole('option', { name: option, exact: true }).click();
  await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe in the page and returns the serious and critical violations (printed, so a failure says why). */
export async function seriousViolations(page: Page, label: string): Promise<AxeViolation[]> {
  // Dialogs fade in: measured mid-animation, every colour looks too pale.
  await still(page);
  // Evaluated rather than added as a script tag: the page's Content Security Policy refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } };
    const result = await w.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (violations.length) console.log(`axe on ${label}:`, JSON.stringify(violations, null, 2));
  return serious;
}

export async function expectNoSeriousViolations(page: Page, label: string): Promise<void> {
  expect(await seriousViolations(page, label), `serious or critical axe violations on ${label}`).toEqual([]);
}

/** Every demo account's password (README). */
export const DEMO_PASSWORD = 'accord-demo-2026';

/** Signs in through the sign-in page and waits for the page it leads to. */
export async function signIn(page: Page, accordUrl: string, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${accordUrl}/sign-in`);
  await page.locator('#f-email').fill(email);
  await page.locator('#f-password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await settled(page, (url) => !url.pathname.startsWith('/sign-in'));
}

export type Gql = <T = any>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** A GraphQL client for the test itself, signed in as a demo account; fails on any error. */
export async function apiAs(accordUrl: string, email: string, password = DEMO_PASSWORD): Promise<Gql> {
  const post = (body: object, headers: Record<string, string> = {}) =>
    fetch(`${accordUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const res = await post({ query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', variables: { e: email, p: password } });
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (!cookie) throw new Error(`${email} could not sign in: ${await res.text()}`);
  return async (query, variables) => {
    const body = (await (await post({ query, variables }, { cookie })).json()) as { data?: any; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
}

/** The ids of the demo programmes and projects, by IATI identifier. */
export async function demoIds(gql: Gql): Promise<Record<string, string>> {
  const data = await gql<{ programmes: { id: string; iatiIdentifier: string; projects: { id: string; iatiIdentifier: string }[] }[] }>(
    '{ programmes { id iatiIdentifier projects { id iatiIdentifier } } }',
  );
  return Object.fromEntries(data.programmes.flatMap((p) => [[p.iatiIdentifier, p.id], ...p.projects.map((j) => [j.iatiIdentifier, j.id])]));
}
