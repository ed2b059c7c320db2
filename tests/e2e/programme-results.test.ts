/**
 * Programme results on the demo trafficking programme's page: the rolled-up figures equal the projects' own
 * figures added up here, the contributing projects open from the keyboard, a manager adds a programme indicator
 * and links a project's indicator to it from the logframe (an indicator in another unit is refused beside the
 * field), and the section passes axe at desktop and phone width. Screenshots go to /tmp for a person to look at.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, choose, demoIds, expectNoSeriousViolations, newPage, settled, signInByApi, still, type Gql } from './helpers';

const TIP = 'XM-DAC-41128-DEMO-PRG-TIP';
const TIP_01 = 'XM-DAC-41128-DEMO-PRG-TIP-01';
const TRAINED = 'Criminal justice practitioners trained';
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

interface LinkedIndicator {
  id: string;
  title: string;
  unitLabel: string;
  programmeIndicator: { id: string; title: string } | null;
  progress: { cumulativeActual: number | null; endTarget: number | null };
}

describe.skipIf(!hasChromium)('programme results', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let admin: Gql;
  let ids: Record<string, string>;
  let page: Page;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-results-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    admin = await apiAs(accord.url, 'admin@accord.demo');
    ids = await demoIds(admin);
    page = await newPage(browser);
    await signInByApi(page.context(), accord.url, 'manager@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** Every indicator of the programme's projects, with its own figures, from the logframes. */
  async function indicators(): Promise<(LinkedIndicator & { project: string })[]> {
    const projects = Object.keys(ids).filter((k) => k.startsWith(`${TIP}-`));
    const all = [];
    for (const key of projects) {
      const data = await admin<{ logframe: { nodes: { indicators: LinkedIndicator[] }[] } }>(
        'query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id title unitLabel programmeIndicator { id title } progress { cumulativeActual endTarget } } } } }',
        { p: ids[key] },
      );
      all.push(...data.logframe.nodes.flatMap((n) => n.indicators.map((i) => ({ ...i, project: key }))));
    }
    return all;
  }

  const card = (p: Page, title: string) => p.locator(`[data-testid="programme-result"][data-title="${title}"]`);

  async function openProgramme(p: Page) {
    await p.goto(`${accord.url}/programmes/${ids[TIP]}`);
    await settled(p);
    await p.getByTestId('programme-result').first().waitFor();
  }

  it('shows each programme indicator with the projects’ figures added up, and its contributing projects from the keyboard', async () => {
    await openProgramme(page);
    const linked = (await indicators()).filter((i) => i.programmeIndicator?.title === TRAINED);
    expect(linked.map((i) => i.project).sort()).toEqual([`${TIP}-01`, `${TIP}-02`, `${TIP}-04`]);
    const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? 0), 0);
    const trained = card(page, TRAINED);
    expect(await trained.getByTestId('rollup-actual').innerText()).toBe(`${NUMBER.format(sum(linked.map((i) => i.progress.cumulativeActual)))} prosecutors and judges`);
    expect(await trained.getByTestId('rollup-target').innerText()).toBe(`${NUMBER.format(sum(linked.map((i) => i.progress.endTarget)))} prosecutors and judges`);
    expect(await trained.locator('.indicator-status').innerText()).toMatch(/^(On track|At risk|Off track|No data)$/);
    expect(await page.getByTestId('programme-result').count()).toBe(4);

    const toggle = trained.getByRole('button', { name: 'Show the contributing projects (3)' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    const rows = trained.getByTestId('programme-contributions').locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(3);
    expect(await trained.getByRole('button', { name: 'Hide the contributing projects' }).getAttribute('aria-expanded')).toBe('true');
    await expectNoSeriousViolations(page, 'the programme page with its results');
    await page.screenshot({ path: '/tmp/programme-results.png', fullPage: true });
    await page.getByTestId('programme-results').screenshot({ path: '/tmp/programme-results-section.png' });
  });

  it('lets a manager add a programme indicator and link a project indicator to it, refusing one in another unit beside the field', async () => {
    await openProgramme(page);
    await page.getByRole('button', { name: 'Add a programme indicator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a programme indicator' });
    await dialog.getByLabel('Title').fill('Joint investigations opened');
    await dialog.getByLabel('Unit').fill('investigations');
    await choose(page, 'f-resultType', 'Output');
    await expectNoSeriousViolations(page, 'the programme indicator dialog');
    await dialog.getByRole('button', { name: 'Add programme indicator' }).click();
    await dialog.waitFor({ state: 'detached' });
    const added = card(page, 'Joint investigations opened');
    await added.waitFor();
    expect(await added.innerText()).toContain('Sum of 0 projects');

    const joint = (await indicators()).find((i) => i.project === TIP_01 && i.title === 'Joint investigations opened')!;
    await page.goto(`${accord.url}/projects/${ids[TIP_01]}/logframe?indicator=${joint.id}`);
    await settled(page);
    await page.getByRole('button', { name: 'Edit indicator' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit indicator' });
    await edit.waitFor();
    await still(page);
    await choose(page, 'f-programmeIndicatorId', 'Joint investigations opened');
    // Another unit: the link is refused beside the field, and nothing is saved.
    await edit.getByLabel('Unit').fill('joint teams');
    await edit.getByRole('button', { name: 'Save indicator' }).click();
    const error = edit.locator('#f-programmeIndicatorId-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('figures in different units are never added');
    await error.scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/programme-results-link-refused.png' });
    await edit.getByLabel('Unit').fill('investigations');
    await edit.getByRole('button', { name: 'Save indicator' }).click();
    await edit.waitFor({ state: 'detached' });

    await openProgramme(page);
    expect(await added.innerText()).toContain('Sum of 1 project');
    expect(await added.getByTestId('rollup-actual').innerText()).toBe(joint.progress.cumulativeActual == null ? '—' : `${NUMBER.format(joint.progress.cumulativeActual)} investigations`);
  });

  it('reads at phone width without sideways scrolling', async () => {
    const phone = await newPage(browser, 390, 844);
    await signInByApi(phone.context(), accord.url, 'manager@accord.demo');
    await openProgramme(phone);
    const section = phone.getByTestId('programme-results');
    const width = await section.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(width.scroll).toBeLessThanOrEqual(width.client + 1);
    await expectNoSeriousViolations(phone, 'the programme results at phone width');
    await section.screenshot({ path: '/tmp/programme-results-phone.png' });
    await phone.close();
  });
});
