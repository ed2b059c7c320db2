import type { PortfolioFilter } from '../../gql/graphql';

/** Where the portfolio workbook is served; the query string carries the same filters as `PortfolioFilter`. */
export const PORTFOLIO_XLSX = '/exports/portfolio.xlsx';

/** An export's address: only the parameters that are set, in a stable order. */
export function exportUrl(path: string, params: object | null | undefined): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {}).sort(([a], [b]) => a.localeCompare(b))) {
    if (value !== null && value !== undefined && value !== '' && value !== false) query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The portfolio workbook's address for a filter. */
export const portfolioXlsxUrl = (filter: PortfolioFilter | null | undefined): string => exportUrl(PORTFOLIO_XLSX, filter);

export interface Progress {
  received: number;
  /** From Content-Length; null when the server streams without announcing a size. */
  total: number | null;
}

/** The file name the server gives in Content-Disposition, or a fallback. */
export function fileNameOf(disposition: string | null, fallback = 'export'): string {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return match ? match[1] : fallback;
}

/** A refusal as the user should read it: the API's own message when it sent one. */
async function refusal(res: Response): Promise<Error> {
  try {
    const body = (await res.json()) as { errors?: { message?: string }[] };
    const message = body.errors?.[0]?.message;
    if (message) return new Error(res.status === 401 ? 'Your session has ended: sign in again to download.' : message);
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return new Error(res.status >= 500 ? 'The server could not produce the file. Try again in a moment.' : `The download was refused (HTTP ${res.status}).`);
}

/**
 * Fetches a file with the session cookie, reporting progress as its bytes arrive, and returns it with its name.
 * Reading the body ourselves (rather than letting the browser navigate to the address) is what lets the page show
 * progress and an error beside the button instead of a blank tab.
 */
export async function fetchFile(url: string, onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<{ blob: Blob; name: string }> {
  const res = await fetch(url, { credentials: 'same-origin', signal, headers: { accept: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, text/csv, application/json' } });
  if (!res.ok) throw await refusal(res);
  const length = Number(res.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = res.headers.get('content-type') ?? 'application/octet-stream';
  const name = fileNameOf(res.headers.get('content-disposition'));
  onProgress({ received: 0, total });
  if (!res.body) {
    const blob = await res.blob();
    onProgress({ received: blob.size, total });
    return { blob, name };
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress({ received, total });
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), name };
}

/** Hands a blob to the browser as a download, through a temporary link. */
export function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(href), 0);
}

/** "512 B", "48.2 KB", "3.1 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
