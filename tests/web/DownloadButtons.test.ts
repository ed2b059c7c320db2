/**
 * The CSV and XLSX download pair: both buttons are keyboard-reachable buttons in a labelled group, the CSV file
 * carries the page's filters and its table, the workbook the filters alone, and each file is saved under the
 * name the server gives. The server is a stub here; tests/e2e/exports.test.ts downloads the real files.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import DownloadButtons from '../../web/src/modules/portfolio-export/DownloadButtons.vue';
import { globalWith } from './support';

let saved: string[];

beforeEach(() => {
  saved = [];
  URL.createObjectURL = vi.fn(() => 'blob:export');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const file = (name: string, type: string) => ({ ok: true, status: 200, headers: new Headers({ 'content-type': type, 'content-disposition': `attachment; filename="${name}"` }), body: null, blob: async () => new Blob(['x']) });

describe('CSV and XLSX downloads', () => {
  it('asks for the filtered CSV table and the filtered workbook, and saves each under its name', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(file('finance-transactions-P1.csv', 'text/csv; charset=utf-8')).mockResolvedValueOnce(file('finance-P1.xlsx', 'application/octet-stream'));
    vi.stubGlobal('fetch', fetch);
    const wrapper = mount(DownloadButtons, {
      props: { path: '/exports/projects/p1/finance', what: "the project's finances", params: { type: '4', organisationId: null, from: '2024-01-01', to: '' }, csvParams: { table: 'transactions' }, testid: 'dl' },
      global: globalWith(),
      attachTo: document.body,
    });
    expect(wrapper.get('[data-testid="dl"]').attributes()).toMatchObject({ role: 'group', 'aria-label': "Download the project's finances" });
    const csv = wrapper.get('[data-testid="dl-csv-button"]');
    const xlsx = wrapper.get('[data-testid="dl-xlsx-button"]');
    expect([csv.element.tagName, csv.text(), xlsx.text()]).toEqual(['BUTTON', 'Download CSV', 'Download XLSX']);
    await csv.trigger('click');
    await flushPromises();
    await xlsx.trigger('click');
    await flushPromises();
    expect(fetch.mock.calls.map((c) => c[0])).toEqual(['/exports/projects/p1/finance.csv?from=2024-01-01&table=transactions&type=4', '/exports/projects/p1/finance.xlsx?from=2024-01-01&type=4']);
    expect(saved).toEqual(['finance-transactions-P1.csv', 'finance-P1.xlsx']);
    wrapper.unmount();
  });

  it('says beside the button why the server refused the file', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue({ ok: false, status: 400, json: async () => ({ errors: [{ message: 'search must be text of at most 200 characters.' }] }) }));
    const wrapper = mount(DownloadButtons, { props: { path: '/exports/projects', what: 'the project list', params: { search: 'x'.repeat(300) }, testid: 'dl' }, global: globalWith(), attachTo: document.body });
    await wrapper.get('[data-testid="dl-csv-button"]').trigger('click');
    await flushPromises();
    const error = wrapper.get('[data-testid="dl-csv-error"]');
    expect(error.attributes('role')).toBe('alert');
    expect(error.text()).toContain('at most 200 characters');
    expect(wrapper.get('[data-testid="dl-csv-button"]').attributes('aria-describedby')).toBe(error.attributes('id'));
    wrapper.unmount();
  });
});
