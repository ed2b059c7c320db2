/**
 * The order of the periods in the values grid. People open the grid to report on the period under way
 * and plan the ones coming, so those come first (in date order); the periods already over follow, also in
 * date order. `dateOrder` lists them all by date instead, e.g. to paste a column copied from a workbook.
 */
export type PeriodPlace = 'current' | 'upcoming' | 'earlier';

export interface PlacedPeriod<P> {
  period: P;
  place: PeriodPlace;
  /** The first of the earlier periods, when periods are listed before it: where the grid marks the turn. */
  startsEarlier: boolean;
}

export function placeOf(period: { startDate: string; endDate: string }, today: string): PeriodPlace {
  if (period.startDate > today) return 'upcoming';
  return period.endDate >= today ? 'current' : 'earlier';
}

export function orderPeriods<P extends { startDate: string; endDate: string }>(periods: readonly P[], today: string, dateOrder = false): PlacedPeriod<P>[] {
  const byDate = [...periods].sort((a, b) => a.startDate.localeCompare(b.startDate));
  const placed = byDate.map((period) => ({ period, place: placeOf(period, today), startsEarlier: false }));
  if (dateOrder) return placed;
  const ahead = placed.filter((p) => p.place !== 'earlier');
  const earlier = placed.filter((p) => p.place === 'earlier');
  if (ahead.length && earlier.length) earlier[0].startsEarlier = true;
  return [...ahead, ...earlier];
}

/** The rows a paste from `row` may fill: the part of the grid it starts in ([first, end)). */
export function sectionOf(placed: readonly PlacedPeriod<unknown>[], row: number): [number, number] {
  const turn = placed.findIndex((p) => p.startsEarlier);
  if (turn < 0) return [0, placed.length];
  return row < turn ? [0, turn] : [turn, placed.length];
}
