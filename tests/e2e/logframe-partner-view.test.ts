/**
 * The logframe as a partner reporter sees it: not "Read only" but reporting for its organisation, its own
 * results marked, and "Nodes you report on" on at first (its results with the results above them). The
 * page passes axe as a viewer, a partner and a manager reading the history in words; on a 390 px phone the
 * matrix is cards, nothing scrolls sideways and every tap target is at least 40 px. Screenshots go to
 * tests/e2e/screenshots/ for a person to look at.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, expectNoSeriousViolations, newPage, settled, signInByApi, still } from './helpers';

const SHOTS = path.resolve('tests/e2e/screenshots');
const TIP_01 = 'XM-DAC-41128-DEMO-PRG-TIP-01';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface ApiNode {
  id: string;
  code: string;
  parentId: string | null;
  canReport: boolean;
  responsibleOrganisation: { acronym: string | null; name: string } | null;
}

describe.skipIf(!hasChromium)('the logframe as a partner sees it', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let projectId: string;
  let nodes: ApiNode[];
  /** The codes the partner reports on, and those with the results above them. */
  let own: string[];
  let ownWithAncestors: string[];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-partner-view-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    await fs.mkdir(SHOTS, { recursive: true });
    const partner = await apiAs(accord.url, 'partner@accord.demo');
    const { projects } = await partner(`{ projects(first: 10) { items { id iatiIdentifier } } }`);
    projectId = projects.items.find((p: { iatiIdentifier: string }) => p.iatiIdentifier === TIP_01).id;
    nodes = (await partner(`query($p: ID!) { logframe(projectId: $p) { nodes { id code parentId canReport responsibleOrganisation { acronym name } } } }`, { p: projectId })).logframe.nodes;
    own = nodes.filter((n) => n.responsibleOrganisation?.acronym === 'NAPTIP').map((n) => n.code);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const kept = new Set<string>();
    for (const n of nodes.filter((x) => own.includes(x.code))) for (let up: ApiNode | undefined = n; up; up = up.parentId ? byId.get(up.parentId) : undefined) kept.add(up.code);
    ownWithAncestors = nodes.map((n) => n.code).filter((c) => kept.has(c));
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function as(email: string, width = 1440, height = 900): Promise<Page> {
    const p = await newPage(browser, width, height);
    await signInByApi(p.context(), accord.url, email);
    return p;
  }

  async function open(p: Page, query = '') {
    await p.goto(`${accord.url}/projects/${projectId}/logframe${query}`);
    await settled(p);
  }

  async function shot(p: Page, name: string) {
    await p.evaluate(() => document.fonts.ready);
    await still(p);
    await p.screenshot({ path: path.join(SHOTS, name), fullPage: true });
  }

  const matrixCodes = (p: Page) => p.getByTestId('matrix-row').locator('.matrix__code').allTextContents();
  const markedCodes = (p: Page) => p.locator('[data-testid="matrix-row"]:has([data-testid="own-node"]) .matrix__code').allTextContents();
  const header = (p: Page) => p.locator('header.page-header');

  it('shows the partner its own results first, marked, under a header that says it reports', async () => {
    // The demo partner reports for NAPTIP on some results of the project, not all.
    expect(own.length).toBeGreaterThan(0);
    expect(own.length).toBeLessThan(nodes.length);
    expect(nodes.filter((n) => n.canReport).map((n) => n.code)).toEqual(own);

    const page = await as('partner@accord.demo');
    await open(page);
    expect(await header(page).textContent()).toContain('You report for NAPTIP');
    expect(await header(page).textContent()).not.toContain('Read only');

    const filter = page.getByRole('switch', { name: 'Nodes you report on' });
    expect(await filter.isChecked()).toBe(true);
    expect(await matrixCodes(page)).toEqual(ownWithAncestors);
    expect(await markedCodes(page)).toEqual(own);
    const hidden = nodes.length - ownWithAncestors.length;
    expect(await page.getByTestId('own-filter-status').textContent()).toContain(`Showing the ${own.length} result${own.length === 1 ? '' : 's'} NAPTIP reports on`);
    expect(await page.getByTestId('own-filter-status').textContent()).toContain(`${hidden} more hidden`);
    await expectNoSeriousViolations(page, 'the logframe matrix as a partner');
    await shot(page, 'logframe-partner-matrix.png');

    // Off: every result, its own still marked; the choice is in the address, so a reload keeps it.
    await page.getByText('Nodes you report on').click();
    await page.waitForURL(/nodes=all/);
    expect(await filter.isChecked()).toBe(false);
    expect(await matrixCodes(page)).toEqual(nodes.map((n) => n.code));
    expect(await markedCodes(page)).toEqual(own);
    await page.reload();
    await settled(page);
    expect(await matrixCodes(page)).toEqual(nodes.map((n) => n.code));

    // The outline: the same marks, and a tree without aria-readonly, which a tree does not take.
    await open(page, '?view=outline');
    const tree = page.getByRole('tree', { name: 'Results chain' });
    expect(await tree.getAttribute('aria-readonly')).toBeNull();
    expect(await tree.locator('[role="treeitem"]:has([data-testid="own-node"])').evaluateAll((items) => items.map((i) => (i as HTMLElement).dataset.code))).toEqual(own);
    expect(await tree.getByRole('treeitem').count()).toBe(ownWithAncestors.length);
    await expectNoSeriousViolations(page, 'the logframe outline as a partner');
    await page.close();
  });

  it('shows a viewer a read-only logframe without marks or filter, and passes axe', async () => {
    const page = await as('viewer@accord.demo');
    await open(page);
    expect(await header(page).textContent()).toContain('Read only');
    expect(await page.getByRole('switch', { name: 'Nodes you report on' }).count()).toBe(0);
    expect(await page.getByTestId('own-node').count()).toBe(0);
    expect(await matrixCodes(page)).toEqual(nodes.map((n) => n.code));
    // The wide matrix scrolls in a region the keyboard can reach.
    const region = page.getByRole('region', { name: 'Logframe matrix' });
    expect(await region.getAttribute('tabindex')).toBe('0');
    await expectNoSeriousViolations(page, 'the logframe matrix as a viewer');
    await open(page, '?view=outline');
    expect(await page.getByRole('tree', { name: 'Results chain' }).getAttribute('aria-readonly')).toBeNull();
    await expectNoSeriousViolations(page, 'the logframe outline as a viewer');
    await page.close();
  });

  it('shows a manager the history in words, with local times', async () => {
    const page = await as('manager@accord.demo');
    await open(page, '?view=revisions');
    await page.getByText('Recent changes').click();
    const history = page.getByTestId('history');
    await history.waitFor();
    const entries = history.locator(':scope > li');
    expect(await entries.count()).toBeGreaterThan(5);
    const text = (await history.textContent()) ?? '';
    expect(text).not.toMatch(UUID);
    expect(text).not.toMatch(/\b(INCREASE|DECREASE|SUM|IMPACT|OUTCOME|OUTPUT)\b/);
    // Each time is the browser's own rendering of the moment the API gave.
    const first = entries.first().locator('time');
    const iso = (await first.getAttribute('datetime'))!;
    const local = await page.evaluate((at) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)), iso);
    expect(await first.textContent()).toBe(local);
    await expectNoSeriousViolations(page, 'the logframe history as a manager');
    await shot(page, 'logframe-history.png');
    await page.close();
  });

  it('fits a 390 px phone: cards, no sideways scrolling, tap targets of 40 px', async () => {
    const page = await as('partner@accord.demo', 390, 844);
    const noSidewaysScroll = async (label: string) => expect(await page.evaluate(() => document.documentElement.scrollWidth), label).toBeLessThanOrEqual(390);
    /** Every control in the logframe's panel and its filter that is smaller than 40 px high, by its text. */
    const smallTargets = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('.own-filter label, .logframe-tabs [role="tab"], .logframe-tabs button, .logframe-tabs a, .logframe-tabs [role="treeitem"] > div'))
          .filter((e) => (e as HTMLElement).offsetParent !== null)
          .filter((e) => e.getBoundingClientRect().height < 40)
          .map((e) => `${e.tagName} “${(e.textContent ?? '').trim().slice(0, 40)}” ${Math.round(e.getBoundingClientRect().height)}px`),
      );

    await open(page, '?nodes=all');
    await noSidewaysScroll('matrix');
    expect(await page.getByTestId('matrix-row').first().evaluate((r) => getComputedStyle(r).display)).toBe('block');
    expect(await page.locator('[data-testid="logframe-matrix"] thead').isVisible()).toBe(false);
    expect(await smallTargets()).toEqual([]);
    await expectNoSeriousViolations(page, 'the logframe matrix on a phone');
    await shot(page, 'logframe-partner-phone-matrix.png');

    await open(page, '?view=outline');
    await noSidewaysScroll('outline');
    expect(await smallTargets()).toEqual([]);
    await shot(page, 'logframe-partner-phone-outline.png');

    // A result's details: its indicator's panel opens over the page and fits it too.
    await open(page);
    const first = page.getByTestId('matrix-row').filter({ has: page.getByTestId('own-node') }).locator('.indicator-summary__title').first();
    const title = (await first.textContent())!.trim();
    await first.click();
    const panel = page.getByRole('dialog', { name: title });
    await panel.waitFor();
    await still(page);
    await noSidewaysScroll('indicator panel');
    expect(await panel.evaluate((d) => d.getBoundingClientRect().width)).toBeLessThanOrEqual(390);
    await shot(page, 'logframe-partner-phone-indicator.png');
    await page.close();
  });
});
