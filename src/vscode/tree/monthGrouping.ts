import { UNDATED, type DayGroup } from '../../core/index/corpusIndex';

/** An outlet with more dated days than this shows months first (outlet → month → day → articles). */
export const MONTH_GROUPING_THRESHOLD = 60;

/** A month (`YYYY-MM`) of one outlet, with its article count. */
export interface MonthGroup {
  outlet: string;
  month: string;
  count: number;
}

/** What an outlet node shows: its days, or its months (newest first) then the undated day, if any. */
export type OutletChildren = { kind: 'days'; days: DayGroup[] } | { kind: 'months'; months: MonthGroup[]; undated?: DayGroup };

/** The `YYYY-MM` month of a `YYYY-MM-DD` day. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** Groups an outlet's days (newest first, undated last, as `CorpusIndex.days` gives them) by month when there are many. */
export function outletChildren(days: readonly DayGroup[], threshold = MONTH_GROUPING_THRESHOLD): OutletChildren {
  const dated = days.filter((d) => d.day !== UNDATED);
  if (dated.length <= threshold) return { kind: 'days', days: [...days] };
  const months: MonthGroup[] = [];
  for (const d of dated) {
    const month = monthOf(d.day);
    const last = months[months.length - 1];
    if (last?.month === month) last.count += d.count;
    else months.push({ outlet: d.outlet, month, count: d.count });
  }
  const undated = days.find((d) => d.day === UNDATED);
  return undated ? { kind: 'months', months, undated } : { kind: 'months', months };
}

/** The days of one month (newest first). */
export function daysOfMonth(days: readonly DayGroup[], month: string): DayGroup[] {
  return days.filter((d) => d.day !== UNDATED && monthOf(d.day) === month);
}
