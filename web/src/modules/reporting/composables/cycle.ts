/**
 * The reporting cycle as the pages show it: what each state is called, which period a page opens on, and
 * what the signed-in user may do with a report. The API decides; these only choose what to offer.
 */
import type { UpdateState } from '../../../gql/graphql';

export const STATE_WORDS: Record<UpdateState, { label: string; severity: string; icon: string }> = {
  NOT_REPORTED: { label: 'Not reported', severity: 'secondary', icon: 'pi-circle' },
  DRAFT: { label: 'Draft', severity: 'info', icon: 'pi-pencil' },
  SUBMITTED: { label: 'Submitted', severity: 'warn', icon: 'pi-send' },
  RETURNED: { label: 'Returned', severity: 'danger', icon: 'pi-replay' },
  APPROVED: { label: 'Approved', severity: 'success', icon: 'pi-check-circle' },
};

export interface ReportLike {
  state: UpdateState;
  locked: boolean;
  period: { id: string; endDate: string };
}

export interface PeriodLike {
  id: string;
  label: string;
  startDate: string;
  endDate: string;
}

export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/**
 * The period a reporting page opens on: the latest one that has ended and still has a report not approved
 * among those shown; else the latest that has ended; else the first (a project that has not reached the end
 * of its first period yet).
 */
export function defaultPeriodId(periods: PeriodLike[], reports: ReportLike[], today = todayIso()): string | null {
  const ended = periods.filter((p) => p.endDate < today).sort((a, b) => b.endDate.localeCompare(a.endDate));
  const open = ended.find((p) => reports.some((r) => r.period.id === p.id && r.state !== 'APPROVED'));
  return open?.id ?? ended[0]?.id ?? periods[0]?.id ?? null;
}

/** Reporters and managers write and submit an open report; a submitted or locked one waits on a manager. */
export const mayWrite = (r: ReportLike, canReport: boolean): boolean => canReport && !r.locked && r.state !== 'SUBMITTED';

/** A manager approves a submitted report, or a draft or returned one directly (its own work, often). */
export const mayApprove = (r: ReportLike, manages: boolean): boolean => manages && !r.locked && r.state !== 'APPROVED' && r.state !== 'NOT_REPORTED';

export const mayReturn = (r: ReportLike, manages: boolean): boolean => manages && r.state === 'SUBMITTED';

export const mayUnlock = (r: ReportLike, manages: boolean): boolean => manages && r.locked;

/**
 * Period labels of the same calendar before `label`, newest first: "2026-Q3" → 2026-Q2, 2026-Q1, 2025-Q4 …
 * The programme page offers them because the API has no list of a programme's period labels.
 */
export function earlierLabels(label: string, count: number): string[] {
  const m = /^(\d{4})(?:-([QH])(\d)|-(\d{2}))?$/.exec(label);
  if (!m) return [];
  const kind = m[2] ?? (m[4] ? 'M' : 'Y');
  const perYear = { Q: 4, H: 2, M: 12, Y: 1 }[kind] ?? 1;
  let year = Number(m[1]);
  let n = Number(m[3] ?? m[4] ?? 1);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    n -= 1;
    if (n < 1) {
      year -= 1;
      n = perYear;
    }
    out.push(kind === 'Y' ? String(year) : kind === 'M' ? `${year}-${String(n).padStart(2, '0')}` : `${year}-${kind}${n}`);
  }
  return out;
}

const WHEN = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
export const formatWhen = (iso: string | null | undefined): string => (iso ? WHEN.format(new Date(iso)) : '');

/** Evidence links as typed, one per line; blank lines dropped. */
export const linesOf = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * Whether the signed-in user takes part in a project's reporting: its managers (`canEdit`) and the partner
 * reporters named on it; the API refuses the reporting pages to everyone else.
 */
export function reportsOn(user: { roles: { role: string; project?: { id: string } | null }[] } | null, projectId: string, manages: boolean): boolean {
  return manages || !!user?.roles.some((r) => r.role === 'PARTNER_REPORTER' && r.project?.id === projectId);
}

/** Whether the signed-in user follows a programme's reporting: its managers, and partner reporters of its projects. */
export function followsProgramme(user: { roles: { role: string; project?: { id: string } | null }[] } | null, projectIds: string[], manages: boolean): boolean {
  return manages || !!user?.roles.some((r) => r.role === 'PARTNER_REPORTER' && !!r.project && projectIds.includes(r.project.id));
}
