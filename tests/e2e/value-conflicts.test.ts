/**
 * Two managers in two browsers edit the same indicator. The second to save is told which period someone
 * else filled meanwhile, with their figure; its other edits stay pending; whichever it chooses, the saved
 * figures hold the chosen value and every other edit, and nothing is lost. The indicator form, refused the
 * same way, reloads and puts the user's changes back on top.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, DEMO_PASSWORD, expectNoSeriousViolations, newPage, projectIdOf, settled, signInByApi, still, type Gql } from './helpers';

const TIP_02 = 'XM-DAC-41128-DEMO-PRG-TIP-02';
const SECOND_MANAGER = 'second.manager@accord.test';

interface Period {
  id: string;
  label: string;
  startDate: string;
  endDate: string;
}
interface StoredValue {
  period: { id: string };
  dimension: string;
  target: number | null;
  actual: number | null;
  comment: string;
}

describe.skipIf(!hasChromium)('two managers saving the same indicator', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let projectId: string;
  let api: Gql;
  let outputId: string;
  /** Two periods that take actuals today: the one both fill, and the one only the second comments on. */
  let filled: Period;
  let commented: Period;
  let a: Page;
  let b: Page;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-conflicts-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    api = await apiAs(accord.url, 'manager@accord.demo');
    a = await newPage(browser);
    await signInByApi(a.context(), accord.url, 'manager@accord.demo');
    projectId = await projectIdOf(a.context(), accord.url, TIP_02);

    // A second manager of the same project, so that the two browsers are two people.
    const admin = await apiAs(accord.url, 'admin@accord.demo');
    const created = await admin(`mutation($i: UserInput!) { createUser(input: $i) { user { id } } }`, { i: { email: SECOND_MANAGER, name: 'Amina Diallo', password: DEMO_PASSWORD } });
    await admin(`mutation($i: RoleInput!) { assignRole(input: $i) { id } }`, { i: { userId: created.createUser.user.id, role: 'PROGRAMME_MANAGER', projectId } });
    b = await newPage(browser);
    await signInByApi(b.context(), accord.url, SECOND_MANAGER);

    const data = await api<{ project: { plannedStart: string; actualStart: string | null }; logframe: { periods: Period[]; nodes: { id: string; level: string }[] } }>(
      `query($p: ID!) { project(id: $p) { plannedStart actualStart } logframe(projectId: $p) { periods { id label startDate endDate } nodes { id level } } }`,
      { p: projectId },
    );
    const today = new Date().toISOString().slice(0, 10);
    const start = data.project.actualStart ?? data.project.plannedStart;
    const open = data.logframe.periods.filter((p) => p.startDate <= today && p.endDate >= start);
    expect(open.length, 'the demo project has at least two periods that take actuals').toBeGreaterThanOrEqual(2);
    [filled, commented] = open;
    outputId = data.logframe.nodes.find((n) => n.level === 'OUTPUT')!.id;
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  /** A new indicator with nothing in the first period and a first count in the second. */
  async function freshIndicator(title: string): Promise<string> {
    const added = await api(`mutation($n: ID!, $i: IndicatorInput!) { addIndicator(nodeId: $n, input: $i) { id } }`, { n: outputId, i: { title, unitLabel: 'referrals', aggregation: 'SUM' } });
    const id = added.addIndicator.id as string;
    await api(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, {
      p: projectId,
      v: [{ indicatorId: id, periodId: commented.id, target: 10, actual: 3, comment: 'first count', version: 0 }],
    });
    return id;
  }

  async function totals(indicatorId: string): Promise<Map<string, StoredValue>> {
    const data = await api<{ logframe: { nodes: { indicators: { id: string; values: StoredValue[] }[] }[] } }>(
      `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id values { period { id } dimension target actual comment } } } } }`,
      { p: projectId },
    );
    const indicator = data.logframe.nodes.flatMap((n) => n.indicators).find((i) => i.id === indicatorId)!;
    return new Map(indicator.values.filter((v) => !v.dimension).map((v) => [v.period.id, v]));
  }

  async function openPanel(p: Page, indicatorId: string, title: string) {
    await p.goto(`${accord.url}/projects/${projectId}/logframe?indicator=${indicatorId}`);
    await settled(p);
    const panel = p.getByRole('dialog', { name: title });
    await panel.waitFor();
    return panel;
  }

  const saved = (panel: ReturnType<Page['getByRole']>) => expect.poll(() => panel.getByText(/unsaved change/).count(), { timeout: 10_000 }).toBe(0);

  it.each([
    ['Keep mine', 9],
    ['Take theirs', 7],
  ] as const)('the second to save sees the period and the first one’s figure, keeps its other edit, and “%s” loses nothing', async (choice, expected) => {
    const title = `Shelter referrals (${choice})`;
    const id = await freshIndicator(title);
    const [panelA, panelB] = await Promise.all([openPanel(a, id, title), openPanel(b, id, title)]);

    // Both read the first period empty, and fill it with different counts; the second also writes a comment.
    await panelA.getByLabel(`Actual (referrals), ${filled.label}`).fill('7');
    await panelB.getByLabel(`Actual (referrals), ${filled.label}`).fill('9');
    await panelB.getByLabel(`Comment, ${commented.label}`).fill('second count confirmed');
    await panelA.getByRole('button', { name: 'Save values' }).click();
    await saved(panelA);

    await panelB.getByRole('button', { name: 'Save values' }).click();
    const conflict = panelB.getByRole('alert').filter({ has: b.getByTestId('value-conflict') });
    await conflict.waitFor();
    const item = conflict.getByTestId('value-conflict');
    expect(await item.count()).toBe(1);
    expect(await item.getByRole('heading').textContent()).toBe(filled.label);
    expect(await item.getByTestId('theirs').textContent()).toBe('actual 7');
    expect(await item.getByTestId('mine').textContent()).toBe('actual 9');
    expect(await conflict.textContent()).toContain('Your 1 other change stays pending');
    // It takes the focus, so that it is not missed below the grid's fold.
    expect(await conflict.evaluate((el) => el === document.activeElement)).toBe(true);
    // Nothing of B's is gone: both typed cells still hold what was typed.
    expect(await panelB.getByLabel(`Actual (referrals), ${filled.label}`).inputValue()).toBe('9');
    expect(await panelB.getByLabel(`Comment, ${commented.label}`).inputValue()).toBe('second count confirmed');
    expect(await panelB.textContent()).toContain('2 unsaved changes');
    if (choice === 'Keep mine') {
      await expectNoSeriousViolations(b, 'a value conflict in the indicator panel');
      await still(b);
      await b.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? dataDir, 'value-conflict.png'), fullPage: false });
    }

    await item.getByRole('button', { name: choice }).click();
    await conflict.waitFor({ state: 'detached' });
    expect(await panelB.getByLabel(`Actual (referrals), ${filled.label}`).inputValue()).toBe(String(expected));
    await panelB.getByRole('button', { name: 'Save values' }).click();
    await saved(panelB);

    const stored = await totals(id);
    expect(stored.get(filled.id)?.actual).toBe(expected);
    expect(stored.get(commented.id)).toMatchObject({ target: 10, actual: 3, comment: 'second count confirmed' });

    // A reload shows the same, in both browsers.
    for (const p of [a, b]) {
      const panel = await openPanel(p, id, title);
      expect(await panel.getByLabel(`Actual (referrals), ${filled.label}`).inputValue()).toBe(String(expected));
      expect(await panel.getByLabel(`Comment, ${commented.label}`).inputValue()).toBe('second count confirmed');
    }
  });

  it('reloads an indicator someone else changed and reapplies the second editor’s change for review', async () => {
    const title = 'Referral meetings held';
    const id = await freshIndicator(title);
    const [panelA, panelB] = await Promise.all([openPanel(a, id, title), openPanel(b, id, title)]);
    await panelA.getByRole('button', { name: 'Edit indicator' }).click();
    await panelB.getByRole('button', { name: 'Edit indicator' }).click();
    const dialogA = a.getByRole('dialog', { name: 'Edit indicator' });
    const dialogB = b.getByRole('dialog', { name: 'Edit indicator' });

    await dialogA.getByLabel('Definition', { exact: true }).fill('Meetings between shelters and the police, with minutes');
    await dialogB.getByLabel('Unit', { exact: true }).fill('meetings');
    await dialogA.getByRole('button', { name: 'Save indicator' }).click();
    await dialogA.waitFor({ state: 'detached' });

    await dialogB.getByRole('button', { name: 'Save indicator' }).click();
    const conflict = dialogB.getByTestId('conflict');
    await conflict.waitFor();
    expect(await conflict.getAttribute('role')).toBe('alert');
    expect(await conflict.textContent()).toContain('Someone else saved this indicator after you opened it');
    await expectNoSeriousViolations(b, 'an indicator edit conflict');
    await b.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? dataDir, 'indicator-conflict.png') });
    await conflict.getByRole('button', { name: 'Reload and reapply' }).click();
    await conflict.waitFor({ state: 'detached' });

    // Their definition, with B's unit on top, shown for review before anything is saved.
    expect(await dialogB.getByLabel('Definition', { exact: true }).inputValue()).toBe('Meetings between shelters and the police, with minutes');
    expect(await dialogB.getByLabel('Unit', { exact: true }).inputValue()).toBe('meetings');
    const note = dialogB.getByTestId('reapplied');
    expect(await note.textContent()).toContain('They changed Definition.');
    expect(await note.textContent()).toContain('Your changes to Unit are applied on top');
    // The button that led here is gone: the note has the focus, so the keyboard user reads it next.
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    await b.screenshot({ path: path.join(process.env.SCREENSHOT_DIR ?? dataDir, 'indicator-reapplied.png') });
    await dialogB.getByRole('button', { name: 'Save indicator' }).click();
    await dialogB.waitFor({ state: 'detached' });

    const data = await api<{ logframe: { nodes: { indicators: { id: string; definition: string; unitLabel: string }[] }[] } }>(
      `query($p: ID!) { logframe(projectId: $p) { nodes { indicators { id definition unitLabel } } } }`,
      { p: projectId },
    );
    expect(data.logframe.nodes.flatMap((n) => n.indicators).find((i) => i.id === id)).toMatchObject({ definition: 'Meetings between shelters and the police, with minutes', unitLabel: 'meetings' });
  });
});
