/**
 * The portfolio dashboard on the demo portfolio: a manager's home shows what portfolioSummary returns, a focus
 * area filter goes into the URL, a country clicked on the map lists exactly the projects the API has for those
 * filters, the country page holds the country's programmes, money and legal instruments, a donor sees money and
 * results on its first screen, and a phone gets cards without sideways scrolling. axe on every page; screenshots
 * in tests/e2e/screenshots/ for a person to look at.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, choose, expectNoSeriousViolations, newPage, settled, signIn, still, type Gql } from './helpers';

const SHOTS = path.resolve('tests/e2e/screenshots');
const TIP_SOM = 'TIP_SOM';
const TIP_SOM_NAME = 'Trafficking in persons and smuggling of migrants';
// A point inside Mali, far from its borders: where a user would click it.
const MALI = { code: 'ML', lon: -2, lat: 17 };

interface Totals {
  programmes: number;
  projects: number;
  countries: number;
  partners: number;
  budget: string | null;
  contributions: string | null;
  received: string | null;
  spent: string | null;
  deliveryRate: number | null;
  fundingGap: string | null;
  indicators: { onTrack: number; atRisk: number; offTrack: number; noData: number; total: number };
}
const TOTALS = 'totals { programmes projects countries partners budget contributions received spent deliveryRate fundingGap indicators { onTrack atRisk offTrack noData total } }';

/** An API amount the way the page shows it: thousands separators, two decimals, the currency. */
const shown = (v: string | null, currency = 'USD') => {
  if (v === null) return 'rate missing';
  const [whole, cents = '00'] = v.replace(/^-/, '').split('.');
  return `${v.startsWith('-') ? '\u2212' : ''}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents.padEnd(2, '0')} ${currency}`;
};
const share = (r: number | null) => (r === null ? '—' : `${(Math.round(r * 1000) / 10).toFixed(1)} %`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

describe.skipIf(!hasChromium)('the portfolio dashboard', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let manager: Gql;
  let page: Page;
  const pages: Page[] = [];

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-dashboard-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    manager = await apiAs(accord.url, 'manager@accord.demo');
    await fs.mkdir(SHOTS, { recursive: true });
    page = await as('manager@accord.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function as(email: string, width = 1440, height = 900): Promise<Page> {
    const p = await newPage(browser, width, height);
    pages.push(p);
    await signIn(p, accord.url, email);
    return p;
  }

  async function shot(p: Page, name: string, fullPage = true) {
    await p.evaluate(() => document.fonts.ready);
    await still(p);
    await p.screenshot({ path: path.join(SHOTS, name), fullPage });
  }

  const text = async (p: Page, testId: string) => (await p.getByTestId(testId).first().innerText()).replace(/\s+/g, ' ').trim();
  const rowCells = async (p: Page, table: string, key: string) =>
    (await p.getByTestId(table).locator(`tr[data-key="${key}"] td`).allInnerTexts()).map((t) => t.trim());

  /** The headline as the API has it: counts, money, delivery, the funding gap and the indicators. */
  async function expectHeadline(p: Page, t: Totals) {
    expect(await text(p, 'headline-programmes')).toBe(plural(t.programmes, 'programme', 'programmes'));
    expect(await text(p, 'headline-projects')).toBe(plural(t.projects, 'project', 'projects'));
    expect(await text(p, 'headline-countries')).toBe(plural(t.countries, 'country', 'countries'));
    expect(await text(p, 'headline-partners')).toBe(plural(t.partners, 'partner', 'partners'));
    for (const [key, label] of [
      ['budget', 'Budget'],
      ['contributions', 'Contributions'],
      ['received', 'Received'],
      ['spent', 'Spent'],
    ] as const) {
      expect(await text(p, `headline-${key}`)).toBe(`${label} ${shown(t[key])}`);
    }
    expect(await text(p, 'headline-deliveryRate')).toContain(`Delivery rate ${share(t.deliveryRate)}`);
    const gap = t.fundingGap!;
    expect(await text(p, 'headline-fundingGap')).toContain(gap.startsWith('-') ? `Contributions exceed the budget by ${shown(gap.slice(1))}` : `Funding gap ${shown(gap)}`);
    expect(await text(p, 'headline-onTrack')).toBe(`${t.indicators.onTrack} on track`);
    expect(await text(p, 'headline-atRisk')).toBe(`${t.indicators.atRisk} at risk`);
    expect(await text(p, 'headline-offTrack')).toBe(`${t.indicators.offTrack} off track`);
    expect(await text(p, 'headline-noData')).toBe(`${t.indicators.noData} no data`);
  }

  it('shows a manager the figures portfolioSummary returns, with a table beside every chart', async () => {
    expect(new URL(page.url()).pathname).toBe('/');
    await page.getByTestId('dashboard').waitFor();
    const { portfolioSummary: s } = await manager<{ portfolioSummary: { totals: Totals; byStatus: { key: string; label: string }[] } }>(`{ portfolioSummary { ${TOTALS} byStatus { key label } } }`);
    await expectHeadline(page, s.totals);
    // The indicator status table adds up to the headline's counts.
    const i = s.totals.indicators;
    expect(await rowCells(page, 'status-table', 'total')).toEqual([i.onTrack, i.atRisk, i.offTrack, i.noData, i.total].map(String));
    expect(await page.getByTestId('status-table').locator('tbody th').allInnerTexts()).toEqual(s.byStatus.map((r) => r.label));
    for (const table of ['countries-table', 'trend-table', 'donors-table', 'focus-areas-table', 'status-table', 'results-table']) {
      expect(await page.getByTestId(table).locator('tbody tr').count(), table).toBeGreaterThan(0);
    }
    expect(await page.locator('[role="img"][aria-label^="World map"]').count()).toBe(1);
    await page.locator('[data-testid="world-map"][data-ready]').waitFor();
    await expectNoSeriousViolations(page, 'the portfolio dashboard');
    await shot(page, 'dashboard.png');
  });

  it('keeps a focus area filter in the URL, and the figures follow it', async () => {
    await choose(page, 'dash-focusArea', TIP_SOM_NAME);
    await page.waitForURL(/[?&]focus=TIP_SOM\b/);
    const { portfolioSummary: s } = await manager<{ portfolioSummary: { totals: Totals } }>(`query($f: PortfolioFilter) { portfolioSummary(filter: $f) { ${TOTALS} } }`, { f: { focusArea: TIP_SOM } });
    await expect.poll(() => text(page, 'headline-projects'), { timeout: 10_000 }).toBe(plural(s.totals.projects, 'project', 'projects'));
    await page.locator('[data-testid="dashboard"]:not([aria-busy="true"])').waitFor();
    await expectHeadline(page, s.totals);
    expect(await text(page, 'active-filters')).toContain(`Focus area: ${TIP_SOM_NAME}`);
    // The trend notes of the focus area are listed with the summary.
    const { trendNotes } = await manager<{ trendNotes: { items: { title: string }[] } }>(`query($f: TrendNoteFilter) { trendNotes(filter: $f) { items { title } } }`, { f: { focusArea: TIP_SOM, first: 3 } });
    expect(trendNotes.items.length).toBeGreaterThan(0);
    const notes = page.getByTestId('trend-notes');
    await notes.scrollIntoViewIfNeeded();
    for (const n of trendNotes.items) await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toContain(n.title);

    // The address alone restores the view.
    await page.reload();
    await settled(page);
    await expectHeadline(page, s.totals);
  });

  it('lists, for a country clicked on the map, exactly the projects the API has for the filters', async () => {
    const map = page.locator('[data-testid="world-map"][data-ready]');
    await map.waitFor();
    await map.scrollIntoViewIfNeeded();
    await still(page);
    const point = await map.evaluate((el, { lon, lat }) => {
      const [x, y] = (el as HTMLElement & { pixelOf: (lon: number, lat: number) => number[] }).pixelOf(lon, lat);
      const box = el.getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    }, MALI);
    await page.mouse.click(point.x, point.y);
    await settled(page, (url) => url.pathname === '/projects');
    const query = new URL(page.url()).searchParams;
    expect(Object.fromEntries(query)).toEqual({ focus: TIP_SOM, country: MALI.code });

    const { projects } = await manager<{ projects: { totalCount: number; items: { title: string }[] } }>(
      'query($f: ProjectFilter) { projects(filter: $f, first: 100) { totalCount items { title } } }',
      { f: { focusArea: TIP_SOM, country: MALI.code } },
    );
    expect(projects.totalCount).toBeGreaterThan(0);
    await expect.poll(() => page.getByTestId('project-row').count(), { timeout: 10_000 }).toBe(projects.totalCount);
    const listed = await page.getByTestId('project-row').locator('.project-row__title').allInnerTexts();
    expect(listed.map((t) => t.trim()).sort()).toEqual(projects.items.map((p) => p.title).sort());
    expect(await page.getByTestId('not-applied').count()).toBe(0);
    await shot(page, 'dashboard-drill-down.png', false);
  });

  it("opens a country's page from the dashboard: its programmes, money and legal instruments", async () => {
    await page.goto(`${accord.url}/`);
    await settled(page);
    await page.getByTestId('countries-table').getByRole('link', { name: 'Nigeria', exact: true }).click();
    await settled(page, /\/countries\/NG$/);
    expect(await page.locator('h1').innerText()).toBe('Nigeria');

    const data = await manager<{
      portfolioSummary: { totals: Totals; byLegalInstrument: { label: string; projects: number; budget: string | null }[]; byYear: { key: string }[] };
      projects: { items: { title: string; programme: { title: string } }[] };
    }>(
      `query($f: PortfolioFilter!, $p: ProjectFilter!) {
        portfolioSummary(filter: $f) { ${TOTALS} byLegalInstrument { label projects budget } byYear { key } }
        projects(filter: $p, first: 30) { items { title programme { title } } }
      }`,
      { f: { country: 'NG' }, p: { country: 'NG' } },
    );
    const s = data.portfolioSummary;
    await expectHeadline(page, s.totals);
    const programmes = [...new Set(data.projects.items.map((p) => p.programme.title))].sort();
    expect((await page.getByTestId('area-programme').locator('h3').allInnerTexts()).map((t) => t.trim()).sort()).toEqual(programmes);
    expect((await page.getByTestId('area-project').getByRole('link').allInnerTexts()).map((t) => t.trim()).sort()).toEqual(data.projects.items.map((p) => p.title).sort());
    // Money by year, and each legal instrument supported with its projects and budget.
    expect(await page.getByTestId('trend-table').locator('tbody th').allInnerTexts()).toEqual(s.byYear.map((y) => y.key));
    expect(s.byLegalInstrument.length).toBeGreaterThan(0);
    const instruments = page.getByTestId('instruments-table').locator('tbody tr');
    expect(await instruments.locator('th').allInnerTexts()).toEqual(s.byLegalInstrument.map((l) => l.label));
    for (const [n, l] of s.byLegalInstrument.entries()) {
      expect(await instruments.nth(n).locator('[data-column="projects"]').innerText()).toBe(String(l.projects));
      expect(`${await instruments.nth(n).locator('[data-column="budget"]').innerText()} USD`).toBe(shown(l.budget));
    }
    await page.getByTestId('trend-notes').waitFor();
    // The country's best practices and lessons learned are on its page too.
    const { knowledgeItems } = await manager<{ knowledgeItems: { items: { title: string }[] } }>(`query($f: KnowledgeFilter) { knowledgeItems(filter: $f, first: 5) { items { title } } }`, { f: { country: 'NG' } });
    expect(knowledgeItems.items.length).toBeGreaterThan(0);
    const knowledge = page.getByTestId('area-knowledge');
    await knowledge.scrollIntoViewIfNeeded();
    for (const k of knowledgeItems.items) await expect.poll(() => knowledge.innerText(), { timeout: 10_000 }).toContain(k.title);
    await expectNoSeriousViolations(page, 'the country page');
    await shot(page, 'country-page.png');
  });

  it('shows a donor what it funds, what is delivered and which results are on track, on the first screen', async () => {
    const donor = await as('donor.eu@accord.demo');
    const donorApi = await apiAs(accord.url, 'donor.eu@accord.demo');
    const { portfolioSummary: s } = await donorApi<{ portfolioSummary: { totals: Totals } }>(`{ portfolioSummary { ${TOTALS} } }`);
    await donor.getByTestId('status-table').waitFor();
    await expectHeadline(donor, s.totals);
    const i = s.totals.indicators;
    expect(await rowCells(donor, 'status-table', 'total')).toEqual([i.onTrack, i.atRisk, i.offTrack, i.noData, i.total].map(String));

    // Money and results without scrolling: the headline and the indicator status table end within 900 px.
    for (const id of ['headline-budget', 'headline-spent', 'headline-deliveryRate', 'headline-indicators', 'status-table']) {
      const box = await donor.getByTestId(id).boundingBox();
      expect(box, id).not.toBeNull();
      expect(box!.y + box!.height, id).toBeLessThanOrEqual(900);
    }
    expect(await donor.getByTestId('your-funding').count()).toBe(1);
    expect(await donor.getByTestId('funded-programme').count()).toBe(s.totals.programmes);
    await expectNoSeriousViolations(donor, 'the donor home');
    await shot(donor, 'donor-dashboard.png', false);
    await shot(donor, 'donor-dashboard-full.png');
  });

  it('on a phone, shows cards instead of wide tables and never scrolls sideways', async () => {
    const phone = await as('manager@accord.demo', 390, 844);
    await phone.getByTestId('dashboard').waitFor();
    await phone.locator('[data-testid="world-map"][data-ready]').waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    for (const table of ['donors-table', 'focus-areas-table', 'status-table', 'trend-table']) {
      const row = phone.getByTestId(table).locator('tbody tr').first();
      expect(await row.evaluate((el) => getComputedStyle(el).display), table).toBe('grid');
      expect(await phone.getByTestId(table).locator('thead').evaluate((el) => el.getBoundingClientRect().width), table).toBeLessThanOrEqual(1);
    }
    // The filters wait behind one button; the headline comes first.
    expect(await phone.locator('#dash-focusArea').isVisible()).toBe(false);
    await phone.getByRole('button', { name: 'Filters' }).click();
    expect(await phone.locator('#dash-focusArea').isVisible()).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(phone, 'dashboard-phone.png');
  });
});
