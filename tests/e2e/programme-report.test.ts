/**
 * The printable programme report on the demo trafficking programme: it opens from the programme page, shows the
 * summary, the rolled-up results, each project's indicators by status and the finances as the API gives them,
 * passes axe, and prints through Chromium to a PDF whose text holds the title, a rolled-up result and a money
 * total, without the app's navigation. The portfolio workbook downloads with the page's session and opens in
 * exceljs. Screenshots of the page and of the PDF's first page go to /tmp for a person to look at.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { existsSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, demoIds, expectNoSeriousViolations, newPage, settled, signInByApi, type Gql } from './helpers';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const TIP = 'XM-DAC-41128-DEMO-PRG-TIP';
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
/** A positive amount as the SPA writes money (finance/composables/money.ts): "1,274,000.50 USD". */
function money(amount: string, currency: string): string {
  const [whole, fraction = ''] = amount.split('.');
  return `${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${fraction.padEnd(2, '0')} ${currency}`;
}

/**
 * The text of a PDF, page after page, with line ends as spaces; its page count, first page's size and the right
 * edge of its rightmost text, in points (text past the page's margin is text a printed table cuts off).
 */
async function pdfText(pdf: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  let right = 0;
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? ' ' : '');
      if (item.str.trim()) right = Math.max(right, item.transform[4] + item.width);
    }
    text += ' ';
  }
  const [, , width, height] = (await doc.getPage(1)).view;
  return { text: text.replace(/\s+/g, ' '), pages: doc.numPages, size: [width, height], right };
}

/** The PDF's first page as a PNG, drawn by pdf.js on @napi-rs/canvas, for a person to look at. */
async function pdfFirstPagePng(pdf: Buffer): Promise<Buffer> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const page = await (await getDocument({ data: new Uint8Array(pdf) }).promise).getPage(1);
  const viewport = page.getViewport({ scale: 1.5 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  await page.render({ canvas: canvas as unknown as HTMLCanvasElement, canvasContext: canvas.getContext('2d') as unknown as CanvasRenderingContext2D, viewport }).promise;
  return canvas.toBuffer('image/png');
}

interface ProgrammeFacts {
  programme: {
    title: string;
    leadAgency: { name: string };
    projects: { id: string; title: string }[];
    resultIndicators: { title: string; unitLabel: string; measure: string; rollup: { cumulativeActual: number | null } }[];
    finance: { reportingCurrency: string; totals: { budget: { amount: string | null }; spent: { amount: string | null } } };
  };
}

describe.skipIf(!hasChromium)('programme report', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let manager: Gql;
  let ids: Record<string, string>;
  let facts: ProgrammeFacts['programme'];
  let page: Page;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-report-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    manager = await apiAs(accord.url, 'manager@accord.demo');
    ids = await demoIds(manager);
    facts = (
      await manager<ProgrammeFacts>(
        `query($id: ID!) { programme(id: $id) { title leadAgency { name } projects { id title }
           resultIndicators { title unitLabel measure rollup { cumulativeActual } }
           finance { reportingCurrency totals { budget { amount } spent { amount } } } } }`,
        { id: ids[TIP] },
      )
    ).programme;
    page = await newPage(browser);
    await signInByApi(page.context(), accord.url, 'manager@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** Waits for the report's every part: the roll-up table and each project's counts. */
  async function ready(p: Page) {
    await settled(p, /\/report$/);
    await p.locator('[data-testid="programme-results-summary"] table').waitFor();
    await p.locator('[data-testid="report-project-status"][data-complete="true"]').waitFor();
  }

  const rolledUp = () => facts.resultIndicators.find((r) => r.rollup.cumulativeActual !== null)!;
  const rolledUpText = () => {
    const r = rolledUp();
    return r.measure === '2' || r.unitLabel === '%' ? `${NUMBER.format(r.rollup.cumulativeActual!)} %` : `${NUMBER.format(r.rollup.cumulativeActual!)} ${r.unitLabel}`;
  };

  it('opens from the programme page with the summary, rolled-up results, project statuses and finances', async () => {
    await page.goto(`${accord.url}/programmes/${ids[TIP]}`);
    await settled(page);
    await page.getByTestId('programme-report-link').click();
    await ready(page);

    expect(await page.locator('#page-title').innerText()).toBe(facts.title);
    expect(await page.getByTestId('report-summary').innerText()).toContain(facts.leadAgency.name);
    const results = page.getByTestId('programme-results-summary');
    expect(await results.innerText()).toContain(rolledUp().title);
    expect(await results.innerText()).toContain(rolledUpText());

    // Each project's counts are its logframe's indicators by status, as the manager reads them.
    const rows = page.getByTestId('report-project');
    expect(await rows.count()).toBe(facts.projects.length);
    for (const project of facts.projects) {
      const { logframe } = await manager<{ logframe: { nodes: { indicators: { progress: { status: string } }[] }[] } }>(
        'query($p: ID!) { logframe(projectId: $p) { nodes { indicators { progress { status } } } } }',
        { p: project.id },
      );
      const statuses = logframe.nodes.flatMap((n) => n.indicators.map((i) => i.progress.status));
      const count = (s: string) => String(statuses.filter((x) => x === s).length);
      const cells = await rows.filter({ hasText: project.title }).locator('td').allInnerTexts();
      expect(cells, project.title).toEqual([count('ON_TRACK'), count('AT_RISK'), count('OFF_TRACK'), count('NO_DATA'), String(statuses.length)]);
    }

    const { reportingCurrency: rc, totals } = facts.finance;
    expect(await page.getByTestId('report-total-budget').innerText()).toContain(money(totals.budget.amount!, rc));
    expect(await page.getByTestId('report-total-spent').innerText()).toContain(money(totals.spent.amount!, rc));
    expect(await page.getByTestId('report-by-year').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('report-by-donor').locator('tbody tr').count()).toBeGreaterThan(0);

    await expectNoSeriousViolations(page, 'programme report');
    await page.screenshot({ path: '/tmp/programme-report.png', fullPage: true });
    // The print button asks the browser to print, nothing else.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.getByTestId('report-print').click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  });

  it('prints to an A4 PDF holding the title, a rolled-up result and a money total, without the app around it', async () => {
    await page.goto(`${accord.url}/programmes/${ids[TIP]}/report`);
    await ready(page);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await fs.writeFile('/tmp/programme-report.pdf', pdf);
    const { text, pages, size, right } = await pdfText(pdf);
    expect(pages).toBeGreaterThanOrEqual(2);
    // A4 is 595 × 842 points; nothing runs into the 15 mm right margin.
    expect(size.map(Math.round)).toEqual([595, 842]);
    expect(right).toBeLessThanOrEqual(595 - (15 * 72) / 25.4 + 3);
    expect(text).toContain(facts.title);
    expect(text).toContain(rolledUp().title);
    expect(text).toContain(rolledUpText());
    expect(text).toContain(money(facts.finance.totals.budget.amount!, facts.finance.reportingCurrency));
    for (const chrome of ['Skip to content', 'Print / Save as PDF', 'Back to the programme', 'Exchange rates']) expect(text).not.toContain(chrome);
    await fs.writeFile('/tmp/programme-report-pdf-page1.png', await pdfFirstPagePng(pdf));
  });

  it('downloads the portfolio workbook with the page’s session, and it opens with exceljs', async () => {
    const res = await page.context().request.get(`${accord.url}/exports/portfolio.xlsx?focusArea=TIP_SOM`);
    expect(res.status()).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await res.body()) as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name).slice(0, 3)).toEqual(['Summary', 'Projects', 'Results']);
    const titles = book.getWorksheet('Projects')!.getColumn(3).values.slice(2);
    for (const p of facts.projects) expect(titles).toContain(p.title);
  });

  it('downloads the workbook from the dashboard button, with progress shown and a file saved', async () => {
    await page.goto(`${accord.url}/`);
    await settled(page);
    const button = page.getByTestId('download-portfolio-xlsx-button');
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^portfolio-.*\.xlsx$/);
    const file = path.join(dataDir, 'download.xlsx');
    await download.saveAs(file);
    expect(existsSync(file)).toBe(true);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    expect(book.getWorksheet('Summary')).toBeDefined();
  });
});
