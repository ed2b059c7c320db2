/**
 * The knowledge network in the browser: a reader searches "border", sees ranked results with the word marked,
 * opens one, reads its rendered Markdown and follows a link to a linked project, whose page lists the item; a
 * phone-width reader sees the same cards; a programme manager adds an item and a trend note, told at the field
 * what is missing or wrong.
 * axe finds no serious violation on the library, the reading view and the form.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { choose, expectNoSeriousViolations, newPage, settled, signIn } from './helpers';

describe.skipIf(!hasChromium)('the knowledge network', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let reader: Page;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-knowledge-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    reader = await newPage(browser);
    await signIn(reader, accord.url, 'viewer@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  const cards = (page: Page) => page.getByTestId('knowledge-card');

  it('a reader searches for "border" and sees the best matches first, with the word marked', async () => {
    await reader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Knowledge' }).click();
    await settled(reader, /\/knowledge$/);
    await cards(reader).first().waitFor();
    await reader.locator('#knowledge-search').fill('border');
    await reader.waitForURL(/q=border/);
    await reader.getByTestId('knowledge-count').getByText('found for “border”').waitFor();
    await reader.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));

    const titles = await cards(reader).locator('h2').allTextContents();
    expect(titles.length).toBeGreaterThanOrEqual(4);
    expect(titles.slice(0, 3).every((t) => /border/i.test(t))).toBe(true);
    const marks = await cards(reader).first().locator('mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /^border/i.test(m))).toBe(true);
    await expectNoSeriousViolations(reader, 'the knowledge library with a search');
    await reader.screenshot({ path: '/tmp/knowledge-search.png', fullPage: true });
  });

  it('keeps the search in the address, and shows the cards at phone width', async () => {
    const phone = await newPage(browser, 390, 844);
    await signIn(phone, accord.url, 'donor.eu@accord.demo');
    await phone.goto(`${accord.url}/knowledge?q=border&kind=BEST_PRACTICE`);
    await settled(phone);
    await cards(phone).first().waitFor();
    expect(await phone.locator('#knowledge-search').inputValue()).toBe('border');
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await expectNoSeriousViolations(phone, 'the knowledge library at phone width');
    await phone.screenshot({ path: '/tmp/knowledge-phone.png', fullPage: true });
    await phone.close();
  });

  it('opens an item, reads its rendered text and follows a link to a linked project', async () => {
    await cards(reader).getByRole('link', { name: /Joint border posts/ }).click();
    await settled(reader, /\/knowledge\/[0-9a-f-]{36}$/);
    const body = reader.getByTestId('knowledge-body');
    await expect(body.locator('h2').first().textContent()).resolves.toBe('What was done');
    await expect(body.locator('strong').first().textContent()).resolves.toBe('inspected once');
    expect(await body.locator('li').count()).toBeGreaterThanOrEqual(3);
    await expectNoSeriousViolations(reader, 'a knowledge item');
    await reader.screenshot({ path: '/tmp/knowledge-item.png', fullPage: true });

    const project = reader.getByTestId('linked-projects').getByRole('link').first();
    const projectTitle = (await project.textContent())!.trim();
    await project.click();
    await settled(reader, /\/projects\/[0-9a-f-]{36}$/);
    expect(await reader.locator('#page-title').textContent()).toBe(projectTitle);
    const panel = reader.getByTestId('project-knowledge');
    await panel.getByRole('link', { name: /Joint border posts/ }).waitFor();
    await reader.screenshot({ path: '/tmp/knowledge-project.png', fullPage: true });
  });

  it('a programme manager adds an item, told at the field what is missing', async () => {
    const manager = await newPage(browser);
    await signIn(manager, accord.url, 'manager@accord.demo');
    await manager.goto(`${accord.url}/knowledge`);
    await settled(manager);
    await manager.getByRole('link', { name: 'Add an item' }).click();
    await settled(manager, /\/knowledge\/new$/);

    await manager.locator('#f-summary').fill('Survivors testify once, by video, and are spared meeting the accused.');
    await manager.getByRole('button', { name: 'Add item' }).click();
    await manager.locator('#f-title-error').getByText('a title is required').waitFor();
    await expectNoSeriousViolations(manager, 'the knowledge form with an error');

    await manager.locator('#f-title').fill('Video testimony protects trafficking survivors in court');
    await manager.locator('#f-body').fill('## How\n\n- Recorded **once**, early\n- Played at trial');
    await manager.getByRole('button', { name: 'Preview' }).click();
    await manager.getByTestId('markdown-preview').locator('strong').getByText('once').waitFor();
    await choose(manager, 'f-authorOrganisationId', 'WANVS · West Africa Network for Victim Support (demo NGO)', 'WANVS');
    await manager.screenshot({ path: '/tmp/knowledge-form.png', fullPage: true });
    await manager.getByRole('button', { name: 'Add item' }).click();

    await settled(manager, /\/knowledge\/[0-9a-f-]{36}$/);
    expect(await manager.locator('#page-title').textContent()).toBe('Video testimony protects trafficking survivors in court');
    await manager.getByTestId('knowledge-body').locator('h2').getByText('How').waitFor();
    await manager.getByRole('button', { name: 'Delete' }).waitFor();

    // Trend notes beside the library follow its country filter; a new note starts with that country.
    await manager.goto(`${accord.url}/knowledge?country=KE`);
    await settled(manager);
    const trends = manager.getByTestId('trend-notes');
    await trends.locator('h3').first().waitFor();
    await trends.getByRole('button', { name: 'Add a trend note' }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.locator('#f-title').fill('Court backlogs lengthen pre-trial detention');
    await dialog.locator('#f-body').fill('Remand prisoners wait **longer** for trial.');
    await dialog.getByRole('button', { name: 'Add a source' }).click();
    await dialog.locator('#f-sources-0-title').fill('Judiciary case statistics');
    await dialog.locator('#f-sources-0-url').fill('not an address');
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await dialog.locator('#f-sources-0-url-error').getByText('the address must be a full http or https URL').waitFor();
    await expectNoSeriousViolations(manager, 'the trend note dialog with an error');
    await manager.screenshot({ path: '/tmp/knowledge-trend-dialog.png' });
    await dialog.locator('#f-sources-0-url').fill('https://example.org/judiciary');
    await dialog.getByRole('button', { name: 'Add note' }).click();
    await dialog.waitFor({ state: 'detached' });
    await trends.locator('h3').getByText('Court backlogs lengthen pre-trial detention').waitFor();
    await manager.close();
  });
});
