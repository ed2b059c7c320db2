import type { TokenScope } from '../../../gql/graphql';

export const SCOPE_LABELS: Record<TokenScope, string> = { READ: 'Read only', READ_WRITE: 'Read and write' };

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(t: { expiresAt: string; revokedAt?: string | null }, now = new Date()): TokenState {
  if (t.revokedAt) return 'revoked';
  return new Date(t.expiresAt) <= now ? 'expired' : 'active';
}

/** An ISO date `days` from `from` (local calendar), for the expiry picker. */
export function isoDateIn(days: number, from = new Date()): string {
  const d = new Date(from.getFullYear(), from.getMonth(), from.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** A token chosen to expire on a day works until the end of that day, local time. */
export function expiryFromDate(isoDate: string): string {
  return new Date(`${isoDate}T23:59:59`).toISOString();
}

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d);
}
