import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInput, NotFound } from '../common/errors.js';
import { Project } from '../project/project.entity.js';
import { Frequency } from './indicator.entity.js';
import { IndicatorValue, ReportingPeriod } from './reporting.entity.js';

const MONTHS: Record<Frequency, number> = { MONTHLY: 1, QUARTERLY: 3, SEMI_ANNUAL: 6, ANNUAL: 12 };

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m, d)).toISOString().slice(0, 10);

function label(frequency: Frequency, year: number, month: number): string {
  switch (frequency) {
    case Frequency.MONTHLY:
      return `${year}-${String(month + 1).padStart(2, '0')}`;
    case Frequency.QUARTERLY:
      return `${year}-Q${month / 3 + 1}`;
    case Frequency.SEMI_ANNUAL:
      return `${year}-H${month / 6 + 1}`;
    case Frequency.ANNUAL:
      return String(year);
  }
}

/** Most reporting periods a project may have: 25 years of monthly reports. */
export const MAX_PERIODS = 300;

/** How many calendar periods cover the dates from `start` to `end`, worked out without listing them. */
export function periodCount(frequency: Frequency, start: string, end: string): number {
  const step = MONTHS[frequency];
  const [y0, m0] = start.split('-').map(Number);
  const [y1, m1] = end.split('-').map(Number);
  const first = y0 * 12 + Math.floor((m0 - 1) / step) * step;
  const last = y1 * 12 + Math.floor((m1 - 1) / step) * step;
  return Math.max(0, Math.floor((last - first) / step) + 1);
}

/**
 * Calendar periods (quarters, halves, years …) that cover the dates from `start` to `end`. Refuses a
 * calendar of more than MAX_PERIODS before listing any, so no request can keep the server busy with it.
 */
export function calendarPeriods(frequency: Frequency, start: string, end: string): { label: string; startDate: string; endDate: string }[] {
  const count = periodCount(frequency, start, end);
  if (count > MAX_PERIODS) {
    throw new InvalidInput([{ field: 'frequency', message: `the planned dates would make ${count} ${frequency.toLowerCase().replace('_', '-')} periods; at most ${MAX_PERIODS} are allowed: choose a longer period` }]);
  }
  const step = MONTHS[frequency];
  const [y0, m0] = start.split('-').map(Number);
  let year = y0;
  let month = Math.floor((m0 - 1) / step) * step;
  const out = [];
  while (out.length < count) {
    out.push({ label: label(frequency, year, month), startDate: iso(year, month, 1), endDate: iso(year, month + step, 0) });
    month += step;
    if (month >= 12) (year += 1), (month -= 12);
  }
  return out;
}

export function projectPeriods(em: EntityManager, projectId: string): Promise<ReportingPeriod[]> {
  return em.find(ReportingPeriod, { project: projectId }, { orderBy: { startDate: 'asc' } });
}

/**
 * Sets the project's reporting calendar over its planned dates. Periods that already hold values are kept;
 * a calendar that would drop them is refused.
 */
export async function setReportingCalendar(em: EntityManager, projectId: string, frequency: Frequency): Promise<ReportingPeriod[]> {
  return em.transactional(async (tx) => {
    const project = await tx.findOne(Project, { id: projectId });
    if (!project) throw new NotFound('Project', projectId, 'projectId');
    const wanted = calendarPeriods(frequency, project.plannedStart, project.plannedEnd);
    const existing = await projectPeriods(tx, projectId);
    const keep = new Set(wanted.map((w) => `${w.startDate}|${w.endDate}`));
    const dropped = existing.filter((p) => !keep.has(`${p.startDate}|${p.endDate}`));
    if (dropped.length) {
      const used = await tx.count(IndicatorValue, { period: { $in: dropped } });
      if (used) throw new InvalidInput([{ field: 'frequency', message: `${used} value(s) are stored in periods this calendar would remove` }]);
      dropped.forEach((p) => tx.remove(p));
      // Removed before the new periods are added: a year may start on the day a dropped quarter did.
      await tx.flush();
    }
    const have = new Set(existing.map((p) => `${p.startDate}|${p.endDate}`));
    for (const w of wanted) if (!have.has(`${w.startDate}|${w.endDate}`)) tx.create(ReportingPeriod, { project, ...w });
    await tx.flush();
    return projectPeriods(tx, projectId);
  });
}
