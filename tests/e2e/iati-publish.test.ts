/**
 * IATI in the web app, on the demo: the project page's IATI tab lists what the API's checklist lists, each item
 * with a link that leads to the page that fixes it, and a complete project reads "Ready to publish"; the XML
 * downloads with the page's session. On the programme page the manager publishes the programme by keyboard, the
 * public URL appears and serves anyone, and switching off withdraws it; a viewer sees no switch. Axe on both pages;
 * screenshots go to /tmp for a person to look at.
 */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { apiAs, demoIds, expectNoSeriousViolations, newPage, settled, signInByApi, still, type Gql } from './helpers';

const TIP = 'XM-DAC-41128-DEMO-PRG-TIP';
const PROJECT = 'XM-DAC-41128-DEMO-PRG-TIP-01';

describe.skipIf(!hasChromium)('IATI publication', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let dataDir: string;
  let manager: Gql;
  let ids: Record<string, string>;
  let page: Page;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-iati-'));
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

  it('lists the project’s checklist with a link to fix each item, and downloads the XML', async () => {
    const { project } = await manager<{ project: { iatiCompliance: { message: string; severity: string }[] } }>(`query($id: ID!) { project(id: $id) { iatiCompliance { message severity } } }`, { id: ids[PROJECT] });
    expect(project.iatiCompliance.length).toBeGreaterThan(0);
    await page.goto(`${accord.url}/projects/${ids[PROJECT]}?tab=iati`);
    await settled(page);
    const items = page.getByTestId('iati-checklist').locator('li');
    await items.first().waitFor();
    expect(await items.count()).toBe(project.iatiCompliance.length);
    // Errors first, in the API's words, each with its link.
    const errors = project.iatiCompliance.filter((i) => i.severity === 'ERROR').length;
    const texts = await items.allInnerTexts();
    for (const item of project.iatiCompliance) expect(texts.some((t) => t.includes(item.message))).toBe(true);
    expect(texts.slice(0, errors).every((t) => t.startsWith('Error'))).toBe(true);
    expect(await items.locator('a').count()).toBe(project.iatiCompliance.length);
    await expectNoSeriousViolations(page, 'the project IATI tab');
    await page.screenshot({ path: '/tmp/iati-project.png', fullPage: true });

    const download = page.getByTestId('iati-download');
    expect(await download.getAttribute('href')).toBe(`/iati/activities.xml?project=${ids[PROJECT]}`);
    const res = await page.context().request.get(`${accord.url}/iati/activities.xml?project=${ids[PROJECT]}`);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain(`<iati-identifier>${PROJECT}</iati-identifier>`);

    // A link leads to its page: the logframe, the finance page or the form.
    const link = items.locator('a').first();
    const href = (await link.getAttribute('href'))!;
    await link.focus();
    await page.keyboard.press('Enter');
    await settled(page, (url) => url.pathname === href.split('?')[0]);
  });

  it('says a complete project is ready to publish', async () => {
    const lead = await manager<{ programme: { leadAgency: { id: string } } }>(
      `query($id: ID!) { programme(id: $id) { leadAgency { id } } }`,
      { id: ids[TIP] },
    );
    const { createProject } = await manager<{ createProject: { id: string } }>(
      `mutation($i: ProjectInput!) { createProject(input: $i) { id } }`,
      { i: { programmeId: ids[TIP], iatiIdentifier: 'XM-DAC-41128-E2E-IATI', title: 'Complete IATI project', description: 'Every field IATI asks for.', status: '2', plannedStart: '2024-01-01', plannedEnd: '2025-12-31', actualStart: '2024-01-15', recipientCountries: [{ country: 'NG', percentage: 100 }], sectors: [{ code: '15130', percentage: 100 }] } },
    );
    const id = createProject.id;
    // The lead agency implements it: an organisation with its IATI identifier and type.
    await manager(`mutation($i: ParticipationInput!) { addParticipation(input: $i) { id } }`, { i: { organisationId: lead.programme.leadAgency.id, projectId: id, role: '4' } });
    await manager(`mutation($i: BudgetInput!) { createBudget(input: $i) { id } }`, { i: { projectId: id, periodStart: '2024-01-01', periodEnd: '2024-12-31', amount: '1000.00', currency: 'USD' } });
    await manager(`mutation($i: TransactionInput!) { createTransaction(input: $i) { id } }`, { i: { projectId: id, type: '4', transactionDate: '2024-05-01', amount: '100.00', currency: 'USD', receiverId: lead.programme.leadAgency.id } });
    const { setReportingCalendar } = await manager<{ setReportingCalendar: { id: string }[] }>(`mutation($p: ID!) { setReportingCalendar(projectId: $p, frequency: ANNUAL) { id } }`, { p: id });
    const { addResultNode } = await manager<{ addResultNode: { id: string } }>(`mutation($i: ResultNodeInput!) { addResultNode(input: $i) { id } }`, { i: { projectId: id, statement: 'Fewer victims' } });
    const { addIndicator } = await manager<{ addIndicator: { id: string } }>(`mutation($n: ID!, $i: IndicatorInput!) { addIndicator(nodeId: $n, input: $i) { id } }`, { n: addResultNode.id, i: { title: 'Convictions', baselineValue: 3, baselineDate: '2023-12-31' } });
    await manager(`mutation($p: ID!, $v: [IndicatorValueInput!]!) { setIndicatorValues(projectId: $p, values: $v) { id } }`, { p: id, v: [{ indicatorId: addIndicator.id, periodId: setReportingCalendar[0].id, target: 10 }] });

    await page.goto(`${accord.url}/projects/${id}?tab=iati`);
    await settled(page);
    await page.getByTestId('iati-ready').waitFor();
    expect(await page.getByTestId('iati-ready').innerText()).toContain('Ready to publish');
  });

  it('publishes the programme by keyboard at a public URL that serves anyone, and withdraws it', async () => {
    await page.goto(`${accord.url}/programmes/${ids[TIP]}`);
    await settled(page);
    const panel = page.getByTestId('programme-iati');
    await panel.scrollIntoViewIfNeeded();
    await panel.getByTestId('iati-summary').waitFor();
    expect(await panel.getByTestId('iati-public-url').count()).toBe(0);
    await page.locator('#iati-published').focus();
    await page.keyboard.press('Space');
    const url = panel.getByTestId('iati-public-url');
    await url.waitFor();
    expect(await panel.getByRole('status').first().innerText()).toContain('Published');
    const address = await url.inputValue();
    expect(address).toBe(`${accord.url}/iati/programmes/${ids[TIP]}/activities.xml`);
    // Anyone: no cookie at all.
    const published = await fetch(address);
    expect(published.status).toBe(200);
    expect(await published.text()).toContain(`<iati-identifier>${TIP}</iati-identifier>`);
    await panel.locator('summary').click();
    await still(page);
    await expectNoSeriousViolations(page, 'the programme page with its IATI publication');
    await panel.screenshot({ path: '/tmp/iati-programme.png' });

    await page.locator('#iati-published').focus();
    await page.keyboard.press('Space');
    await url.waitFor({ state: 'detached' });
    expect((await fetch(address)).status).toBe(404);
  });

  it('shows a viewer the state and the download, without the switch', async () => {
    const viewer = await newPage(browser);
    await signInByApi(viewer.context(), accord.url, 'viewer@accord.demo');
    await viewer.goto(`${accord.url}/programmes/${ids[TIP]}`);
    await settled(viewer);
    const panel = viewer.getByTestId('programme-iati');
    await panel.getByTestId('iati-download').waitFor();
    expect(await viewer.locator('#iati-published').count()).toBe(0);
    const { programme } = await manager<{ programme: { iatiPublished: boolean } }>(`query($id: ID!) { programme(id: $id) { iatiPublished } }`, { id: ids[TIP] });
    expect(await panel.innerText()).toContain(programme.iatiPublished ? 'Published at a public URL.' : 'Not published. The programme’s managers can publish it.');
    await viewer.close();
  });
});
