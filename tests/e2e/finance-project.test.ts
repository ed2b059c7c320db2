/**
 * A project's finances the way its manager keeps them: a transaction added through the form changes the
 * totals; a spreadsheet with one bad row imports nothing and names that row; the page passes axe.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, choose, demoIds, expectNoSeriousViolations, newPage, settled, signIn, still, type Gql } from './helpers';

const TITLE = 'E2E Finance of the border liaison offices';

describe.skipIf(!hasChromium)('the finances of a project', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let manager: Gql;
  let projectId: string;

  const transactionCount = async () =>
    (await manager<{ project: { transactions: { id: string }[] } }>('query($id: ID!) { project(id: $id) { transactions { id } } }', { id: projectId })).project.transactions.length;
  const total = (key: string) => page.getByTestId(`total-${key}`);

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-finance-project-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    page = await newPage(browser);
    manager = await apiAs(accord.url, 'manager@accord.demo');
    const ids = await demoIds(manager);
    // A project of its own, so that every figure below is known exactly.
    const created = await manager<{ createProject: { id: string } }>(`mutation($i: ProjectInput!) { createProject(input: $i) { id } }`, {
      i: { programmeId: ids['XM-DAC-41128-DEMO-PRG-TIP'], title: TITLE, iatiIdentifier: 'XM-DAC-41128-E2E-FIN-01', plannedStart: '2024-01-01', plannedEnd: '2025-12-31' },
    });
    projectId = created.createProject.id;
    await manager(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, {
      i: { projectId, periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '200000', currency: 'USD' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('opens from the project page and shows the budget, with nothing spent yet', async () => {
    await signIn(page, accord.url, 'manager@accord.demo');
    await page.goto(`${accord.url}/projects/${projectId}`);
    await settled(page);
    await page.getByRole('link', { name: 'Finance', exact: true }).click();
    await settled(page, /\/projects\/[0-9a-f-]{36}\/finance$/);
    expect(await page.locator('h1').textContent()).toBe(`Finance: ${TITLE}`);
    expect(await total('budget').textContent()).toContain('200,000.00 USD');
    expect(await total('spent').textContent()).toContain('0.00 USD');
    expect(await total('gap').textContent()).toContain('200,000.00 USD');
    expect(await page.getByTestId('budget-by-year').textContent()).toMatch(/2024\s*200,000\.00 USD/);
    expect(await page.getByRole('status').filter({ hasText: 'No transactions recorded yet.' }).count()).toBe(1);
  });

  it('adds an expenditure through the form, and the totals change', async () => {
    await page.getByRole('button', { name: 'Add a transaction' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a transaction' });
    await dialog.waitFor();
    expect(await page.locator('#f-type').textContent()).toContain('Expenditure (4)');
    await page.locator('#f-amount').fill('12345.67');
    await page.locator('#f-transactionDate').fill('2024-03-01');
    await choose(page, 'f-providerId', 'United Nations Office on Drugs and Crime (UNODC)', 'UNODC');
    await page.locator('#f-description').fill('Training of border officers');
    await dialog.getByRole('button', { name: 'Add transaction' }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => total('spent').textContent(), { timeout: 10_000 }).toContain('12,345.67 USD');
    // 12,345.67 ÷ 200,000 = 0.0617; the gap is the budget less contributions, unchanged.
    expect(await total('delivery').textContent()).toContain('6.2 %');
    const row = page.getByTestId('transaction-row');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/1 Mar 2024.*Expenditure.*UNODC.*Training of border officers.*12,345\.67 USD/);
  });

  it('shows a converted amount’s rate on keyboard focus, and "rate missing" where there is none', async () => {
    await manager(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, {
      i: { projectId, type: '4', transactionDate: '2024-04-02', amount: '1000', currency: 'EUR', description: 'Interpretation' },
    });
    await manager(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, {
      i: { projectId, type: '4', transactionDate: '2024-05-03', amount: '250000', currency: 'XOF', description: 'Venue in Niamey' },
    });
    await page.reload();
    await settled(page);
    const eur = page.getByTestId('transaction-row').filter({ hasText: 'Interpretation' }).getByTestId('converted');
    await eur.focus();
    const tip = page.locator(`#${await eur.getAttribute('aria-describedby')}`);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^At [\d.]+ USD per EUR, the rate of \d{1,2} \w{3} 20\d\d\.$/);
    const xof = page.getByTestId('transaction-row').filter({ hasText: 'Venue in Niamey' });
    expect(await xof.getByTestId('converted').textContent()).toContain('rate missing');
    // The total cannot be known without the rate: it says so and which, and lists each currency's sum.
    const spent = await total('spent').textContent();
    expect(spent).toContain('rate missing');
    expect(spent).toContain('No rate for XOF on 3 May 2024');
    expect(spent).toContain('250,000.00 XOF');
    expect(spent).toContain('12,345.67 USD');
    expect(spent).not.toMatch(/^\s*0\.00/);
  });

  it('imports nothing from a spreadsheet with one bad row, and names that row', async () => {
    const before = await transactionCount();
    const file = path.join(dataDir, 'ledger.csv');
    await fs.writeFile(
      file,
      [
        'Date,Type,Amount,Currency,Provider,Description',
        '2024-06-01,Expenditure,"1,500.00",USD,UNODC,Printing of manuals',
        '2024-06-15,4,800,ZZZ,XM-DAC-41128,Travel of trainers',
        '2024-07-01,4,2000,USD,United Nations Office on Drugs and Crime,Equipment',
      ].join('\n'),
    );
    await page.getByRole('button', { name: 'Import transactions' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import transactions' });
    await dialog.waitFor();
    await page.locator('#import-file').setInputFiles(file);
    await page.getByTestId('import-preview').waitFor();
    // The columns were recognised by their headers; the preview numbers rows as the spreadsheet does.
    expect(await page.locator('#map-currency').textContent()).toContain('Currency');
    expect(await page.getByTestId('import-preview').locator('tbody tr').count()).toBe(3);
    expect(await page.locator('[data-row="2"]').textContent()).toContain('1,500.00 USD');

    await dialog.getByRole('button', { name: 'Import 3 transactions' }).click();
    const problems = page.getByTestId('import-problems');
    await problems.waitFor();
    const text = await problems.textContent();
    expect(text).toContain('Nothing was imported.');
    expect(text).toMatch(/Row 3, Currency \(column “Currency”\): /);
    expect(text).not.toMatch(/Row [24]/);
    expect(await page.locator('[data-row="3"]').getAttribute('class')).toContain('preview__row--bad');
    expect(await transactionCount()).toBe(before);
    await page.screenshot({ path: '/tmp/finance-import.png' });

    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('transaction-row').count()).toBe(before);
  });

  it('has no serious accessibility problems, on the page and in the form', async () => {
    await still(page);
    await page.screenshot({ path: '/tmp/finance-project.png', fullPage: true });
    await expectNoSeriousViolations(page, 'project finance page');
    await page.getByRole('button', { name: 'Add a transaction' }).click();
    await page.getByRole('dialog', { name: 'Add a transaction' }).waitFor();
    await expectNoSeriousViolations(page, 'transaction form');
    await page.screenshot({ path: '/tmp/finance-form.png' });
  });
});
