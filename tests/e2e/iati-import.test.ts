/**
 * IATI import in the browser: an administrator opens the import page from the portfolio, uploads a real
 * published file (UNDP, IATI 2.03), reads the preview with its warnings by line, chooses the programme for the
 * output whose parent is absent, imports, and opens an imported project from the result. axe on each step.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { REAL_WORLD, countActivities, realWorld } from '../support/iati-import';
import { expectNoSeriousViolations, newPage, settled, signIn } from './helpers';

const FILE = 'undp-bih-egy-2.03.xml';

describe.skipIf(!hasChromium)('IATI import', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-iati-import-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    page = await newPage(browser);
    await signIn(page, accord.url, 'admin@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('uploads a file, shows the preview, imports it and links to the imported project', async () => {
    await page.getByTestId('iati-import-link').click();
    await settled(page, /\/iati\/import$/);
    await expectNoSeriousViolations(page, 'the IATI import page');

    await page.getByTestId('iati-file').setInputFiles(path.join(REAL_WORLD, FILE));
    await page.getByTestId('iati-upload').click();
    await page.waitForURL(/job=/);
    await page.getByTestId('iati-state').getByText('Ready to import').waitFor({ timeout: 30_000 });

    const file = countActivities(realWorld(FILE));
    const rows = page.getByTestId('iati-preview').locator('tbody tr');
    expect(await rows.count()).toBe(file.length);
    expect(await rows.first().locator('th').textContent()).toContain(file[0].identifier);
    expect(await page.getByTestId('iati-warnings').locator('li').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('iati-warnings').textContent()).toMatch(/Line \d+, column \d+/);
    await expectNoSeriousViolations(page, 'the IATI import preview');

    // Importing without the programme for the orphan is refused beside the field.
    await page.getByTestId('iati-commit').click();
    await page.getByRole('alert').getByText('Choose the programme').waitFor();
    await page.locator('#iati-programme').click();
    await page.locator('.p-select-overlay').getByRole('option').first().click();
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' });
    await page.getByTestId('iati-commit').click();
    await page.getByTestId('iati-state').getByText('Imported', { exact: true }).waitFor({ timeout: 30_000 });
    const links = page.getByTestId('iati-imported').getByRole('link');
    expect(await links.count()).toBe(file.length);
    expect(await page.getByTestId('iati-result-counts').textContent()).toMatch(new RegExp(`1 programmes created, 0 updated; ${file.length - 1} projects created`));
    await page.screenshot({ path: path.join(dataDir, '..', 'accord-iati-import.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'the IATI import result');

    const output = file.find((a) => a.parent)!;
    await page.getByTestId('iati-imported').getByRole('listitem').filter({ hasText: output.identifier }).getByRole('link').click();
    await settled(page, /\/projects\/[0-9a-f-]{36}$/);
    expect(await page.locator('main').textContent()).toContain(output.identifier);
  });
});
