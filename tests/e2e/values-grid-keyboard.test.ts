/**
 * A manager fills an indicator's values grid with the keyboard only, in Chromium: Tab reaches the grid in
 * one stop, on the current period's target; a typed value and Enter saves it and moves down; Escape cancels
 * a typed value; arrows move between cells and stop on a future period's actual, which says why it takes
 * none; a 2×2 block pasted from a spreadsheet fills two periods at once, and a block with a word in it is
 * refused whole. After a reload the grid shows what was saved, and nothing else.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, expectNoSeriousViolations, newPage, projectIdOf, settled, signInByApi, still, type Gql } from './helpers';

const TIP_02 = 'XM-DAC-41128-DEMO-PRG-TIP-02';
const TITLE = 'Smuggled migrants referred for protection screening';

interface Period {
  id: string;
  label: string;
  startDate: string;
  endDate: string;
}

describe.skipIf(!hasChromium)('the values grid by keyboard', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let page: Page;
  let api: Gql;
  let projectId: string;
  let indicatorId: string;
  /** The period under way, the one after it, and the last two periods already over. */
  let current: Period;
  let next: Period;
  let before: Period;
  let last: Period;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-grid-keys-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    api = await apiAs(accord.url, 'manager@accord.demo');
    page = await newPage(browser);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: accord.url });
    await signInByApi(page.context(), accord.url, 'manager@accord.demo');
    projectId = await projectIdOf(page.context(), accord.url, TIP_02);

    const data = await api<{ project: { actualStart: string | null; plannedStart: string }; logframe: { periods: Period[]; nodes: { id: string; level: string }[] } }>(
      `query($p: ID!) { project(id: $p) { plannedStart actualStart } logframe(projectId: $p) { periods { id label startDate endDate } nodes { id level } } }`,
      { p: projectId },
    );
    const output = data.logframe.nodes.find((n) => n.level === 'OUTPUT')!;
    const added = await api(`mutation($n: ID!, $i: IndicatorInput!) { addIndicator(nodeId: $n, input: $i) { id } }`, { n: output.id, i: { title: TITLE, unitLabel: 'referrals', aggregation: 'SUM' } });
    indicatorId = added.addIndicator.id;

    const today = new Date().toISOString().slice(0, 10);
    const start = data.project.actualStart ?? data.project.plannedStart;
    const byDate = [...data.logframe.periods].sort((a, b) => a.startDate.localeCompare(b.startDate));
    const at = byDate.findIndex((p) => p.startDate <= today && p.endDate >= today);
    expect(at, 'the demo project has a period under way and one after it').toBeGreaterThanOrEqual(0);
    [current, next] = [byDate[at], byDate[at + 1]];
    expect(next, 'the demo project has a period after the current one').toBeDefined();
    [before, last] = byDate.slice(at - 2, at);
    expect(before.endDate >= start, 'the two periods before the current one are within the project').toBe(true);
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function openPanel() {
    await page.goto(`${accord.url}/projects/${projectId}/logframe?indicator=${indicatorId}`);
    await settled(page);
    const panel = page.getByRole('dialog', { name: TITLE });
    await panel.getByTestId('values-grid').waitFor();
    return panel;
  }

  /** What the focused element is to its user: an input's label, or a read-only cell's tooltip. */
  const focused = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { label: el.getAttribute('aria-label'), title: el.getAttribute('title'), role: el.getAttribute('role'), value: (el as HTMLInputElement).value ?? null, inGrid: !!el.closest('[data-testid="values-grid"]') };
    });
  const status = (panel: ReturnType<Page['getByRole']>) => panel.getByTestId('values-status');
  /** Whether the focused cell is in sight: above the panel's sticky save bar, and not under the top of the panel. */
  const inSight = () =>
    page.evaluate(() => {
      const cell = document.activeElement!.getBoundingClientRect();
      const bar = document.querySelector('[data-testid="values-save-bar"]')!.getBoundingClientRect();
      const content = document.querySelector('.p-drawer-content')!.getBoundingClientRect();
      return cell.bottom <= bar.top + 1 && cell.top >= content.top - 1;
    });

  async function paste(text: string) {
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await page.keyboard.press('Control+V');
  }

  it('types, saves with Enter, cancels with Escape, moves with arrows and pastes a block, and a reload shows what was saved', async () => {
    const panel = await openPanel();
    const target = (p: Period) => `Target (referrals), ${p.label}`;
    const actual = (p: Period) => `Actual (referrals), ${p.label}`;

    // The current period comes first and says so.
    const firstRow = panel.getByTestId('values-grid').locator('tbody tr').first();
    expect(await firstRow.getAttribute('data-period')).toBe(current.label);
    expect(await firstRow.getAttribute('aria-current')).toBe('date');
    expect(await firstRow.locator('th').textContent()).toContain('Current');

    // Tab reaches the grid once, on the current period's target.
    for (let i = 0; i < 80 && !(await focused()).inGrid; i++) await page.keyboard.press('Tab');
    expect((await focused()).label).toBe(target(current));

    await page.keyboard.type('40');
    await page.keyboard.press('Enter');
    expect((await focused()).label).toBe(target(next));
    await expect.poll(() => status(panel).textContent(), { timeout: 10_000 }).toBe('Saved: 1 cell saved.');

    await page.keyboard.type('55');
    expect(await panel.textContent()).toContain('1 unsaved change');
    await page.keyboard.press('Escape');
    expect(await focused()).toMatchObject({ label: target(next), value: '' });
    expect(await panel.textContent()).not.toContain('unsaved change');
    // Escape cancelled the edit; it did not close the panel.
    expect(await panel.isVisible()).toBe(true);

    // The next period has not begun: its actual takes no value and says why.
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toMatchObject({ role: 'gridcell', title: 'Future period', inGrid: true });
    expect(await inSight()).toBe(true);
    await still(page);
    await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? dataDir, 'values-grid-keyboard-top.png') });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toMatchObject({ label: target(current), value: '40' });

    // Tab leaves the grid; Shift+Tab comes back to the same cell.
    await page.keyboard.press('Tab');
    expect((await focused()).inGrid).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect((await focused()).label).toBe(target(current));

    // The last rows are the two periods before the current one: a 2×2 block of targets and actuals.
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    expect((await focused()).label).toBe(target(before));
    expect(await inSight()).toBe(true);
    await paste('12\t3\r\n14\t5\r\n');
    await expect.poll(() => status(panel).textContent(), { timeout: 10_000 }).toBe('Pasted: 4 cells saved.');

    await paste('7\tmany\r\n');
    const refused = panel.getByTestId('paste-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(`Nothing was pasted: “many” for “${actual(before)}” is not a number`);
    // It is in view beside the grid's status, however far down the grid the block was pasted.
    expect(await refused.evaluate((el) => el.getBoundingClientRect().bottom <= window.innerHeight && el.getBoundingClientRect().top >= 0)).toBe(true);
    expect(await panel.getByLabel(target(before), { exact: true }).inputValue()).toBe('12');
    await still(page);
    await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? dataDir, 'values-grid-keyboard-paste.png') });
    await expectNoSeriousViolations(page, 'the values grid with a refused paste');

    // A reload shows what was saved: the Enter and the pasted block, not the cancelled or refused values.
    await page.reload();
    await settled(page);
    const again = page.getByRole('dialog', { name: TITLE });
    await again.getByTestId('values-grid').waitFor();
    const value = (label: string) => again.getByLabel(label, { exact: true }).inputValue();
    expect(await value(target(current))).toBe('40');
    expect(await value(target(next))).toBe('');
    expect([await value(target(before)), await value(actual(before)), await value(target(last)), await value(actual(last))]).toEqual(['12', '3', '14', '5']);

    const stored = await api<{ logframe: { nodes: { indicators: { id: string; values: { period: { id: string }; dimension: string; target: number | null; actual: number | null }[] }[] }[] } }>(
      `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id values { period { id } dimension target actual } } } } }`,
      { p: projectId },
    );
    const values = stored.logframe.nodes.flatMap((n) => n.indicators).find((i) => i.id === indicatorId)!.values.filter((v) => !v.dimension);
    expect(Object.fromEntries(values.map((v) => [v.period.id, [v.target, v.actual]]))).toEqual({ [current.id]: [40, null], [before.id]: [12, 3], [last.id]: [14, 5] });
  });

  it('adds an indicator with its end target spread front-loaded, previewed first, and opens it with the period targets in its grid', async () => {
    await page.goto(`${accord.url}/projects/${projectId}/logframe?view=outline`);
    await settled(page);
    const code = (await api<{ logframe: { nodes: { level: string; code: string }[] } }>(`query($p: ID!) { logframe(projectId: $p) { nodes { level code } } }`, { p: projectId })).logframe.nodes.find((n) => n.level === 'OUTPUT')!.code;
    await page.locator(`[data-testid="outline-node"][data-code="${code}"]`).click();
    await page.getByRole('toolbar').getByRole('button', { name: 'Add indicator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an indicator' });
    await dialog.getByLabel('Title').fill('Joint border patrols held');
    await dialog.getByLabel('Unit', { exact: true }).fill('patrols');
    await dialog.getByLabel('End-of-project target', { exact: true }).fill('100');
    await dialog.getByLabel('Front-loaded (most of it early)').check();

    const preview = dialog.getByTestId('spread-preview');
    const shares = (await preview.locator('tbody td:nth-child(2)').allTextContents()).map(Number);
    expect(shares.reduce((a, b) => a + b, 0)).toBe(100);
    expect(shares[0]).toBeGreaterThan(shares[shares.length - 1]);
    expect(await preview.locator('tbody tr').last().locator('td').last().textContent()).toBe('100');
    await still(page);
    await page.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? dataDir, 'indicator-target-spread.png') });
    await expectNoSeriousViolations(page, 'the add-indicator dialog with its target spread');

    await dialog.getByRole('button', { name: 'Add indicator' }).click();
    const panel = page.getByRole('dialog', { name: 'Joint border patrols held' });
    await panel.getByTestId('values-grid').waitFor();
    // In date order, the grid holds the previewed targets, each in its period; a period outside the project has none.
    await panel.getByLabel('All periods in date order').check();
    const targets = await panel.locator('input[aria-label^="Target (patrols)"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value).filter(Boolean));
    expect(targets.map(Number)).toEqual(shares);
  });
});
