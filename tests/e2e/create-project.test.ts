/**
 * Creating a project the way a programme manager does: a refused save shows the API's message beside the
 * countries, the fix saves, and the project is still there after the server restarts.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { choose, expectNoSeriousViolations, newPage, settled, signIn } from './helpers';

const TITLE = 'E2E Joint border liaison offices between Nigeria and Niger';
const IATI = 'XM-DAC-41128-E2E-BLO-01';

describe.skipIf(!hasChromium)('creating a project', () => {
  let accord: RunningAccord | undefined;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-create-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('shows the server’s percentage error beside the countries and keeps the input', async () => {
    // The demo manager runs the trafficking programme.
    await signIn(page, accord!.url, 'manager@accord.demo');
    await page.goto(`${accord!.url}/projects`);
    await settled(page);
    await page.getByRole('link', { name: /Joint Programme against Trafficking in Persons/ }).click();
    await settled(page, /\/programmes\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'New project' }).first().click();
    await settled(page, /\/projects\/new\?programme=/);
    expect(await page.locator('#f-programmeId').textContent()).toContain('Joint Programme against Trafficking in Persons');

    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('IATI identifier').fill(IATI);
    await page.getByLabel('Planned start').fill('2026-01-01');
    await page.getByLabel('Planned end').fill('2027-12-31');

    await choose(page, 'f-recipientCountries-0-country', 'Nigeria');
    await page.locator('#f-recipientCountries-0-percentage').fill('60');
    await page.getByRole('button', { name: 'Add a country' }).click();
    await choose(page, 'f-recipientCountries-1-country', 'Niger');
    await page.locator('#f-recipientCountries-1-percentage').fill('30');
    // The live total warns before the server does.
    expect(await page.locator('#f-recipientCountries-total').textContent()).toContain('Total 90%');

    await choose(page, 'f-sectors-0-code', '15130 Legal and judicial development', '15130');
    await page.locator('#f-sectors-0-percentage').fill('100');

    await page.getByRole('button', { name: 'Create project' }).click();

    const error = page.locator('#f-recipientCountries-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('must add up to 100 (they add up to 90)');
    // Beside the countries: inside their fieldset, which points at it.
    expect(await page.locator('fieldset#f-recipientCountries #f-recipientCountries-error').count()).toBe(1);
    expect(await page.locator('#f-recipientCountries').getAttribute('aria-describedby')).toContain('f-recipientCountries-error');
    // A summary at the top, focused, linking to the field.
    const summary = page.getByRole('alert').filter({ hasText: 'Some fields need attention' });
    expect(await summary.textContent()).toContain('Recipient countries: Country percentages must add up to 100');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    // Nothing typed is lost, and no other field is blamed.
    expect(await page.getByLabel('Title').inputValue()).toBe(TITLE);
    expect(await page.locator('#f-recipientCountries-1-percentage').inputValue()).toBe('30');
    expect(await page.locator('.field-error').count()).toBe(1);
    expect(page.url()).toContain('/projects/new');
  });

  it('saves once the shares add up, with an SDG goal sector and a policy marker, and shows the saved project', async () => {
    await page.locator('#f-recipientCountries-0-percentage').fill('70');
    expect(await page.locator('#f-recipientCountries-total').textContent()).toContain('Total 100%');

    // An SDG goal beside the DAC sector: each vocabulary has its own 100%.
    await page.getByRole('button', { name: 'Add a sector' }).click();
    await choose(page, 'f-sectors-1-vocabulary', 'SDG goal');
    await choose(page, 'f-sectors-1-code', 'Goal 16: Peace, justice and strong institutions', '16');
    await page.locator('#f-sectors-1-percentage').fill('100');
    expect(await page.locator('#f-sectors-total').textContent()).toContain('SDG goal: Total 100%.');
    await page.getByRole('button', { name: 'Add a policy marker' }).click();
    await choose(page, 'f-markers-0-code', 'Participatory development / good governance');
    await choose(page, 'f-markers-0-significance', '2 – Principal objective');
    await page.screenshot({ path: path.join(os.tmpdir(), 'accord-project-form-sdg.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'project form with SDG sector and policy marker');
    await page.getByRole('button', { name: 'Create project' }).click();

    await settled(page, /\/projects\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe(TITLE);
    // The "Project saved" toast is on screen for 4 s: it must be readable too.
    expect(await page.locator('.p-toast-message').textContent()).toContain('Project saved');
    await expectNoSeriousViolations(page, 'the saved project with its toast');
    expect(await page.locator('main').textContent()).toContain(IATI);
    expect(await page.getByTestId('policy-markers').textContent()).toContain('Participatory development / good governance: 2 – Principal objective');
    await page.getByRole('tab', { name: /Countries/ }).click();
    expect(await page.getByRole('tabpanel').textContent()).toContain('70%');
    await page.getByRole('tab', { name: /Sectors/ }).click();
    const sectors = await page.getByRole('tabpanel').textContent();
    expect(sectors).toContain('Goal 16: Peace, justice and strong institutions');
    expect(sectors).toContain('SDG goal 16');
    await page.screenshot({ path: path.join(os.tmpdir(), 'accord-project-sectors-sdg.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'project sectors with an SDG goal');
  });

  it('finds the project in the portfolio after a restart, still signed in', async () => {
    await accord!.stop();
    accord = undefined;
    accord = await startAccord(dataDir);

    await page.goto(`${accord.url}/projects`);
    await settled(page);
    await page.getByLabel('Search').fill('border liaison');
    await page.waitForURL(/q=border\+liaison/);
    await expect.poll(() => page.getByTestId('project-row').count(), { timeout: 10_000 }).toBe(1);
    const row = page.getByTestId('project-row');
    expect(await row.textContent()).toContain(TITLE);
    expect(await page.getByTestId('programme-card').textContent()).toContain('Joint Programme against Trafficking in Persons');

    await row.getByRole('link', { name: TITLE }).click();
    await settled(page, /\/projects\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toBe(TITLE);
  });
});
