/**
 * Each demo account signed in: the home it lands on, the menus it gets, the data it reads and the actions it
 * is offered; a donor typing another donor's project address; signing out; a session that ends under the
 * user; and an API token whose secret is shown once and works.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, demoIds, newPage, settled, signIn } from './helpers';

const TIP = '[Demo] Joint Programme against Trafficking in Persons and Smuggling of Migrants in West Africa and the Sahel';
const TIP_01 = /Strengthening the investigation and prosecution of trafficking in persons cases/;

describe.skipIf(!hasChromium)('what each role sees', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let ids: Record<string, string>;
  let titles: Record<string, string>;
  const pages: Page[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-roles-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    const admin = await apiAs(accord.url, 'admin@accord.demo');
    ids = await demoIds(admin);
    const data = await admin<{ programmes: { iatiIdentifier: string; title: string; projects: { iatiIdentifier: string; title: string }[] }[] }>(
      '{ programmes { iatiIdentifier title projects { iatiIdentifier title } } }',
    );
    titles = Object.fromEntries(data.programmes.flatMap((p) => [[p.iatiIdentifier, p.title], ...p.projects.map((j) => [j.iatiIdentifier, j.title])]));
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** A fresh browser context per account, so no cookie is shared. */
  async function as(email: string): Promise<Page> {
    const page = await newPage(browser);
    pages.push(page);
    await signIn(page, accord.url, email);
    return page;
  }

  async function open(page: Page, pathname: string) {
    await page.goto(`${accord.url}${pathname}`);
    await settled(page);
  }

  /** An address outside the user's scope: the page says it was not found (and has no title to wait for). */
  async function openMissing(page: Page, pathname: string, what: 'project' | 'programme') {
    await page.goto(`${accord.url}${pathname}`);
    await page.getByText(`This ${what} was not found`).waitFor();
  }

  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
  const trimmed = async (page: Page) => (await nav(page)).map((t) => t.trim());
  const h1 = (page: Page) => page.locator('h1').textContent();
  const button = (page: Page, name: string) => page.locator('main').getByRole('link', { name, exact: true }).or(page.locator('main').getByRole('button', { name, exact: true }));
  const headings = async (page: Page, testId: string) => (await page.getByTestId(testId).locator('h2').allTextContents()).map((t) => t.trim());

  it('admin: the whole portfolio, the Users menu and New programme', async () => {
    const page = await as('admin@accord.demo');
    expect(await h1(page)).toBe('Portfolio');
    expect(await trimmed(page)).toEqual(['Portfolio', 'Projects', 'Knowledge', 'Organisations', 'Exchange rates', 'Users']);
    await open(page, '/projects');
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(7);
    expect(await button(page, 'New programme').count()).toBe(1);
    expect(await button(page, 'New project').count()).toBe(1);

    await page.getByTestId('user-menu').click();
    expect(await page.getByRole('menu').textContent()).toContain('My account');
    await page.keyboard.press('Escape');

    await open(page, '/users');
    const users = page.getByTestId('users');
    for (const email of ['admin@accord.demo', 'manager@accord.demo', 'partner@accord.demo', 'donor.eu@accord.demo', 'donor.sida@accord.demo', 'viewer@accord.demo']) {
      expect(await users.textContent()).toContain(email);
    }

    await open(page, '/organisations');
    expect(await button(page, 'New organisation').count()).toBe(1);
    expect(await page.getByTestId('organisations').getByRole('button', { name: /^Edit / }).count()).toBeGreaterThan(0);
  });

  it('manager: edits the trafficking programme, reads the others', async () => {
    const page = await as('manager@accord.demo');
    expect(await trimmed(page)).toEqual(['Portfolio', 'Projects', 'Knowledge', 'Organisations', 'Exchange rates']);
    await open(page, '/projects');
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(7);
    expect(await button(page, 'New programme').count()).toBe(0);
    expect(await button(page, 'New project').count()).toBe(1);

    await open(page, `/programmes/${ids['XM-DAC-41128-DEMO-PRG-TIP']}`);
    expect(await button(page, 'Edit').count()).toBe(1);
    expect(await button(page, 'New project').count()).toBe(1);
    // Archiving a programme is for administrators.
    expect(await button(page, 'Archive').count()).toBe(0);
    expect(await page.getByTestId('view-only').count()).toBe(0);

    await open(page, `/projects/${ids['XM-DAC-41128-DEMO-PRG-TIP-01']}`);
    expect(await button(page, 'Edit').count()).toBe(1);
    expect(await page.getByTestId('internal-notes').textContent()).toContain('Demo record');

    await open(page, `/programmes/${ids['XM-DAC-41128-DEMO-PRG-HIV']}`);
    expect(await h1(page)).toBe(titles['XM-DAC-41128-DEMO-PRG-HIV']);
    expect(await button(page, 'Edit').count()).toBe(0);
    expect(await button(page, 'New project').count()).toBe(0);
    expect(await page.getByTestId('view-only').count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'Add a participant' }).count()).toBe(0);

    // Typing the address of a form it may not use shows that, not a form that would be refused.
    await open(page, `/programmes/${ids['XM-DAC-41128-DEMO-PRG-HIV']}/edit`);
    await page.getByText('You cannot edit this programme').waitFor();
    await open(page, '/users');
    expect(await h1(page)).toBe('Page not found');
  });

  it('partner: only the project it reports on', async () => {
    const page = await as('partner@accord.demo');
    expect(await h1(page)).toBe('Portfolio');
    await open(page, '/projects');
    await expect.poll(() => page.getByTestId('project-row').count(), { timeout: 10_000 }).toBe(1);
    expect(await headings(page, 'programme-card')).toEqual([TIP]);
    expect(await page.getByTestId('project-row').textContent()).toMatch(TIP_01);
    expect(await button(page, 'New project').count()).toBe(0);

    await page.getByRole('link', { name: TIP_01 }).click();
    await settled(page, /\/projects\/[0-9a-f-]{36}$/);
    expect(await button(page, 'Edit').count()).toBe(0);
    expect(await page.getByTestId('view-only').count()).toBe(1);
    expect(await page.getByTestId('internal-notes').count()).toBe(0);

    await openMissing(page, `/projects/${ids['XM-DAC-41128-DEMO-PRG-TIP-02']}`, 'project');
  });

  it('donor.eu: what the European Union funds, and nothing of the HIV programme', async () => {
    const page = await as('donor.eu@accord.demo');
    expect(await h1(page)).toBe('What European Union funds');
    expect(await trimmed(page)).toEqual(['Portfolio', 'Projects', 'Knowledge', 'Organisations', 'Exchange rates']);
    await expect.poll(() => page.getByTestId('funded-project').count(), { timeout: 10_000 }).toBe(12);
    const programmes = await headings(page, 'funded-programme');
    expect(programmes.sort()).toEqual(['XM-DAC-41128-DEMO-PRG-FIR', 'XM-DAC-41128-DEMO-PRG-TER', 'XM-DAC-41128-DEMO-PRG-TIP'].map((k) => titles[k]).sort());
    const summary = await page.getByTestId('funding-summary').textContent();
    expect(summary).toMatch(/3\s*programmes/);
    expect(summary).toMatch(/12\s*projects/);
    const main = (await page.locator('main').textContent()) ?? '';
    for (const key of ['XM-DAC-41128-DEMO-PRG-HIV', 'XM-DAC-41128-DEMO-PRG-HIV-01', 'XM-DAC-41128-DEMO-PRG-DRG-01']) expect(main).not.toContain(titles[key]);

    await page.getByRole('link', { name: TIP_01 }).click();
    await settled(page, /\/projects\/[0-9a-f-]{36}$/);
    expect(await h1(page)).toMatch(TIP_01);
    expect(await button(page, 'Edit').count()).toBe(0);
  });

  it('donor.sida: only the HIV programme, and another donor’s project is not found', async () => {
    const page = await as('donor.sida@accord.demo');
    expect(await h1(page)).toBe('What Swedish International Development Cooperation Agency funds');
    await expect.poll(() => page.getByTestId('funded-project').count(), { timeout: 10_000 }).toBe(3);
    expect(await headings(page, 'funded-programme')).toEqual([titles['XM-DAC-41128-DEMO-PRG-HIV']]);

    await openMissing(page, `/projects/${ids['XM-DAC-41128-DEMO-PRG-TIP-01']}`, 'project');
    expect(await page.locator('main').textContent()).not.toMatch(TIP_01);
    await openMissing(page, `/programmes/${ids['XM-DAC-41128-DEMO-PRG-TIP']}`, 'programme');
  });

  it('viewer: everything, with no button that would be refused', async () => {
    const page = await as('viewer@accord.demo');
    await open(page, '/projects');
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(7);
    expect(await button(page, 'New programme').count()).toBe(0);
    expect(await button(page, 'New project').count()).toBe(0);

    await open(page, `/programmes/${ids['XM-DAC-41128-DEMO-PRG-TIP']}`);
    for (const name of ['Edit', 'New project', 'Archive', 'Add a project']) expect(await button(page, name).count(), name).toBe(0);
    expect(await page.getByTestId('view-only').count()).toBe(1);
    expect(await page.getByTestId('participants').getByRole('button').count()).toBe(0);

    await open(page, `/projects/${ids['XM-DAC-41128-DEMO-PRG-TIP-01']}?tab=documents`);
    await page.getByTestId('documents').waitFor();
    expect(await page.getByRole('tabpanel').getByRole('button').count()).toBe(0);
    expect(await page.getByTestId('internal-notes').count()).toBe(0);

    await open(page, '/organisations');
    expect(await button(page, 'New organisation').count()).toBe(0);
    expect(await page.getByTestId('organisations').getByRole('button').count()).toBe(0);
  });

  it('signing out returns to sign-in, and signing in returns to the page asked for', async () => {
    const page = pages[pages.length - 1];
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/sign-in\?signedOut=1$/);
    await page.getByText('You have signed out.').waitFor();
    expect(await page.getByTestId('user-menu').count()).toBe(0);

    await page.goto(`${accord.url}/organisations?kind=DONOR`);
    await page.waitForURL(/\/sign-in\?redirect=/);
    await page.getByText('Sign in to see this page.').waitFor();
    await page.locator('#f-email').fill('viewer@accord.demo');
    await page.locator('#f-password').fill('accord-demo-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await settled(page, /\/organisations\?kind=DONOR$/);
    await expect.poll(() => h1(page), { timeout: 10_000 }).toBe('Organisations');
  });

  it('says when the password is wrong, and sends a user whose session ended back to sign-in', async () => {
    const page = await newPage(browser);
    pages.push(page);
    await page.goto(`${accord.url}/sign-in`);
    await page.locator('#f-email').fill('viewer@accord.demo');
    await page.locator('#f-password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or the password is wrong' }).waitFor();
    expect(await page.locator('#f-password').inputValue()).toBe('');

    await signIn(page, accord.url, 'viewer@accord.demo');
    await open(page, '/projects');
    await page.context().clearCookies();
    await page.getByRole('link', { name: TIP }).click();
    await page.waitForURL(/\/sign-in\?redirect=\/programmes\/[0-9a-f-]{36}&expired=1$/);
    await page.getByText('Your session has ended.').waitFor();
  });

  it('creates an API token whose secret is shown once and works', async () => {
    const page = await as('viewer@accord.demo');
    await open(page, '/account');
    expect(await page.getByTestId('my-roles').textContent()).toContain('Viewer');
    await page.getByRole('button', { name: 'New token' }).click();
    await page.locator('#f-name').fill('Dashboard export');
    await page.getByRole('button', { name: 'Create token' }).click();

    const shown = page.getByTestId('one-time-secret');
    await shown.waitFor();
    const secret = await shown.locator('input').inputValue();
    expect(secret).toMatch(/^acc_\S{20,}$/);
    expect(await shown.textContent()).toContain('shown only this once');

    const ask = (token: string) =>
      fetch(`${accord.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ me { email } programmes { id } }' }),
      });
    const res = await ask(secret);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: { me: { email: string }; programmes: unknown[] } };
    expect(body.data.me.email).toBe('viewer@accord.demo');
    expect(body.data.programmes).toHaveLength(7);

    await page.getByRole('button', { name: 'I have saved it' }).click();
    await shown.waitFor({ state: 'detached' });
    const row = page.getByTestId('api-tokens').locator('tbody tr').filter({ hasText: 'Dashboard export' });
    expect(await row.textContent()).toContain(`${secret.slice(0, 10)}…`);
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await settled(page);
    await page.getByTestId('api-tokens').waitFor();
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'Revoke Dashboard export' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('Revoked');
    expect((await ask(secret)).status).toBe(401);
  });
});
