/**
 * Browsing the seeded demo portfolio: the list, a filter kept in the URL, a programme and a project with
 * everything it records.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { choose, newPage, settled, signIn } from './helpers';

describe.skipIf(!hasChromium)('browsing the portfolio', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let page: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-browse-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    page = await newPage(browser);
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('lists the seven demo programmes with their projects and says it is demo data', async () => {
    // A viewer reads the whole portfolio.
    await signIn(page, accord.url, 'viewer@accord.demo');
    await page.goto(`${accord.url}/projects`);
    await settled(page);
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(7);
    expect(await page.getByRole('complementary', { name: 'Demo data' }).textContent()).toContain('Demo data');
    expect(await page.getByTestId('portfolio-count').textContent()).toContain('25 projects in the portfolio, 20 shown');

    await page.getByRole('button', { name: /Load more projects/ }).click();
    await expect.poll(() => page.getByTestId('project-row').count(), { timeout: 10_000 }).toBe(25);
    // Keyboard users land on the first project that arrived, not on a vanished button.
    expect(await page.evaluate(() => document.activeElement?.closest('[data-testid="project-row"]') !== null)).toBe(true);
    expect(await page.getByTestId('portfolio-count').textContent()).not.toContain('shown');
  });

  it('filters by focus area, keeps the filter in the URL and shows only matching programmes', async () => {
    await choose(page, 'filter-focusArea', 'Corruption');
    await page.waitForURL(/[?&]focus=CORRUPTION\b/);
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.getByTestId('programme-card').textContent()).toContain('Joint Anti-Corruption Programme for Southeast Asia');
    expect(await page.getByTestId('project-row').count()).toBe(4);

    // The URL alone restores the view.
    await page.reload();
    await settled(page);
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(1);

    await page.getByRole('button', { name: 'Reset filters' }).first().click();
    await page.waitForURL((url) => !url.search.includes('focus='));
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(7);
  });

  it('says so when nothing matches, and resets', async () => {
    await page.getByLabel('Search').fill('no such project anywhere');
    await page.getByText('No projects match these filters').waitFor();
    expect(page.url()).toContain('q=no+such+project');
    await page.getByRole('status').getByRole('button', { name: 'Reset filters' }).click();
    await expect.poll(() => page.getByTestId('programme-card').count(), { timeout: 10_000 }).toBe(7);
  });

  it('opens a programme with its overview, classification, participants and projects', async () => {
    await page.getByRole('link', { name: '[Demo] Joint Programme against Trafficking in Persons and Smuggling of Migrants in West Africa and the Sahel' }).click();
    await settled(page, /\/programmes\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toContain('Trafficking in Persons and Smuggling of Migrants');
    const main = page.locator('main');
    for (const text of ['United Nations Office on Drugs and Crime', 'Trafficking in persons and smuggling of migrants', 'UNTOC', '16.2', 'Niger', 'Legal and judicial development', '60%']) {
      expect(await main.textContent()).toContain(text);
    }
    expect(await page.getByTestId('participants').locator('tbody tr').count()).toBeGreaterThanOrEqual(3);
    expect(await page.getByTestId('programme-projects').locator('tbody tr').count()).toBe(4);
  });

  it('opens a project and shows its participants, countries, sectors and documents', async () => {
    await page.getByRole('link', { name: /Strengthening the investigation and prosecution of trafficking in persons cases/ }).click();
    await settled(page, /\/projects\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator('h1').textContent(), { timeout: 10_000 }).toContain('Strengthening the investigation and prosecution');

    await page.getByRole('tab', { name: /Participants/ }).click();
    const participants = page.getByTestId('participants');
    await participants.waitFor();
    expect(await participants.locator('tbody tr').count()).toBe(4);
    expect(await participants.textContent()).toContain('NAPTIP');

    await page.getByRole('tab', { name: /Countries/ }).click();
    await page.waitForURL(/tab=countries/);
    const countries = page.getByRole('tabpanel');
    expect(await countries.textContent()).toContain('Nigeria');
    expect(await countries.textContent()).toContain('70%');
    expect(await countries.textContent()).toContain('30%');

    await page.getByRole('tab', { name: /Sectors/ }).click();
    expect(await page.getByRole('tabpanel').locator('tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByRole('tabpanel').textContent()).toMatch(/\d+%/);

    await page.getByRole('tab', { name: /Documents/ }).click();
    const documents = page.getByTestId('documents');
    await documents.waitFor();
    expect(await documents.locator('tbody tr').count()).toBe(3);
    expect(await documents.textContent()).toContain('Memorandum of understanding with NAPTIP');
  });
});
