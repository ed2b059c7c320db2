/**
 * The evidence list of a report: download links, upload with progress against a stub XMLHttpRequest (the real
 * upload is covered by tests/server/evidence.test.ts), the server's refusal shown in words, and removal.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h } from 'vue';
import { flushPromises, mount } from '@vue/test-utils';
import ConfirmDialog from 'primevue/confirmdialog';
import EvidenceFiles from '../../web/src/modules/reporting/components/EvidenceFiles.vue';
import { fixtureClient, globalWith } from './support';

const file = { __typename: 'EvidenceFileView' as const, id: 'f1', name: 'Attendance list.pdf', mediaType: 'application/pdf', size: 20480, url: '/evidence/f1', uploadedByName: 'Amina Bello', createdAt: '2026-12-01T10:00:00.000Z' };
const cell = { projectId: 'p1', indicatorId: 'i1', periodId: 'q1' };

/** Records what is sent and answers when the test says so. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

afterEach(() => {
  FakeXhr.sent = [];
  vi.unstubAllGlobals();
});

const mountFiles = (props: Record<string, unknown> = {}, answers: Record<string, unknown> = {}) =>
  mount(EvidenceFiles, { props: { ...cell, files: [file], canChange: true, ...props }, global: globalWith(fixtureClient(answers)), attachTo: document.body });

async function choose(wrapper: ReturnType<typeof mountFiles>, files: File[]) {
  const input = wrapper.get('[data-testid="evidence-input"]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
}

describe('evidence files', () => {
  it('lists each file with a download link, its kind, size and who uploaded it', () => {
    const wrapper = mountFiles({ canChange: false });
    const link = wrapper.get('a[href="/evidence/f1"]');
    expect(link.text()).toBe('Attendance list.pdf');
    expect(wrapper.text()).toContain('PDF, 20 KB');
    expect(wrapper.text()).toContain('Amina Bello');
    expect(wrapper.find('[data-testid="evidence-input"]').exists()).toBe(false);
    expect(wrapper.find('button[aria-label="Remove Attendance list.pdf"]').exists()).toBe(false);
  });

  it('uploads the raw bytes with the preflight header, shows progress, and says when it is done', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const wrapper = mountFiles();
    const chosen = new File(['%PDF-1.4'], 'Workshop report.pdf', { type: 'application/pdf' });
    await choose(wrapper, [chosen]);
    const [xhr] = FakeXhr.sent;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/evidence?projectId=p1&indicatorId=i1&periodId=q1&name=Workshop+report.pdf');
    expect(xhr.headers).toMatchObject({ 'content-type': 'application/octet-stream', 'apollo-require-preflight': 'true' });
    expect(xhr.body).toBe(chosen);
    xhr.upload.onprogress!({ lengthComputable: true, loaded: 40, total: 100 });
    await flushPromises();
    expect(wrapper.get('[data-testid="evidence-progress"]').text()).toContain('40%');
    xhr.answer(201, { file: { ...file, id: 'f2' } });
    await flushPromises();
    expect(wrapper.find('[data-testid="evidence-progress"]').exists()).toBe(false);
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('shows the server’s reason when a file is refused, and does not report a change', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const wrapper = mountFiles();
    await choose(wrapper, [new File(['MZ'], 'tool.pdf')]);
    FakeXhr.sent[0].answer(415, { errors: [{ message: 'Files of type application/x-msdownload are not accepted as evidence.', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
    await flushPromises();
    expect(wrapper.get('[data-testid="evidence-problem"]').text()).toBe('“tool.pdf” was not uploaded: Files of type application/x-msdownload are not accepted as evidence.');
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('refuses a file over the limit before sending it', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const wrapper = mountFiles();
    const big = new File(['x'], 'scan.png');
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    await choose(wrapper, [big]);
    expect(FakeXhr.sent).toHaveLength(0);
    expect(wrapper.get('[data-testid="evidence-problem"]').text()).toContain('up to 10.0 MB');
  });

  it('removes a file after confirmation', async () => {
    // The app mounts one ConfirmDialog for every confirmation; here it sits beside the list.
    const page = defineComponent({ setup: () => () => [h(ConfirmDialog), h(EvidenceFiles, { ...cell, files: [file], canChange: true })] });
    const root = mount(page, { global: globalWith(fixtureClient({ RemoveEvidenceFile: { removeEvidenceFile: true } })), attachTo: document.body });
    const wrapper = root.findComponent(EvidenceFiles);
    await wrapper.get('button[aria-label="Remove Attendance list.pdf"]').trigger('click');
    await flushPromises();
    const accept = [...document.body.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Remove');
    expect(accept).toBeDefined();
    accept!.click();
    await flushPromises();
    expect(wrapper.emitted('changed')).toHaveLength(1);
    root.unmount();
  });
});
