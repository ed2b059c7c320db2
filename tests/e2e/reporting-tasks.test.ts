/**
 * The reporting cycle on the home page and in the bell: the demo partner sees what is due and the report
 * returned to it with the reason; an unlock by the manager rings the bell, whose list leads to the report; the
 * manager sees what waits for approval, linking to the approvals page. Axe on each, and at 390 px.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, expectNoSeriousViolations, newPage, settled, signIn, still, type Gql } from './helpers';

const SEEDED_REASON = 'The attendance sheets attached list fewer participants than reported.';
const UNLOCK_REASON = 'The case files show two more referrals in this quarter; correct the figure and resubmit.';

/** A heading's text as a screen reader reads it: its words, one space apart. */
const words = async (page: { textContent: () => Promise<string | null> }) => (await page.textContent())!.replace(/\s+/g, ' ').trim();

const MY_REPORTING = `{ myReporting {
  returned { projectId indicatorId indicatorTitle period { id label } returnReason }
  overdue { projectId indicatorId indicatorTitle period { id label } state }
  awaitingApproval { projectId indicatorId indicatorTitle period { id label } }
  totals { toReport returned overdue awaitingApproval } } }`;

interface Cell {
  projectId: string;
  indicatorId: string;
  indicatorTitle: string;
  period: { id: string; label: string };
}

interface Reporting {
  returned: (Cell & { returnReason: string })[];
  overdue: (Cell & { state: string })[];
  awaitingApproval: Cell[];
  totals: { toReport: number; returned: number; overdue: number; awaitingApproval: number };
}

interface LogframeNodes {
  logframe: { nodes: { responsibleOrganisation: { id: string } | null; indicators: { id: string; title: string; updates: { state: string; period: { id: string; label: string; endDate: string } }[] }[] }[] };
}

describe('what is due in the reporting cycle', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let partnerApi: Gql;
  let managerApi: Gql;
  /** An approved report of the partner's that the manager unlocks: it is due again, and the partner is told. */
  let unlocked: Cell;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-tasks-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    partnerApi = await apiAs(accord.url, 'partner@accord.demo');
    managerApi = await apiAs(accord.url, 'manager@accord.demo');
    const { me } = await partnerApi<{ me: { organisation: { id: string }; roles: { project: { id: string } | null }[] } }>(`{ me { organisation { id } roles { project { id } } } }`);
    const projectId = me.roles.find((r) => r.project)!.project!.id;
    const { logframe } = await managerApi<LogframeNodes>(
      `query($p: ID!) { logframe(projectId: $p) { nodes { responsibleOrganisation { id } indicators { id title updates { state period { id label endDate } } } } } }`,
      { p: projectId },
    );
    const approved = logframe.nodes
      .filter((n) => n.responsibleOrganisation?.id === me.organisation.id)
      .flatMap((n) => n.indicators.flatMap((i) => i.updates.filter((u) => u.state === 'APPROVED').map((u) => ({ projectId, indicatorId: i.id, indicatorTitle: i.title, period: u.period }))))
      .sort((a, b) => b.period.endDate.localeCompare(a.period.endDate));
    unlocked = { ...approved[0], period: { id: approved[0].period.id, label: approved[0].period.label } };
    await managerApi(`mutation($p: ID!, $u: UpdateRefInput!, $r: String!) { unlockIndicatorUpdate(projectId: $p, update: $u, input: { reason: $r }) { id } }`, {
      p: projectId,
      u: { indicatorId: unlocked.indicatorId, periodId: unlocked.period.id },
      r: UNLOCK_REASON,
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function home(email: string, width = 1440): Promise<Page> {
    const page = await newPage(browser, width, 900);
    await signIn(page, accord.url, email);
    await page.getByTestId('reporting-tasks').waitFor();
    await page.waitForFunction(() => !document.querySelector('.loading'));
    return page;
  }

  it('shows the partner the report returned to it with the reason, and the unlocked one as overdue, as the API counts them', async () => {
    const { myReporting: r } = await partnerApi<{ myReporting: Reporting }>(MY_REPORTING);
    expect(r.returned.map((t) => t.returnReason)).toEqual([expect.stringContaining(SEEDED_REASON)]);
    expect(r.overdue).toContainEqual({ ...unlocked, state: 'DRAFT' });
    const page = await home('partner@accord.demo');
    const section = page.getByRole('region', { name: 'Your reporting' });

    const returned = section.getByRole('region', { name: /^Returned to you/ });
    expect(await words(returned.getByRole('heading'))).toBe('Returned to you 1');
    const item = returned.getByRole('listitem');
    expect(await item.innerText()).toContain(r.returned[0].indicatorTitle);
    expect(await item.innerText()).toContain(r.returned[0].period.label);
    expect(await item.innerText()).toContain(SEEDED_REASON);
    expect(await item.getByRole('link').getAttribute('href')).toBe(`/projects/${r.returned[0].projectId}/logframe?indicator=${r.returned[0].indicatorId}&period=${r.returned[0].period.id}`);

    const overdue = section.getByRole('region', { name: /^Overdue/ });
    expect(await words(overdue.getByRole('heading'))).toBe(`Overdue ${r.totals.overdue}`);
    const showAll = overdue.getByRole('button', { name: /^Show all/ });
    if (r.overdue.length > 5) await showAll.click();
    const mine = overdue.getByRole('listitem').filter({ hasText: unlocked.indicatorTitle }).filter({ hasText: unlocked.period.label });
    expect(await mine.innerText()).toContain('Draft');
    expect(await mine.getByRole('link').getAttribute('href')).toBe(`/projects/${unlocked.projectId}/logframe?indicator=${unlocked.indicatorId}&period=${unlocked.period.id}`);
    expect(await overdue.getByRole('listitem').count()).toBe(r.overdue.length);
    expect(await section.getByRole('region', { name: /^To report/ }).count()).toBe(r.totals.toReport ? 1 : 0);
    expect(await section.getByRole('region', { name: /Waiting for your approval/ }).count()).toBe(0);
    await expectNoSeriousViolations(page, 'partner home with its reporting');
    await page.screenshot({ path: '/tmp/reporting-tasks-partner.png', fullPage: false });
  });

  it('rings the partner’s bell for the unlock, and its list names the reason, leads to the report and marks it read', async () => {
    const page = await home('partner@accord.demo');
    const bell = page.getByRole('button', { name: 'Notifications, 1 unread' });
    expect((await partnerApi<{ notifications: { unreadCount: number } }>('{ notifications { unreadCount } }')).notifications.unreadCount).toBe(1);
    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Notifications' });
    await panel.waitFor();
    await still(page);
    const item = panel.getByRole('listitem').first();
    expect(await item.innerText()).toContain(`unlocked the report of "${unlocked.indicatorTitle}" for ${unlocked.period.label}`);
    expect(await item.innerText()).toContain(UNLOCK_REASON);
    await expectNoSeriousViolations(page, 'the notifications list');
    await page.screenshot({ path: '/tmp/reporting-tasks-bell.png' });

    await item.getByRole('link', { name: 'Open' }).click();
    await page.waitForURL((url) => url.pathname === `/projects/${unlocked.projectId}/logframe` && url.searchParams.get('indicator') === unlocked.indicatorId);
    await page.getByRole('button', { name: 'Notifications, none unread' }).waitFor();
  });

  it('shows the manager what waits for approval, linking to the approvals page and the logframe', async () => {
    const { myReporting: r } = await managerApi<{ myReporting: Reporting }>(MY_REPORTING);
    expect(r.awaitingApproval.length).toBeGreaterThan(0);
    const page = await home('manager@accord.demo');
    const group = page.getByRole('region', { name: /Waiting for your approval/ });
    expect(await words(group.getByRole('heading'))).toBe(`Waiting for your approval ${r.totals.awaitingApproval}`);
    const first = r.awaitingApproval[0];
    const review = group.getByRole('link', { name: new RegExp(`^Review .*${first.period.label}$`) }).first();
    expect(await review.getAttribute('href')).toBe(`/projects/${first.projectId}/approvals?period=${first.period.id}`);
    expect(await group.getByRole('link', { name: /^Logframe of / }).first().getAttribute('href')).toBe(`/projects/${first.projectId}/logframe`);
    expect(await group.innerText()).toContain(first.indicatorTitle);
    await expectNoSeriousViolations(page, 'manager home with reports to approve');
    await page.screenshot({ path: '/tmp/reporting-tasks-manager.png' });
  });

  it('fits a 390 px phone without sideways scrolling', async () => {
    const page = await home('partner@accord.demo', 390);
    await settled(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.getByRole('region', { name: /^Returned to you/ }).getByText(SEEDED_REASON).waitFor();
    await expectNoSeriousViolations(page, 'partner home at 390 px');
    await page.screenshot({ path: '/tmp/reporting-tasks-phone.png', fullPage: false });
  });
});
