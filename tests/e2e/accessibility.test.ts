/** axe on every kind of page, including a form showing errors: no serious or critical violations. */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, demoIds, expectNoSeriousViolations, newPage, settled, signIn } from './helpers';

describe.skipIf(!hasChromium)('accessibility', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let ids: { programme: string; project: string };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-a11y-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    const demo = await demoIds(await apiAs(accord.url, 'admin@accord.demo'));
    ids = { programme: demo['XM-DAC-41128-DEMO-PRG-TIP'], project: demo['XM-DAC-41128-DEMO-PRG-TIP-01'] };
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function open(pathname: string) {
    await page.goto(`${accord.url}${pathname}`);
    await settled(page);
  }

  it('sign-in page, empty, with the demo accounts open, and refused', async () => {
    await open('/sign-in');
    await expectNoSeriousViolations(page, 'the sign-in page');
    await page.getByText('Demo accounts').click();
    await expectNoSeriousViolations(page, 'the sign-in page with the demo accounts');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.locator('#f-email-error').waitFor();
    await expectNoSeriousViolations(page, 'the sign-in page with missing fields');
    await page.locator('#f-email').fill('admin@accord.demo');
    await page.locator('#f-password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or the password is wrong' }).waitFor();
    await expectNoSeriousViolations(page, 'the sign-in page after a refusal');
    await signIn(page, accord.url, 'admin@accord.demo');
  });

  it('portfolio', async () => {
    await open('/projects');
    await expectNoSeriousViolations(page, 'the portfolio');
    await open('/projects?q=nothing+matches+this');
    await page.getByText('No projects match these filters').waitFor();
    await expectNoSeriousViolations(page, 'the empty portfolio');
  });

  it('programme page', async () => {
    await open(`/programmes/${ids.programme}`);
    await expectNoSeriousViolations(page, 'a programme page');
  });

  it('project page, every tab', async () => {
    for (const tab of ['overview', 'participants', 'countries', 'sectors', 'documents']) {
      await open(`/projects/${ids.project}?tab=${tab}`);
      await page.getByRole('tabpanel').waitFor();
      await expectNoSeriousViolations(page, `the project ${tab} tab`);
    }
    await page.getByRole('button', { name: 'Add a document' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousViolations(page, 'the document dialog');
  });

  it('logframe: matrix, outline while editing, revisions, indicator panel and form', async () => {
    await open(`/projects/${ids.project}/logframe`);
    await page.getByTestId('logframe-matrix').waitFor();
    await expectNoSeriousViolations(page, 'the logframe matrix');

    await open(`/projects/${ids.project}/logframe?view=outline`);
    await page.getByTestId('outline-node').first().click();
    await page.keyboard.press('Enter');
    await page.getByTestId('outline-node').first().getByRole('textbox').waitFor();
    await expectNoSeriousViolations(page, 'the logframe outline with a statement being edited');
    await page.keyboard.press('Escape');

    await open(`/projects/${ids.project}/logframe?view=revisions`);
    await page.getByTestId('logframe-diff').waitFor();
    await expectNoSeriousViolations(page, 'the logframe revisions and comparison');

    await open(`/projects/${ids.project}/logframe`);
    await page.getByTestId('indicator-summary').first().getByRole('button').click();
    await page.getByTestId('values-grid').waitFor();
    await expectNoSeriousViolations(page, 'the indicator panel');
    await page.getByRole('button', { name: 'Edit indicator' }).click();
    await page.getByRole('dialog', { name: 'Edit indicator' }).waitFor();
    await expectNoSeriousViolations(page, 'the indicator form');
  });

  it('organisation list and dialog', async () => {
    await open('/organisations');
    await expectNoSeriousViolations(page, 'the organisation list');
    await page.getByRole('button', { name: 'New organisation' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousViolations(page, 'the organisation dialog');
  });

  it('project form, empty and with errors', async () => {
    await open(`/projects/new?programme=${ids.programme}`);
    await expectNoSeriousViolations(page, 'the new project form');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('alert').filter({ hasText: 'Some fields need attention' }).waitFor();
    await expectNoSeriousViolations(page, 'the project form with errors');
  });

  it('my account, with a new token and its secret', async () => {
    await open('/account');
    await expectNoSeriousViolations(page, 'the account page');
    await page.getByRole('button', { name: 'New token' }).click();
    await page.locator('#f-name').waitFor();
    await expectNoSeriousViolations(page, 'the new token form');
    await page.locator('#f-name').fill('Accessibility check');
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('one-time-secret').waitFor();
    await expectNoSeriousViolations(page, 'the account page showing a token secret');
    await page.getByRole('button', { name: 'I have saved it' }).click();
  });

  it('users, a user and the new user dialog', async () => {
    await open('/users');
    await expectNoSeriousViolations(page, 'the user list');
    await page.getByRole('button', { name: 'New user' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousViolations(page, 'the new user dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /Ngozi Okafor/ }).click();
    await settled(page, /\/users\/[0-9a-f-]{36}$/);
    await expectNoSeriousViolations(page, 'a user page');
    await page.locator('#f-role').click();
    await page.locator('.p-select-overlay').getByRole('option', { name: 'Partner reporter', exact: true }).click();
    await page.locator('#f-projectId').waitFor();
    await expectNoSeriousViolations(page, 'the add-role form for a partner reporter');
  });

  it('a donor’s home', async () => {
    const donor = await newPage(browser);
    await signIn(donor, accord.url, 'donor.eu@accord.demo');
    await donor.getByTestId('funded-programme').first().waitFor();
    await expectNoSeriousViolations(donor, 'the donor home');
    await donor.close();
  });

  it('programme form', async () => {
    await open(`/programmes/${ids.programme}/edit`);
    await expectNoSeriousViolations(page, 'the programme edit form');
  });
});
