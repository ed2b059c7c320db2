/**
 * The download buttons on the demo: the Projects page downloads the list as filtered on the page (CSV, by
 * keyboard), the project finance page its workbook, and the logframe page its results as CSV; each file holds
 * what the API gives the same account. axe checks the pages with their buttons; screenshots go to /tmp.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { parseCsv } from '../../server/src/modules/finance/spreadsheet';
import { apiAs, demoIds, expectNoSeriousViolations, newPage, settled, signInByApi, type Gql } from './helpers';

const TIP = 'XM-DAC-41128-DEMO-PRG-TIP';

describe('export downloads', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let manager: Gql;
  let ids: Record<string, string>;
  let page: Page;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-exports-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    manager = await apiAs(accord.url, 'manager@accord.demo');
    ids = await demoIds(manager);
    page = await newPage(browser);
    await signInByApi(page.context(), accord.url, 'manager@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** Presses the button by keyboard and returns the saved file's name and bytes. */
  async function download(testid: string) {
    const button = page.getByTestId(testid);
    await button.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const saved = path.join(dataDir, file.suggestedFilename());
    await file.saveAs(saved);
    return { name: file.suggestedFilename(), bytes: await fs.readFile(saved) };
  }

  const csvRows = (bytes: Buffer) => {
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parseCsv(bytes.subarray(3).toString('utf8'));
  };

  it('downloads the project list as filtered on the Projects page', async () => {
    await page.goto(`${accord.url}/projects?focus=TIP_SOM`);
    await settled(page);
    await page.getByTestId('portfolio-count').filter({ hasText: 'project' }).waitFor();
    await expectNoSeriousViolations(page, 'projects page with downloads');
    await page.screenshot({ path: '/tmp/accord-exports-projects.png' });
    const { name, bytes } = await download('download-projects-csv-button');
    expect(name).toMatch(/^projects-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csvRows(bytes);
    expect(header.slice(0, 3)).toEqual(['Project ID', 'IATI identifier', 'Title']);
    const { projects } = await manager(`{ projects(filter: { focusArea: "TIP_SOM" }, first: 100) { totalCount items { id } } }`);
    expect(rows.map((r) => r[0]).sort()).toEqual(projects.items.map((p: { id: string }) => p.id).sort());
    expect(rows).toHaveLength(projects.totalCount);
  });

  it("downloads a project's finance workbook and its logframe results", async () => {
    const { programme } = await manager(`query($id: ID!) { programme(id: $id) { projects { id } } }`, { id: ids[TIP] });
    const projectId = programme.projects[0].id as string;
    await page.goto(`${accord.url}/projects/${projectId}/finance`);
    await settled(page);
    await page.getByTestId('download-finance-xlsx-button').waitFor();
    await expectNoSeriousViolations(page, 'project finance page with downloads');
    await page.locator('section[aria-labelledby="transactions-title"]').screenshot({ path: '/tmp/accord-exports-finance.png' });
    const workbook = await download('download-finance-xlsx-button');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook.bytes as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Transactions', 'Budgets', 'Contributions', 'Donors', 'About']);
    const { project } = await manager(`query($id: ID!) { project(id: $id) { transactions { id } } }`, { id: projectId });
    expect(book.getWorksheet('Transactions')!.rowCount - 1).toBe(project.transactions.length);

    await page.goto(`${accord.url}/projects/${projectId}/logframe`);
    await settled(page);
    await page.getByTestId('download-logframe-csv-button').waitFor();
    const results = await download('download-logframe-csv-button');
    const [header] = csvRows(results.bytes);
    expect(header).toEqual(['code', 'level', 'result', 'indicator', 'period', 'period_start', 'period_end', 'dimension', 'category', 'target', 'actual', 'comment']);
  });
});
