/**
 * The reporting cycle in the browser, on the demo seed. The partner reporter opens "Report a period" on the
 * latest ended period, reads the manager's reason on the report that was returned, fixes the figure, writes
 * a narrative and submits. The manager returns it again with a reason from the approvals page; the partner,
 * on a phone, sees that reason, fixes the narrative and resubmits; the manager approves the whole period in
 * one go. The report then reads approved and locked in the indicator panel, and the indicator's progress
 * counts the approved figure. The programme's reporting page shows nothing left to approve. axe on every page.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import axe from 'axe-core';
import { apiAs, demoIds, expectNoSeriousViolations, newPage, settled, signInByApi, still, type Gql } from './helpers';

const TIP_01 = 'XM-DAC-41128-DEMO-PRG-TIP-01';
const TIP = 'XM-DAC-41128-DEMO-PRG-TIP';
const SHOTS = '/tmp/accord-reporting';
/** A real 1×1 PNG: the server reads the type from the content, so the evidence must be a genuine image. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

interface Report {
  state: string;
  locked: boolean;
  lockReason: string | null;
  returnReason: string;
  narrative: string;
  period: { id: string; label: string };
}
interface Indicator {
  id: string;
  title: string;
  measure: string;
  aggregation: string;
  unitLabel: string;
  canReport: boolean;
  dimensions: { name: string }[];
  progress: { cumulativeActual: number | null; progress: number | null };
  values: { period: { id: string }; dimension: string; actual: number | null; approvedActual: number | null; pending: boolean }[];
  updates: Report[];
}

describe.skipIf(!hasChromium)('the reporting cycle', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let partnerApi: Gql;
  let managerApi: Gql;
  let projectId: string;
  let programmeId: string;
  let partner: Page;
  let manager: Page;
  /** The report the demo seed left returned: the one the partner fixes. */
  let returned: Indicator;
  let period: { id: string; label: string };

  const indicators = async (api: Gql): Promise<Indicator[]> => {
    const data = await api<{ logframe: { nodes: { indicators: Indicator[] }[] } }>(
      `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id title measure aggregation unitLabel canReport dimensions { name }
        progress { cumulativeActual progress } values { period { id } dimension actual approvedActual pending }
        updates { state locked lockReason returnReason narrative period { id label } } } } } }`,
      { p: projectId },
    );
    return data.logframe.nodes.flatMap((n) => n.indicators);
  };
  const reportOf = (i: Indicator) => i.updates.find((u) => u.period.id === period.id)!;
  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name), fullPage: true });

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-reporting-'));
    await fs.mkdir(SHOTS, { recursive: true });
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    [partnerApi, managerApi] = await Promise.all([apiAs(accord.url, 'partner@accord.demo'), apiAs(accord.url, 'manager@accord.demo')]);
    const ids = await demoIds(managerApi);
    projectId = ids[TIP_01];
    programmeId = ids[TIP];
    const mine = (await indicators(partnerApi)).filter((i) => i.canReport);
    const found = mine.find((i) => i.updates.some((u) => u.state === 'RETURNED'));
    expect(found, 'the demo seed leaves one of the partner’s reports returned').toBeTruthy();
    returned = found!;
    period = returned.updates.find((u) => u.state === 'RETURNED')!.period;
    partner = await newPage(browser);
    manager = await newPage(browser);
    await Promise.all([signInByApi(partner.context(), accord.url, 'partner@accord.demo'), signInByApi(manager.context(), accord.url, 'manager@accord.demo')]);
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** axe on one region of the page: serious or critical violations only. */
  async function seriousIn(page: Page, selector: string): Promise<unknown[]> {
    await still(page);
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
    return page.evaluate(async (sel) => {
      const w = window as unknown as { axe: { run: (ctx: unknown, opts: object) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] }> } };
      const { violations } = await w.axe.run({ include: [sel] }, { resultTypes: ['violations'] });
      return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target) }));
    }, selector);
  }

  const card = (page: Page, i: Indicator): Locator => page.getByTestId(`report-card-${i.id}`);

  /** Types the figures of a number, ratio or text indicator, and a narrative. */
  async function fill(c: Locator, i: Indicator, figure: string, narrative: string) {
    if (i.measure === '5') await c.getByLabel('Result, in words').fill(`Reported: ${figure}`);
    else if (i.aggregation === 'RATIO') {
      await c.getByLabel('Numerator').fill(figure);
      await c.getByLabel('Denominator').fill('100');
    } else await c.getByLabel(/^Actual/).fill(figure);
    await c.getByLabel('Narrative').fill(narrative);
  }

  async function openReport(page: Page) {
    await page.goto(`${accord.url}/projects/${projectId}`);
    await settled(page);
    await page.getByTestId('report-period-link').click();
    await settled(page, /\/report/);
    await card(page, returned).waitFor();
  }

  it('the partner opens the returned report from the project page, reads why, fixes it and submits', async () => {
    await openReport(partner);
    // The page opens on the latest ended period that is not approved: the one the seed left waiting.
    await expect.poll(() => partner.getByTestId('period-select').textContent()).toContain(period.label);
    const c = card(partner, returned);
    await expect.poll(() => c.getByTestId('return-reason').textContent()).toContain(reportOf(returned).returnReason);
    // The others of the period are submitted: they read as text, waiting on the manager.
    const submittedCards = partner.locator('[data-testid^="report-card-"]').filter({ hasText: 'waiting for a manager’s approval' });
    expect(await submittedCards.count()).toBeGreaterThan(0);
    expect(await submittedCards.first().locator('textarea, input').count()).toBe(0);
    await expectNoSeriousViolations(partner, 'Report a period');
    await shot(partner, 'report-period.png');

    // A figure that is not a number is refused at its field, and nothing is sent.
    await fill(c, returned, '12,5', 'Checked against the signed attendance register.');
    await partner.getByTestId('save-and-submit').click();
    await partner.getByRole('alert').filter({ hasText: 'Some fields need attention' }).waitFor();
    expect(await c.locator('.field-error').first().textContent()).toMatch(/enter a number/);

    await fill(c, returned, '42', 'Checked against the signed attendance register: 42 officers attended all five days.');
    // The signed register goes in as an evidence file, listed on the card once the server has it.
    await c.getByTestId(`file-input-${returned.id}`).setInputFiles({ name: 'attendance-register.png', mimeType: 'image/png', buffer: PNG });
    await c.getByRole('link', { name: 'attendance-register.png' }).waitFor();
    // The upload refetched the reports; what was typed is still there.
    expect(await c.getByLabel('Narrative').inputValue()).toContain('42 officers attended all five days');
    await partner.getByTestId('save-and-submit').click();
    await partner.getByText('1 report submitted for approval').waitFor();
    await expect.poll(async () => reportOf((await indicators(partnerApi)).find((i) => i.id === returned.id)!).state).toBe('SUBMITTED');
    await expect.poll(() => c.getByText('waiting for a manager’s approval').count()).toBe(1);
    expect(await c.locator('textarea').count()).toBe(0);
  });

  it('the manager returns it with a reason from the approvals page', async () => {
    await manager.goto(`${accord.url}/projects/${projectId}`);
    await settled(manager);
    await manager.getByTestId('approvals-link').click();
    await settled(manager, /\/approvals/);
    const row = manager.getByTestId(`approval-${returned.id}`);
    await row.waitFor();
    expect(await row.textContent()).toContain('42 officers attended all five days');
    expect(await row.textContent()).toMatch(/Actual\s*(42|Reported: 42|0\.42)/);
    // The evidence file downloads from the approvals page as the image that was uploaded.
    const href = await row.getByRole('link', { name: 'attendance-register.png' }).getAttribute('href');
    const download = await manager.context().request.get(new URL(href!, accord.url).toString());
    expect(download.status()).toBe(200);
    expect(Buffer.from(await download.body()).equals(PNG)).toBe(true);
    await expectNoSeriousViolations(manager, 'Approvals');
    await shot(manager, 'approvals.png');

    await row.getByRole('button', { name: `Return ${returned.title}` }).click();
    const dialog = manager.getByRole('dialog', { name: 'Return the report' });
    await dialog.getByRole('button', { name: 'Return to the reporters' }).click();
    await dialog.getByText('give the reason').waitFor();
    await dialog.getByLabel(/What needs fixing/).fill('Attach the signed register and say which districts the officers came from.');
    await expectNoSeriousViolations(manager, 'the return dialog');
    await dialog.getByRole('button', { name: 'Return to the reporters' }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.waitFor({ state: 'detached' });
    expect(reportOf((await indicators(managerApi)).find((i) => i.id === returned.id)!).state).toBe('RETURNED');
  });

  it('the partner, on a phone, sees the reason, fixes the narrative and resubmits', async () => {
    const phone = await newPage(browser, 390, 844);
    await signInByApi(phone.context(), accord.url, 'partner@accord.demo');
    await openReport(phone);
    const c = card(phone, returned);
    await expect.poll(() => c.getByTestId('return-reason').textContent()).toContain('say which districts the officers came from');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Every control of the form is at least 40 px tall, to be tapped.
    const small = await phone.evaluate(() =>
      Array.from(document.querySelectorAll('main input:not([type=file]), main textarea, main button, main a.p-button, main [role=combobox]'))
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height < 40;
        })
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} “${el.textContent?.trim() ?? ''}” ${Math.round(el.getBoundingClientRect().height)}px`),
    );
    expect(small).toEqual([]);
    await expectNoSeriousViolations(phone, 'Report a period at phone width');
    await shot(phone, 'report-period-phone.png');

    await c.getByLabel('Narrative').fill('Checked against the signed register (attached): 42 officers from Lagos, Kano and Edo attended all five days.');
    await phone.getByTestId('save-and-submit').click();
    await phone.getByText('1 report submitted for approval').waitFor();
    await phone.close();
    expect(reportOf((await indicators(partnerApi)).find((i) => i.id === returned.id)!).state).toBe('SUBMITTED');
  });

  it('the manager approves the whole period at once; it then reads approved and locked, and counts', async () => {
    const before = (await indicators(managerApi)).find((i) => i.id === returned.id)!;
    const waiting = (await indicators(managerApi)).filter((i) => reportOf(i)?.state === 'SUBMITTED').length;
    await manager.goto(`${accord.url}/projects/${projectId}/approvals?period=${period.id}`);
    await settled(manager);
    await manager.getByTestId(`approval-${returned.id}`).waitFor();
    expect(await manager.getByTestId(`approval-${returned.id}`).textContent()).toContain('Lagos, Kano and Edo');
    await expect.poll(() => manager.getByTestId('approve-selected').textContent()).toContain(`(${waiting})`);
    await manager.getByTestId('approve-selected').click();
    await manager.getByText(`${waiting} reports approved`).waitFor();
    await manager.getByText('Nothing waiting for approval').waitFor();

    const after = (await indicators(managerApi)).find((i) => i.id === returned.id)!;
    expect(reportOf(after).state).toBe('APPROVED');
    expect(reportOf(after).locked).toBe(true);
    const total = after.values.find((v) => v.period.id === period.id && !v.dimension)!;
    expect(total.pending).toBe(false);
    expect(after.progress.cumulativeActual).not.toBe(before.progress.cumulativeActual);

    // The indicator panel shows the report approved, by whom, and locked with the reason.
    await manager.goto(`${accord.url}/projects/${projectId}/logframe?indicator=${returned.id}`);
    await settled(manager);
    const panel = manager.getByRole('dialog', { name: returned.title });
    const update = panel.getByTestId('update-panel');
    await update.waitFor();
    await update.getByRole('combobox', { name: 'Period' }).click();
    await manager.getByRole('option', { name: new RegExp(`^${period.label}`) }).click();
    await expect.poll(() => update.getByTestId('approved-by').textContent()).toContain('Marco Rossi');
    expect(await update.getByTestId('lock-reason').textContent()).toMatch(/Locked: approved on \d{4}-\d{2}-\d{2}/);
    expect(await update.getByRole('button', { name: 'Unlock…' }).count()).toBe(1);
    expect(await update.locator('textarea').count()).toBe(0);
    expect(await seriousIn(manager, '[role="dialog"]'), 'serious or critical axe violations in the indicator panel').toEqual([]);
    await shot(manager, 'indicator-panel.png');

    // The partner's page for the period now reads the report as locked, with nothing to type or press.
    await partner.goto(`${accord.url}/projects/${projectId}/report?period=${period.id}`);
    await settled(partner);
    await card(partner, returned).getByTestId('lock-reason').waitFor();
    expect(await card(partner, returned).textContent()).toMatch(/Locked: approved on \d{4}-\d{2}-\d{2}/);
    expect(await card(partner, returned).locator('input, textarea, button').count()).toBe(0);
  });

  it('the programme’s reporting page shows the project’s period with nothing left to approve, linking to its approvals', async () => {
    await manager.goto(`${accord.url}/programmes/${programmeId}`);
    await settled(manager);
    await manager.getByTestId('programme-reporting-link').click();
    await settled(manager, /\/reporting/);
    await manager.getByRole('combobox', { name: 'Period' }).click();
    await manager.getByRole('option', { name: period.label, exact: true }).click();
    await manager.waitForURL(/period=/);
    const status = await managerApi<{ reportingStatus: { projectId: string; submitted: number; approved: number; expected: number }[] }>(
      `query($p: ID!, $l: String!) { reportingStatus(programmeId: $p, periodLabel: $l) { projectId submitted approved expected } }`,
      { p: programmeId, l: period.label },
    );
    const mine = status.reportingStatus.find((s) => s.projectId === projectId)!;
    expect(mine.submitted).toBe(0);
    const row = manager.getByTestId(`status-${projectId}`);
    await expect.poll(() => row.textContent()).toContain(`${mine.approved} of ${mine.expected}`);
    expect(await row.locator('td').nth(1).textContent()).toBe('0');
    expect(await manager.locator('[data-testid^="status-"]').count()).toBe(status.reportingStatus.length);
    await expectNoSeriousViolations(manager, 'the programme’s reporting');
    await shot(manager, 'programme-reporting.png');
    await row.getByRole('link').click();
    await settled(manager, /\/approvals/);
    expect(manager.url()).toContain(`period=${period.id}`);
  });

  it('the manager sets the reporting rules on the approvals page: a wrong number is refused beside its field', async () => {
    await manager.goto(`${accord.url}/projects/${projectId}/approvals`);
    await settled(manager, /\/approvals/);
    const rules = manager.getByRole('region', { name: 'Reporting rules' });
    await rules.waitFor();
    const days = rules.getByLabel('Days to report after a period ends');
    await days.fill('400');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    const error = rules.locator('#f-dueDays-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('at most 365');
    await days.fill('45');
    await rules.getByLabel('Lock periods ending on or before').fill('2021-12-31');
    await rules.getByRole('button', { name: 'Save rules' }).click();
    await expect.poll(() => rules.textContent()).toContain('Results are due 45 days after a period ends.');
    const { project } = await managerApi<{ project: { reportingDueDays: number; reportingLockDate: string | null } }>(`query($p: ID!) { project(id: $p) { reportingDueDays reportingLockDate } }`, { p: projectId });
    expect(project).toEqual({ reportingDueDays: 45, reportingLockDate: '2021-12-31' });
    await manager.reload();
    await settled(manager, /\/approvals/);
    expect(await manager.getByRole('region', { name: 'Reporting rules' }).textContent()).toContain('Periods ending on or before');
    await expectNoSeriousViolations(manager, 'the approvals page with its rules');
    await shot(manager, 'approvals-rules.png');
  });
});
