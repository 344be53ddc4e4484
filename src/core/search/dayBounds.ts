/** Start-of-day instants for `after:` / `before:` filters, in an IANA time zone. */
import type { QueryDay } from './queryParser';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Epoch ms of 00:00 on `day` in `timeZone` (e.g. 'UTC', 'Asia/Shanghai'). */
export function startOfDay(day: QueryDay, timeZone: string): number {
  const utcMidnight = Date.UTC(day.year, day.month - 1, day.day);
  if (timeZone === 'UTC') return utcMidnight;
  // Two rounds settle days where the offset changes (DST) near midnight.
  let instant = utcMidnight - offsetAt(utcMidnight, timeZone);
  instant = utcMidnight - offsetAt(instant, timeZone);
  return instant;
}

/** Offset of `timeZone` from UTC at `instant`, in ms (positive east of Greenwich). */
function offsetAt(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(instant)) parts[part.type] = Number(part.value);
  const local = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return local - Math.floor(instant / 1000) * 1000;
}
