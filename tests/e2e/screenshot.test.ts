/**
 * Screenshots: the portfolio at 1440×900 for the README (docs/), the other pages for a human look
 * (tests/e2e/screenshots/, git-ignored).
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { newPage, settled, signIn, still } from './helpers';

const SHOTS = path.resolve('tests/e2e/screenshots');

describe.skipIf(!hasChromium)('screenshots', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-shots-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    page = await newPage(browser);
    await fs.mkdir(SHOTS, { recursive: true });
    await fs.mkdir(path.resolve('docs'), { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function open(pathname: string) {
    await page.goto(`${accord.url}${pathname}`);
    await settled(page);
    // Let fonts and the theme settle so the picture is what a user sees.
    await page.evaluate(() => document.fonts.ready);
    await still(page);
  }

  it('saves the sign-in page, then signs in', async () => {
    await open('/sign-in');
    await page.screenshot({ path: path.join(SHOTS, 'sign-in.png'), fullPage: true });
    await page.getByText('Demo accounts').click();
    await page.locator('#f-email').fill('admin@accord.demo');
    await page.locator('#f-password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'sign-in-refused.png'), fullPage: true });
    await signIn(page, accord.url, 'admin@accord.demo');
  });

  it('saves the portfolio dashboard at 1440×900 to docs/screenshot-portfolio.png', async () => {
    await open('/');
    await page.locator('[data-testid="world-map"][data-ready]').waitFor();
    await still(page);
    const file = path.resolve('docs/screenshot-portfolio.png');
    await page.screenshot({ path: file });
    const png = await fs.readFile(file);
    // PNG header: width and height are the first two big-endian words of the IHDR chunk.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1440, 900]);
  });

  it('saves the other pages for review', async () => {
    await open('/projects?focus=TIP_SOM');
    await page.getByTestId('programme-card').first().locator('h2 a').click();
    await settled(page, /\/programmes\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: path.join(SHOTS, 'programme.png'), fullPage: true });

    await page.getByTestId('programme-projects').getByRole('link').first().click();
    await settled(page, /\/projects\/[0-9a-f-]{36}$/);
    await page.screenshot({ path: path.join(SHOTS, 'project.png'), fullPage: true });
    for (const tab of ['Participants', 'Countries', 'Documents']) {
      await page.getByRole('tab', { name: new RegExp(tab) }).click();
      await still(page);
      await page.screenshot({ path: path.join(SHOTS, `project-${tab.toLowerCase()}.png`), fullPage: true });
    }

    await page.getByRole('link', { name: 'Edit' }).click();
    await settled(page, /\/edit$/);
    await page.locator('#f-recipientCountries-0-percentage').fill('45');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.locator('#f-recipientCountries-error').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'project-form-errors.png'), fullPage: true });

    const projectPath = new URL(page.url()).pathname.replace(/\/edit$/, '');
    await open(`${projectPath}/logframe`);
    await page.screenshot({ path: path.join(SHOTS, 'logframe-matrix.png'), fullPage: true });
    await page.getByTestId('indicator-summary').first().getByRole('button').click();
    await page.getByTestId('values-grid').waitFor();
    await still(page);
    await page.screenshot({ path: path.join(SHOTS, 'logframe-indicator.png') });
    await open(`${projectPath}/logframe?view=outline`);
    await page.getByTestId('outline-node').nth(1).click();
    await page.keyboard.press('Enter');
    await page.screenshot({ path: path.join(SHOTS, 'logframe-outline.png'), fullPage: true });
    await page.keyboard.press('Escape');
    await open(`${projectPath}/logframe?view=revisions`);
    await page.getByTestId('logframe-diff').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'logframe-revisions.png'), fullPage: true });

    await open('/organisations');
    await page.screenshot({ path: path.join(SHOTS, 'organisations.png'), fullPage: true });

    await open('/account');
    await page.getByRole('button', { name: 'New token' }).click();
    await page.locator('#f-name').fill('ERP export');
    await page.screenshot({ path: path.join(SHOTS, 'account-new-token.png'), fullPage: true });
    await page.getByRole('button', { name: 'Create token' }).click();
    await page.getByTestId('one-time-secret').waitFor();
    await still(page);
    await page.screenshot({ path: path.join(SHOTS, 'account-token-secret.png'), fullPage: true });
    await page.getByRole('button', { name: 'I have saved it' }).click();
    await still(page);
    await page.screenshot({ path: path.join(SHOTS, 'account.png'), fullPage: true });

    await open('/users');
    await page.screenshot({ path: path.join(SHOTS, 'users.png'), fullPage: true });
    await page.getByRole('button', { name: 'New user' }).click();
    await page.getByRole('dialog').waitFor();
    await still(page);
    await page.screenshot({ path: path.join(SHOTS, 'users-new.png') });
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: /Ngozi Okafor/ }).click();
    await settled(page, /\/users\/[0-9a-f-]{36}$/);
    await page.locator('#f-role').click();
    await page.locator('.p-select-overlay').getByRole('option', { name: 'Programme manager', exact: true }).click();
    await still(page);
    await page.screenshot({ path: path.join(SHOTS, 'user.png'), fullPage: true });

    const donor = await newPage(browser);
    await signIn(donor, accord.url, 'donor.eu@accord.demo');
    await donor.getByTestId('funded-programme').first().waitFor();
    await donor.evaluate(() => document.fonts.ready);
    await donor.screenshot({ path: path.join(SHOTS, 'donor-home.png'), fullPage: true });
    await donor.close();

    const viewer = await newPage(browser);
    await signIn(viewer, accord.url, 'viewer@accord.demo');
    await viewer.goto(`${accord.url}/projects`);
    await viewer.getByTestId('programme-card').first().locator('h2 a').click();
    await settled(viewer, /\/programmes\/[0-9a-f-]{36}$/);
    await viewer.screenshot({ path: path.join(SHOTS, 'programme-view-only.png'), fullPage: true });
    await viewer.close();

    await page.setViewportSize({ width: 390, height: 844 });
    await open('/');
    await page.screenshot({ path: path.join(SHOTS, 'portfolio-mobile.png'), fullPage: false });
    await open('/account');
    await page.screenshot({ path: path.join(SHOTS, 'account-mobile.png'), fullPage: true });
  });
});
