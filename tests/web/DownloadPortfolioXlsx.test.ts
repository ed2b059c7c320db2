/**
 * The portfolio download button: it asks for the filtered workbook, shows bytes against Content-Length (or a
 * bar without an end when the server streams), saves the file through a temporary link, and says beside the
 * button why a download failed. The server is a stub here; tests/e2e/programme-report.test.ts fetches the real file.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import DownloadPortfolioXlsx from '../../web/src/modules/portfolio-export/DownloadPortfolioXlsx.vue';
import { portfolioXlsxUrl } from '../../web/src/modules/portfolio-export/download';
import { globalWith } from './support';

/** A response whose body arrives chunk by chunk, when the test says so. */
function streamed(headers: Record<string, string>) {
  const pending: ((r: { done: boolean; value?: Uint8Array }) => void)[] = [];
  const queued: { done: boolean; value?: Uint8Array }[] = [];
  const push = (r: { done: boolean; value?: Uint8Array }) => (pending.length ? pending.shift()!(r) : queued.push(r));
  const response = {
    ok: true,
    status: 200,
    headers: new Headers(headers),
    body: { getReader: () => ({ read: () => (queued.length ? Promise.resolve(queued.shift()!) : new Promise((resolve) => pending.push(resolve))) }) },
  };
  return { response, send: (bytes: number) => push({ done: false, value: new Uint8Array(bytes) }), end: () => push({ done: true }) };
}

const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': 'attachment; filename="portfolio-2026-12-07.xlsx"' };
let saved: { name: string; size: number }[];

beforeEach(() => {
  saved = [];
  let blob: Blob | null = null;
  URL.createObjectURL = vi.fn((b: Blob) => ((blob = b), 'blob:portfolio'));
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, size: blob!.size });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const mountButton = (filter: Record<string, unknown> = {}) => mount(DownloadPortfolioXlsx, { props: { filter }, global: globalWith(), attachTo: document.body });

describe('portfolio XLSX download', () => {
  it('builds the address from the filters that are set, in a stable order', () => {
    expect(portfolioXlsxUrl(null)).toBe('/exports/portfolio.xlsx');
    expect(portfolioXlsxUrl({ yearTo: 2025, focusArea: 'TIP_SOM', country: null, region: '', donorId: undefined })).toBe('/exports/portfolio.xlsx?focusArea=TIP_SOM&yearTo=2025');
  });

  it('shows bytes received against Content-Length, then saves the file under the server’s name', async () => {
    const s = streamed({ ...XLSX, 'content-length': '2048' });
    const fetch = vi.fn().mockResolvedValue(s.response);
    vi.stubGlobal('fetch', fetch);
    const wrapper = mountButton({ country: 'NG', yearFrom: 2024 });
    const button = wrapper.get('[data-testid="download-portfolio-xlsx-button"]');
    expect(button.element.tagName).toBe('BUTTON');
    await button.trigger('click');
    await flushPromises();
    expect(fetch.mock.calls[0][0]).toBe('/exports/portfolio.xlsx?country=NG&yearFrom=2024');

    s.send(512);
    await flushPromises();
    expect(wrapper.get('[data-testid="download-portfolio-xlsx-progress"]').text()).toBe('512 B of 2.0 KB');
    expect((wrapper.get('progress').element as HTMLProgressElement).getAttribute('value')).toBe('25');
    // Busy, but still focusable: a keyboard user keeps their place, and a second press does nothing.
    expect(button.attributes('aria-disabled')).toBe('true');
    expect(button.attributes('disabled')).toBeUndefined();
    await button.trigger('click');
    expect(fetch).toHaveBeenCalledTimes(1);

    s.send(1536);
    s.end();
    await flushPromises();
    expect(saved).toEqual([{ name: 'portfolio-2026-12-07.xlsx', size: 2048 }]);
    expect(wrapper.find('progress').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toContain('Saved portfolio-2026-12-07.xlsx');
    expect(wrapper.emitted('downloaded')).toEqual([['portfolio-2026-12-07.xlsx', 2048]]);
    wrapper.unmount();
  });

  it('shows a bar without an end and the bytes so far when the server streams without a length', async () => {
    const s = streamed(XLSX);
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(s.response));
    const wrapper = mountButton();
    await wrapper.get('[data-testid="download-portfolio-xlsx-button"]').trigger('click');
    s.send(3000);
    await flushPromises();
    expect(wrapper.get('progress').attributes('value')).toBeUndefined();
    expect(wrapper.get('[data-testid="download-portfolio-xlsx-progress"]').text()).toBe('2.9 KB received');
    s.end();
    await flushPromises();
    expect(saved).toHaveLength(1);
    wrapper.unmount();
  });

  it('says beside the button why the server refused, and saves nothing', async () => {
    const refusal = { ok: false, status: 400, headers: new Headers(), json: async () => ({ errors: [{ message: 'yearFrom must be a year from 1900 to 2100.', extensions: { code: 'BAD_USER_INPUT', field: 'yearFrom' } }] }) };
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(refusal));
    const wrapper = mountButton({ yearFrom: 1800 });
    const button = wrapper.get('[data-testid="download-portfolio-xlsx-button"]');
    await button.trigger('click');
    await flushPromises();
    const error = wrapper.get('[data-testid="download-portfolio-xlsx-error"]');
    expect(error.attributes('role')).toBe('alert');
    expect(error.text()).toBe('yearFrom must be a year from 1900 to 2100.');
    expect(button.attributes('aria-describedby')).toBe(error.attributes('id'));
    expect(saved).toEqual([]);

    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await button.trigger('click');
    await flushPromises();
    expect(wrapper.get('[data-testid="download-portfolio-xlsx-error"]').text()).toContain('could not be reached');
    wrapper.unmount();
  });

  it('stops when cancelled, without an error', async () => {
    const fetch = vi.fn((_url: string, init: RequestInit) => new Promise((_resolve, reject) => init.signal!.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')))));
    vi.stubGlobal('fetch', fetch);
    const wrapper = mountButton();
    await wrapper.get('[data-testid="download-portfolio-xlsx-button"]').trigger('click');
    await wrapper.get('[data-testid="download-portfolio-xlsx-cancel"]').trigger('click');
    await flushPromises();
    expect(wrapper.find('[data-testid="download-portfolio-xlsx-error"]').exists()).toBe(false);
    expect(wrapper.get('[role="status"]').text()).toBe('Download cancelled.');
    expect(saved).toEqual([]);
    wrapper.unmount();
  });
});
