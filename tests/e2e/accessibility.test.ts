/** axe on every kind of page, including a form showing errors: no serious or critical violations. */
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs/promises';
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { hasChromium, launchBrowser } from '../support/browser';
import { startAccord, type RunningAccord } from '../support/server';
import { expectNoSeriousViolations, gql, newPage, settled, signInByApi } from './helpers';

describe.skipIf(!hasChromium)('accessibility', () => {
  let accord: RunningAccord;
  let browser: Browser;
  let page: Page;
  let dataDir: string;
  let ids: { programme: string; project: string };

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'accord-e2e-a11y-'));
    [accord, browser] = await Promise.all([startAccord(dataDir), launchBrowser()]);
    page = await newPage(browser);
    await signInByApi(page.context(), accord.url, 'admin@accord.demo');
    const data = await gql<{ programmes: { id: string; projects: { id: string }[] }[] }>(page.context(), accord.url, '{ programmes(filter: { focusArea: "TIP_SOM" }) { id projects { id } } }');
    ids = { programme: data.programmes[0].id, project: data.programmes[0].projects[0].id };
  });

  afterAll(async () => {
    await browser?.close();
    await accord?.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  async function open(pathname: string) {
    await page.goto(`${accord.url}${pathname}`);
    await settled(page);
  }

  it('portfolio', async () => {
    await open('/');
    await expectNoSeriousViolations(page, 'the portfolio');
    await open('/?q=nothing+matches+this');
    await page.getByText('No projects match these filters').waitFor();
    await expectNoSeriousViolations(page, 'the empty portfolio');
  });

  it('programme page', async () => {
    await open(`/programmes/${ids.programme}`);
    await expectNoSeriousViolations(page, 'a programme page');
  });

  it('project page, every tab', async () => {
    for (const tab of ['overview', 'participants', 'countries', 'sectors', 'documents']) {
      await open(`/projects/${ids.project}?tab=${tab}`);
      await page.getByRole('tabpanel').waitFor();
      await expectNoSeriousViolations(page, `the project ${tab} tab`);
    }
    await page.getByRole('button', { name: 'Add a document' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousViolations(page, 'the document dialog');
  });

  it('logframe: matrix, outline while editing, revisions, indicator panel and form', async () => {
    await open(`/projects/${ids.project}/logframe`);
    await page.getByTestId('logframe-matrix').waitFor();
    await expectNoSeriousViolations(page, 'the logframe matrix');

    await open(`/projects/${ids.project}/logframe?view=outline`);
    await page.getByTestId('outline-node').first().click();
    await page.keyboard.press('Enter');
    await page.getByTestId('outline-node').first().getByRole('textbox').waitFor();
    await expectNoSeriousViolations(page, 'the logframe outline with a statement being edited');
    await page.keyboard.press('Escape');

    await open(`/projects/${ids.project}/logframe?view=revisions`);
    await page.getByTestId('logframe-diff').waitFor();
    await expectNoSeriousViolations(page, 'the logframe revisions and comparison');

    await open(`/projects/${ids.project}/logframe`);
    await page.getByTestId('indicator-summary').first().getByRole('button').click();
    await page.getByTestId('values-grid').waitFor();
    await expectNoSeriousViolations(page, 'the indicator panel');
    await page.getByRole('button', { name: 'Edit indicator' }).click();
    await page.getByRole('dialog', { name: 'Edit indicator' }).waitFor();
    await expectNoSeriousViolations(page, 'the indicator form');
  });

  it('organisation list and dialog', async () => {
    await open('/organisations');
    await expectNoSeriousViolations(page, 'the organisation list');
    await page.getByRole('button', { name: 'New organisation' }).click();
    await page.getByRole('dialog').waitFor();
    await expectNoSeriousViolations(page, 'the organisation dialog');
  });

  it('project form, empty and with errors', async () => {
    await open(`/projects/new?programme=${ids.programme}`);
    await expectNoSeriousViolations(page, 'the new project form');
    await page.getByRole('button', { name: 'Create project' }).click();
    await page.getByRole('alert').filter({ hasText: 'Some fields need attention' }).waitFor();
    await expectNoSeriousViolations(page, 'the project form with errors');
  });

  it('programme form', async () => {
    await open(`/programmes/${ids.programme}/edit`);
    await expectNoSeriousViolations(page, 'the programme edit form');
  });
});
