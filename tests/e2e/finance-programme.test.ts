/**
 * The programme finance page and the donor's "Your funding": a manager records a transfer from the pooled fund
 * and sees the totals and the money flow's table change; a donor's home shows the same funding figures as the
 * API. Both pages pass axe. Screenshots go to /tmp for a person to look at.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, choose, demoIds, expectNoSeriousViolations, newPage, settled, signIn, still, type Gql } from './helpers';

const TIP = 'XM-DAC-41128-DEMO-PRG-TIP';
const TIP_01 = 'XM-DAC-41128-DEMO-PRG-TIP-01';

describe.skipIf(!hasChromium)('programme finance and donor funding', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let admin: Gql;
  let ids: Record<string, string>;
  let tip01Title: string;
  let tipTitle: string;
  const org: Record<string, { id: string; name: string; acronym: string | null }> = {};
  const pages: Page[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-finance-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    admin = await apiAs(accord.url, 'admin@accord.demo');
    ids = await demoIds(admin);
    const titles = await admin<{ project: { title: string; programme: { title: string } } }>('query($id: ID!) { project(id: $id) { title programme { title } } }', { id: ids[TIP_01] });
    tip01Title = titles.project.title;
    tipTitle = titles.project.programme.title;
    const { organisations } = await admin<{ organisations: { id: string; name: string; acronym: string | null }[] }>('{ organisations { id name acronym } }');
    const find = (acronym: string) => organisations.find((o) => o.acronym === acronym)!;
    for (const key of ['EU', 'Sida', 'UNODC']) org[key] = find(key);

    const contribution = (i: Record<string, unknown>) => admin('mutation($i: ContributionInput!) { createContribution(input: $i) { id } }', { i });
    const transaction = (i: Record<string, unknown>) => admin('mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }', { i });
    await admin('mutation { setExchangeRate(input: { currency: "EUR", rateDate: "2024-01-01", rate: "1.10", source: "test" }) { id } }');
    const pooled = { programmeId: ids[TIP], signedDate: '2024-02-01', periodStart: '2024-01-01', periodEnd: '2026-12-31', earmarking: 'UNEARMARKED', status: 'SIGNED' };
    // EU: EUR 500,000.00 × 1.10 = 550,000.00 USD; Sida: 250,000.00 USD.
    await contribution({ ...pooled, donorId: org.EU.id, amount: '500000', currency: 'EUR' });
    await contribution({ ...pooled, donorId: org.Sida.id, amount: '250000', currency: 'USD' });
    await transaction({ programmeId: ids[TIP], type: '1', transactionDate: '2024-02-10', amount: '500000', currency: 'EUR', providerId: org.EU.id });
    await transaction({ programmeId: ids[TIP], type: '1', transactionDate: '2024-02-12', amount: '250000', currency: 'USD', providerId: org.Sida.id });
    await transaction({ programmeId: ids[TIP], type: '3', transactionDate: '2024-04-01', amount: '400000', currency: 'USD', receiverId: org.UNODC.id, receiverProjectId: ids[TIP_01] });
    await transaction({ projectId: ids[TIP_01], type: '4', transactionDate: '2024-09-01', amount: '123456.78', currency: 'USD', providerId: org.UNODC.id });
    await admin('mutation($i: BudgetInput!) { createBudget(input: $i) { id } }', { i: { projectId: ids[TIP_01], periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '600000', currency: 'USD' } });
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function as(email: string): Promise<Page> {
    const page = await newPage(browser);
    pages.push(page);
    await signIn(page, accord.url, email);
    return page;
  }

  const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ').trim();
  const flowRows = async (page: Page) => (await page.getByTestId('flow-table').locator('tbody tr').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());

  /** An API amount the way people read it on the page: thousands separators, two decimals, the currency. */
  const shown = (v: string | null, currency = 'USD') => {
    if (v === null) return 'rate missing';
    const [whole, cents = '00'] = v.replace(/^-/, '').split('.');
    return `${v.startsWith('-') ? '\u2212' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents.padEnd(2, '0')} ${currency}`;
  };

  /** The same in a table whose caption or header names the currency. */
  const cell = (v: string | null) => shown(v).replace(/ USD$/, '');

  interface ProgrammeMoney {
    totals: { transferred: { amount: string | null }; contributions: { amount: string | null }; fundingGap: string | null };
    flows: { source: string; target: string; amount: string }[];
  }
  const programmeMoney = async () =>
    (
      await admin<{ programme: { finance: ProgrammeMoney } }>(
        'query($id: ID!) { programme(id: $id) { finance { totals { transferred { amount } contributions { amount } fundingGap } flows { source target amount } } } }',
        { id: ids[TIP] },
      )
    ).programme.finance;
  const fundToUnodc = (m: ProgrammeMoney) => m.flows.find((f) => f.source === 'Pooled fund' && [org.UNODC.name, org.UNODC.acronym].includes(f.target))!;

  it('a manager records a transfer from the fund and sees the totals and the money flow change', async () => {
    const before = await programmeMoney();
    const page = await as('manager@accord.demo');
    await page.goto(`${accord.url}/programmes/${ids[TIP]}`);
    await settled(page);
    await page.getByTestId('programme-finance-link').click();
    await settled(page, /\/finance$/);
    expect(await page.locator('h1').textContent()).toBe('Programme finance');

    expect(await text(page, 'total-transferred')).toBe(`Transferred ${shown(before.totals.transferred.amount)}`);
    expect(await text(page, 'total-contributions')).toBe(`Contributions ${shown(before.totals.contributions.amount)}`);
    const gap = before.totals.fundingGap!;
    expect(await text(page, 'funding-gap')).toContain(gap.startsWith('-') ? `Contributions exceed the budget by ${shown(gap.slice(1))}` : `Funding gap ${shown(gap)}`);
    const transfer = fundToUnodc(before);
    expect(await flowRows(page)).toContain(`Pooled fund ${transfer.target} ${cell(transfer.amount)}`);
    expect(await page.locator('[role="img"][aria-label^="Sankey chart"]').count()).toBe(1);
    await expectNoSeriousViolations(page, 'programme finance');

    await page.getByTestId('add-fund-transaction').click();
    const dialog = page.getByRole('dialog', { name: 'Add a transaction' });
    await dialog.waitFor();
    await choose(page, 'f-type', 'Disbursement (3)');
    await page.locator('#f-amount').fill('50000.55');
    await page.locator('#f-transactionDate').fill('2024-06-01');
    await choose(page, 'f-receiverId', `${org.UNODC.name} (UNODC)`, 'UNODC');
    await choose(page, 'f-receiverProjectId', tip01Title, tip01Title.slice(0, 30));
    await dialog.getByRole('button', { name: 'Add transaction' }).click();
    await dialog.waitFor({ state: 'detached' });

    const after = await programmeMoney();
    // The API moved by exactly the amount added, and the page shows the API's new figures.
    expect(new Decimal(after.totals.transferred.amount!).minus(before.totals.transferred.amount!).toFixed(2)).toBe('50000.55');
    expect(new Decimal(fundToUnodc(after).amount).minus(transfer.amount).toFixed(2)).toBe('50000.55');
    await expect.poll(() => text(page, 'total-transferred')).toBe(`Transferred ${shown(after.totals.transferred.amount)}`);
    expect(await flowRows(page)).toContain(`Pooled fund ${transfer.target} ${cell(fundToUnodc(after).amount)}`);
    expect(await flowRows(page)).not.toContain(`Pooled fund ${transfer.target} ${cell(transfer.amount)}`);
    expect(await page.getByTestId('fund-transaction').filter({ hasText: '50,000.55 USD' }).count()).toBe(1);
    await still(page);
    await page.screenshot({ path: '/tmp/finance-programme.png', fullPage: true });
  });

  it("a donor's home shows its funding as the API reports it", async () => {
    const donorApi = await apiAs(accord.url, 'donor.eu@accord.demo');
    const { donorFunding } = await donorApi<{ donorFunding: any }>(
      '{ donorFunding { reportingCurrency rows { programme { title } project { title } contributed received transferred spent deliveryRate } totals { contributed received transferred spent deliveryRate } } }',
    );
    expect(donorFunding.rows.length).toBeGreaterThan(0);
    const page = await as('donor.eu@accord.demo');
    const section = page.getByTestId('your-funding');
    await section.getByTestId('funding-table').waitFor();

    const cells = (row: ReturnType<Page['locator']>) =>
      Promise.all(['contributed', 'received', 'transferred', 'spent'].map(async (f) => ((await row.locator(`[data-figure="${f}"]`).textContent()) ?? '').trim()));
    const rows = section.getByTestId('funding-row');
    expect(await rows.count()).toBe(donorFunding.rows.length);
    for (const [i, r] of donorFunding.rows.entries()) {
      expect(await cells(rows.nth(i))).toEqual([r.contributed, r.received, r.transferred, r.spent].map(cell));
    }
    const t = donorFunding.totals;
    expect(await cells(section.getByTestId('funding-totals'))).toEqual([t.contributed, t.received, t.transferred, t.spent].map(cell));
    expect(donorFunding.rows.map((r: any) => r.programme.title)).toContain(tipTitle);
    expect(await section.getByTestId('download-funding').getAttribute('href')).toBe('/exports/donor-funding.xlsx');
    await expectNoSeriousViolations(page, 'donor home');
    await page.screenshot({ path: '/tmp/donor-home.png', fullPage: true });
  });
});
