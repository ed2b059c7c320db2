/**
 * The logframe page as a programme manager and a partner use it: the matrix, inline editing in the outline,
 * an indicator with its targets, two people editing the same result, a partner reporting on its own
 * results only, the XLSX export, and a revision compared with today.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { gql, newPage, projectIdOf, settled, signInByApi, still } from './helpers';

const TIP_01 = 'XM-DAC-41128-DEMO-PRG-TIP-01';
const TIP_02 = 'XM-DAC-41128-DEMO-PRG-TIP-02';

describe.skipIf(!hasChromium)('the logframe page', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let projectId: string;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-logframe-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    page = await newPage(browser);
    await signInByApi(page.context(), accord.url, 'manager@accord.demo');
    projectId = await projectIdOf(page.context(), accord.url, TIP_02);
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function signedIn(email: string): Promise<Page> {
    const p = await newPage(browser);
    await signInByApi(p.context(), accord.url, email);
    return p;
  }

  async function open(p: Page, view?: 'outline' | 'revisions', project = projectId) {
    await p.goto(`${accord.url}/projects/${project}/logframe${view ? `?view=${view}` : ''}`);
    await settled(p);
  }

  const node = (p: Page, code: string): Locator => p.locator(`[data-testid="outline-node"][data-code="${code}"]`);

  /** Edits a statement in the outline the keyboard way: select, Enter, type, Enter. */
  async function editStatement(p: Page, code: string, text: string): Promise<void> {
    await node(p, code).click();
    await p.keyboard.press('Enter');
    const box = node(p, code).getByRole('textbox');
    await box.fill(text);
    await box.press('Enter');
  }

  it('shows the four-column matrix with each indicator’s status in words', async () => {
    await open(page);
    const matrix = page.getByTestId('logframe-matrix');
    expect(await matrix.locator('thead th').allTextContents()).toEqual(['Results chain', 'Indicators', 'Means of verification', 'Assumptions']);
    expect(await matrix.getByTestId('matrix-row').count()).toBe(10);
    expect(await matrix.textContent()).toContain('Trafficking in persons and smuggling of migrants are reduced');
    expect(await matrix.textContent()).toContain('Prosecution services keep trained staff in post');
    const statuses = await matrix.locator('.indicator-status').allTextContents();
    expect(statuses.length).toBe(6);
    for (const s of statuses) expect(s.trim()).toMatch(/^(On track|At risk|Off track|No data)$/);
    // The project page leads here.
    await page.goto(`${accord.url}/projects/${projectId}`);
    await settled(page);
    await page.getByRole('link', { name: 'Logframe' }).click();
    await settled(page, /\/logframe$/);
  });

  it('edits a statement inline with the keyboard, cancels with Escape, and keeps a save after a reload', async () => {
    await open(page, 'outline');
    const before = (await node(page, '1.1').textContent()) ?? '';

    await node(page, '1.1').click();
    await page.keyboard.press('F2');
    await node(page, '1.1').getByRole('textbox').fill('Typed and thrown away');
    await page.keyboard.press('Escape');
    await expect.poll(() => node(page, '1.1').getByRole('textbox').count()).toBe(0);
    expect(await node(page, '1.1').textContent()).toBe(before);
    // Focus is back on the node, so the keyboard user carries on from there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-code'))).toBe('1.1');

    await editStatement(page, '1.1', 'Prosecutors and judges handle trafficking cases in line with the Protocol');
    await expect.poll(() => node(page, '1.1').getByRole('textbox').count()).toBe(0);
    expect(await node(page, '1.1').textContent()).toContain('Prosecutors and judges handle trafficking cases in line with the Protocol');

    await page.reload();
    await settled(page);
    expect(await node(page, '1.1').textContent()).toContain('Prosecutors and judges handle trafficking cases in line with the Protocol');
  });

  it('adds an indicator with targets for two periods, and shows them after a reload', async () => {
    await open(page, 'outline');
    await node(page, '1.1.2').click();
    await page.getByRole('toolbar').getByRole('button', { name: 'Add indicator' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add an indicator' });
    await dialog.getByLabel('Title').fill('Border liaison meetings held');
    await dialog.getByLabel('Unit').fill('meetings');
    // A dimension without values: the server's message appears beside the values, and in the summary.
    await dialog.getByRole('button', { name: 'Add a dimension' }).click();
    await dialog.getByLabel('Dimension 1', { exact: true }).fill('country');
    await dialog.getByRole('button', { name: 'Add indicator' }).click();
    const error = dialog.locator('#f-dimensions-0-values-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('a dimension needs at least one value');
    expect(await dialog.locator('#f-dimensions-0-values').getAttribute('aria-describedby')).toContain('f-dimensions-0-values-error');
    expect(await dialog.getByRole('alert').textContent()).toContain('Disaggregation, row 1, values: a dimension needs at least one value');
    await dialog.getByLabel('Values, separated by commas').fill('Nigeria, Niger');
    await dialog.getByRole('button', { name: 'Add indicator' }).click();

    // The new indicator opens beside the logframe, ready for its targets.
    const panel = page.getByRole('dialog', { name: 'Border liaison meetings held' });
    await panel.waitFor();
    const periods = panel.getByTestId('values-grid').locator('tbody tr');
    const [first, second] = [await periods.nth(0).getAttribute('data-period'), await periods.nth(1).getAttribute('data-period')];
    await panel.getByLabel(`Target (meetings), ${first}`).fill('4');
    await panel.getByLabel(`Target (meetings), ${second}`).fill('1,250');
    expect(await panel.textContent()).toContain('2 unsaved changes');
    // Closing the panel would lose them: it asks first. (Escape inside the grid cancels a cell's edit, so leave it first.)
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    const ask = page.getByRole('alertdialog', { name: 'Unsaved changes' });
    await ask.getByRole('button', { name: 'Keep editing' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(await panel.getByLabel(`Target (meetings), ${first}`).inputValue()).toBe('4');
    await panel.getByRole('button', { name: 'Save values' }).click();
    await expect.poll(() => panel.getByText(/unsaved change/).count(), { timeout: 10_000 }).toBe(0);

    await page.reload();
    await settled(page);
    await panel.waitFor();
    expect(await panel.getByLabel(`Target (meetings), ${first}`).inputValue()).toBe('4');
    expect(await panel.getByLabel(`Target (meetings), ${second}`).inputValue()).toBe('1250');
    expect(await panel.getByTestId('disaggregation-country').locator('thead').textContent()).toContain('Nigeria');
    expect(await page.getByTestId('outline').textContent()).toContain('2 indicators');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  });

  it('tells the second of two editors that someone else changed the result, with their text', async () => {
    const second = await signedIn('manager@accord.demo');
    await Promise.all([open(page, 'outline'), open(second, 'outline')]);

    // The second editor opens the statement first, so it edits the version before the first one's save.
    await node(second, '1.2').click();
    await second.keyboard.press('Enter');
    await editStatement(page, '1.2', 'Victims are referred to shelters within 48 hours');
    await expect.poll(() => node(page, '1.2').getByRole('textbox').count()).toBe(0);

    const box = node(second, '1.2').getByRole('textbox');
    await box.fill('Victims receive protection through the referral mechanism');
    await box.press('Enter');
    const conflict = node(second, '1.2').getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Someone else changed this result');
    expect(await conflict.textContent()).toContain('Victims are referred to shelters within 48 hours');

    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(() => node(second, '1.2').getByRole('textbox').count()).toBe(0);
    expect(await node(second, '1.2').textContent()).toContain('Victims receive protection through the referral mechanism');
  });

  it('adds, moves, indents, outdents and deletes results from the keyboard, naming what a delete takes with it', async () => {
    await open(page, 'outline');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-code'));
    await node(page, '1.2.1').click();
    await page.keyboard.press('Alt+N');
    const draft = node(page, 'New').getByRole('textbox');
    await draft.fill('Referral hotline operational');
    await draft.press('Enter');
    await expect.poll(() => node(page, '1.2.2').textContent()).toContain('Referral hotline operational');
    await expect.poll(focused).toBe('1.2.2');

    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => node(page, '1.2.1').textContent()).toContain('Referral hotline operational');
    await expect.poll(focused).toBe('1.2.1');
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => node(page, '1.2.2').textContent()).toContain('Referral hotline operational');
    await expect.poll(focused).toBe('1.2.2');

    // Indented under the output before it, it becomes an activity; outdented, an output again.
    await page.keyboard.press('Alt+ArrowRight');
    await expect.poll(() => node(page, '1.2.1.2').textContent()).toContain('Referral hotline operational');
    expect(await node(page, '1.2.1.2').locator('.level-badge').textContent()).toBe('Activity');
    await expect.poll(focused).toBe('1.2.1.2');
    await page.keyboard.press('Alt+ArrowLeft');
    await expect.poll(() => node(page, '1.2.2').textContent()).toContain('Referral hotline operational');
    expect(await node(page, '1.2.2').locator('.level-badge').textContent()).toBe('Output');
    await expect.poll(focused).toBe('1.2.2');

    await page.keyboard.press('Shift+Insert');
    await node(page, 'New').getByRole('textbox').fill('Train the hotline staff');
    await page.keyboard.press('Enter');
    await expect.poll(() => node(page, '1.2.2.1').textContent()).toContain('Train the hotline staff');

    await node(page, '1.2.2').click();
    await page.keyboard.press('Delete');
    const ask = page.getByRole('alertdialog', { name: 'Delete 2 nodes' });
    await ask.waitFor();
    expect(await ask.textContent()).toContain('This deletes 2 nodes: this one and 1 below it.');
    await ask.getByRole('button', { name: 'Delete 2 nodes' }).click();
    await expect.poll(() => node(page, '1.2.2').count()).toBe(0);
    expect(await page.getByTestId('outline').textContent()).not.toContain('Referral hotline operational');
  });

  it('asks before leaving the page while a statement is being edited', async () => {
    await open(page, 'outline');
    await node(page, '1').click();
    await page.keyboard.press('Enter');
    await node(page, '1').getByRole('textbox').fill('Words not saved yet');
    // Closing or reloading the tab makes the browser ask.
    expect(await page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })))).toBe(true);

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Portfolio' }).click();
    const ask = page.getByRole('alertdialog', { name: 'Unsaved changes' });
    await ask.waitFor();
    await ask.getByRole('button', { name: 'Stay' }).click();
    await ask.waitFor({ state: 'detached' });
    expect(page.url()).toContain('/logframe');
    expect(await node(page, '1').getByRole('textbox').inputValue()).toBe('Words not saved yet');

    await node(page, '1').getByRole('textbox').press('Escape');
    expect(await page.evaluate(() => !window.dispatchEvent(new Event('beforeunload', { cancelable: true })))).toBe(false);
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Portfolio' }).click();
    await settled(page, /\/$/);
  });

  it('lets the partner report an actual on a NAPTIP result, and shows it read only elsewhere', async () => {
    const partner = await signedIn('partner@accord.demo');
    const tip01 = await projectIdOf(partner.context(), accord.url, TIP_01);
    type Node = { responsibleOrganisation: { acronym: string | null } | null; canReport: boolean; indicators: { title: string; measure: string; aggregation: string; canReport: boolean }[] };
    const { logframe } = await gql<{ logframe: { canEdit: boolean; nodes: Node[] } }>(
      partner.context(),
      accord.url,
      'query($p:ID!){ logframe(projectId:$p){ canEdit nodes { responsibleOrganisation { acronym } canReport indicators { title measure aggregation canReport } } } }',
      { p: tip01 },
    );
    expect(logframe.canEdit).toBe(false);
    const numeric = (n: Node) => n.indicators.find((i) => i.canReport && i.measure !== '5' && i.aggregation !== 'RATIO');
    const mine = logframe.nodes.find((n) => n.canReport && numeric(n));
    const notMine = logframe.nodes.find((n) => !n.canReport && n.indicators.length);
    expect(mine?.responsibleOrganisation?.acronym).toBe('NAPTIP');
    expect(notMine).toBeDefined();

    await open(partner, undefined, tip01);
    const matrix = partner.getByTestId('logframe-matrix');
    const indicator = numeric(mine!)!;
    await matrix.getByRole('button', { name: indicator.title, exact: true }).click();
    const panel = partner.getByRole('dialog', { name: indicator.title });
    await panel.waitFor();
    expect(await panel.textContent()).toContain('You report actuals and comments; targets are set by the project managers.');
    expect(await panel.locator('input[aria-label^="Target"]').count()).toBe(0);
    const actual = panel.getByTestId('values-grid').locator('input[aria-label^="Actual"]').first();
    const reported = Number((await actual.inputValue()) || 0) + 1;
    await actual.fill(String(reported));
    await panel.getByRole('button', { name: 'Save values' }).click();
    await expect.poll(() => panel.getByText(/unsaved change/).count(), { timeout: 10_000 }).toBe(0);
    expect(await panel.getByRole('alert').count()).toBe(0);
    expect(await actual.inputValue()).toBe(String(reported));
    await partner.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });

    const other = notMine!.indicators[0];
    await matrix.getByRole('button', { name: other.title, exact: true }).click();
    const readOnly = partner.getByRole('dialog', { name: other.title });
    await readOnly.waitFor();
    expect(await readOnly.textContent()).toContain('Read only: you may not report on this indicator.');
    expect(await readOnly.getByTestId('values-grid').locator('input').count()).toBe(0);
    expect(await readOnly.getByRole('button', { name: 'Save values' }).count()).toBe(0);
  });

  it('downloads the logframe as XLSX with the statements in it', async () => {
    await open(page);
    const downloads = page.getByRole('group', { name: 'Download the logframe and its results' });
    const [download] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = path.join(dataDir, 'logframe.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const texts: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.text)))));
    const all = texts.join('\n');
    expect(all).toContain('Trafficking in persons and smuggling of migrants are reduced, and their victims protected');
    expect(all).toContain('Prosecutors and judges handle trafficking cases in line with the Protocol');
    expect(all).toContain('Border liaison meetings held');

    const [csv] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^logframe-.*\.csv$/);
    const csvFile = path.join(dataDir, 'logframe.csv');
    await csv.saveAs(csvFile);
    expect(await fs.readFile(csvFile, 'utf8')).toContain('Prosecutors and judges handle trafficking cases in line with the Protocol');
  });

  it('approves a revision and shows a later change in the comparison with today', async () => {
    await open(page, 'revisions');
    const revisions = page.getByTestId('revisions').locator('tbody tr');
    const before = await revisions.count();
    await page.getByLabel('Reason for approval').fill('Mid-term review');
    await page.getByRole('button', { name: 'Approve current logframe' }).click();
    await expect.poll(() => revisions.count(), { timeout: 10_000 }).toBe(before + 1);
    expect(await revisions.first().textContent()).toContain('Mid-term review');
    const diff = page.getByTestId('logframe-diff');
    await expect.poll(() => diff.textContent(), { timeout: 10_000 }).toContain('No differences');

    await page.getByRole('tab', { name: /Outline/ }).click();
    await editStatement(page, '1.1.1', 'Prosecutors, judges and police trained on the trafficking law');
    await expect.poll(() => node(page, '1.1.1').getByRole('textbox').count()).toBe(0);

    await page.getByRole('tab', { name: /Revisions/ }).click();
    await expect.poll(() => diff.textContent(), { timeout: 10_000 }).toContain('Results changed (1)');
    const text = (await diff.textContent()) ?? '';
    expect(text).toContain('Prosecutors, judges and police trained on the trafficking law');
    expect(text).toContain('statement: “Prosecutors and judges trained on the trafficking law”');
    // The history says who made the change.
    await page.getByRole('heading', { name: 'Recent changes' }).click();
    const history = page.getByTestId('history');
    await expect.poll(() => history.textContent(), { timeout: 10_000 }).toContain('“Prosecutors, judges and police trained on the trafficking law”');
    expect(await history.locator('li').first().textContent()).toContain('Marco Rossi');
    // Older changes come a page at a time, after the ones already shown.
    const entries = history.locator(':scope > li');
    expect(await entries.count()).toBe(15);
    const newest = await entries.first().textContent();
    await page.getByRole('button', { name: /Show older changes/ }).click();
    await expect.poll(() => entries.count(), { timeout: 10_000 }).toBeGreaterThan(15);
    expect(await entries.first().textContent()).toBe(newest);
    await still(page);
  });
});
