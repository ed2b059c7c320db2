/**
 * The exchange rates page: an administrator adds a rate, is told next to the field when a rate is not a
 * number (and nothing is added), changes it and deletes it; a viewer reads the rates without edit controls;
 * the page passes axe for both.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, choose, expectNoSeriousViolations, newPage, settled, signIn, still, type Gql } from './helpers';

// The demo has no rate for the Kenyan shilling, so every KES rate below is one this test added.
const CURRENCY = 'KES';

describe.skipIf(!hasChromium)('exchange rates', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let admin: Page;
  let viewer: Page;
  let dataDir: string;
  let api: Gql;

  const storedRates = async () =>
    (await api<{ exchangeRates: { rateDate: string; rate: string }[] }>('query($c: String) { exchangeRates(currency: $c) { rateDate rate } }', { c: CURRENCY })).exchangeRates;
  const row = (page: Page, date: string) => page.getByTestId(`rate-${CURRENCY}-${date}`);

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-rates-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    admin = await newPage(browser);
    viewer = await newPage(browser);
    api = await apiAs(accord.url, 'viewer@accord.demo');
    await signIn(admin, accord.url, 'admin@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('an administrator adds a rate for a currency and sees it listed', async () => {
    await admin.getByRole('link', { name: 'Exchange rates' }).click();
    await settled(admin, /\/exchange-rates$/);
    expect(await admin.getByTestId('reporting-currency').textContent()).toBe('USD');
    await admin.getByTestId('exchange-rates').waitFor();

    await admin.getByRole('button', { name: 'Add a rate' }).click();
    const dialog = admin.getByRole('dialog');
    await choose(admin, 'f-currency', 'KES Kenyan Shilling', CURRENCY);
    await dialog.locator('#f-rateDate').fill('2024-01-01');
    await dialog.locator('#f-rate').fill('0.0077');
    await dialog.locator('#f-source').fill('Central Bank of Kenya');
    await dialog.getByRole('button', { name: 'Add rate' }).click();
    await dialog.waitFor({ state: 'detached' });

    await admin.locator('.p-toast').getByText('Exchange rate saved').waitFor();
    // The currency now has a rate, so the filter offers it.
    await choose(admin, 'rate-currency', 'KES · Kenyan Shilling', CURRENCY);
    await admin.waitForURL(/\?currency=KES$/);
    await row(admin, '2024-01-01').waitFor();
    expect(await row(admin, '2024-01-01').textContent()).toMatch(/1 Jan 2024\s*0\.0077\s*From 1 Jan 2024 on\s*Central Bank of Kenya/);
    expect(await admin.getByTestId('rate-example').textContent()).toBe('1 KES = 0.0077 USD from 1 Jan 2024 until the next rate');
    expect(await storedRates()).toEqual([{ rateDate: '2024-01-01', rate: '0.0077000000' }]);
  });

  it('a rate that is not a number is named next to its field, and nothing is added', async () => {
    await admin.getByRole('button', { name: 'Add a rate' }).click();
    const dialog = admin.getByRole('dialog');
    await dialog.locator('#f-rateDate').fill('2024-07-01');
    await dialog.locator('#f-rate').fill('abc');
    await dialog.getByRole('button', { name: 'Add rate' }).click();

    await admin.locator('#f-rate-error').waitFor();
    expect(await admin.locator('#f-rate-error').textContent()).toContain('positive decimal number');
    expect(await dialog.locator('#f-rate').getAttribute('aria-invalid')).toBe('true');
    await expectNoSeriousViolations(admin, 'the exchange rate dialog with an error');
    await admin.screenshot({ path: '/tmp/exchange-rates-dialog.png' });

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await storedRates()).toHaveLength(1);
    expect(await admin.getByTestId('exchange-rates').locator('tbody tr:not(.group)').count()).toBe(1);
  });

  it('an administrator changes the rate of a date in the same dialog', async () => {
    await admin.getByRole('button', { name: 'Edit the KES rate of 1 Jan 2024' }).click();
    const dialog = admin.getByRole('dialog');
    expect(await dialog.locator('#f-rate').inputValue()).toBe('0.0077');
    await dialog.locator('#f-rate').fill('0.0078');
    await dialog.getByRole('button', { name: 'Save rate' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row(admin, '2024-01-01').textContent(), { timeout: 10_000 }).toContain('0.0078');
    expect(await storedRates()).toEqual([{ rateDate: '2024-01-01', rate: '0.0078000000' }]);
  });

  it('deleting a rate asks first, then removes it', async () => {
    await admin.getByRole('button', { name: 'Delete the KES rate of 1 Jan 2024' }).click();
    const confirmation = admin.getByRole('alertdialog');
    expect(await confirmation.textContent()).toContain('1 KES = 0.0078 USD');
    await confirmation.getByRole('button', { name: 'Delete' }).click();
    await admin.locator('.p-toast').getByText('Exchange rate deleted').waitFor();
    await admin.getByText(`No rates for ${CURRENCY} yet`).waitFor();
    expect(await storedRates()).toEqual([]);
  });

  it('shows every currency to an administrator, and passes axe', async () => {
    await admin.goto(`${accord.url}/exchange-rates`);
    await settled(admin);
    await admin.getByTestId('exchange-rates').waitFor();
    await still(admin);
    await admin.screenshot({ path: '/tmp/exchange-rates.png' });
    await expectNoSeriousViolations(admin, 'the exchange rates page (administrator)');
  });

  it('a viewer reads the rates of a currency without edit controls', async () => {
    await signIn(viewer, accord.url, 'viewer@accord.demo');
    await viewer.getByRole('link', { name: 'Exchange rates' }).click();
    await settled(viewer, /\/exchange-rates$/);
    await viewer.goto(`${accord.url}/exchange-rates?currency=EUR`);
    await settled(viewer);
    const table = viewer.getByTestId('exchange-rates');
    await table.waitFor();
    // The demo's reference rates: one a year, 2019 to 2026, newest first.
    const dates = await table.locator('tbody th[scope="row"]').allTextContents();
    expect(dates).toHaveLength(8);
    expect(dates[0]).toBe('1 Jan 2026');
    expect(dates[7]).toBe('1 Jan 2019');
    expect(await table.textContent()).toContain('1 Jan 2025 – 31 Dec 2025');
    expect(await viewer.getByTestId('rate-example').textContent()).toMatch(/^1 EUR = [\d.]+ USD from 1 Jan 2026 until the next rate$/);
    expect(await viewer.getByRole('button', { name: 'Add a rate' }).count()).toBe(0);
    expect(await viewer.getByRole('button', { name: /^(Edit|Delete) the / }).count()).toBe(0);
    await expectNoSeriousViolations(viewer, 'the exchange rates page (viewer)');
  });
});
