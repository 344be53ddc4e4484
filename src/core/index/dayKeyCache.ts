import { dayKey, formatDateTime } from '../model/date';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/**
 * Instants between these are formatted by arithmetic; others by `dayKey`. From 1973 on, every
 * zone's offset is a whole number of minutes (Liberia's −0:44:30 ended in 1972).
 */
const EARLIEST = Date.UTC(1973, 0, 1);
const LATEST = Date.UTC(9999, 11, 30);

/**
 * `dayKey` for many instants in one time zone, fast: the zone's UTC offset is looked up (with Intl,
 * which is slow) once per UTC day, and the local day is then plain arithmetic. Days on which the
 * offset changes (daylight saving) are passed to `dayKey` itself, so results are always the same.
 */
export class DayKeyCache {
  /** UTC day number → the zone's offset (ms) for that whole day, or NaN when it changes that day. */
  private readonly offsets = new Map<number, number>();
  /** Local day number → its key (articles of a corpus fall on a few thousand days). */
  private readonly keys = new Map<number, string>();

  /** True for UTC itself: no offset to look up (and no Intl time-zone data to load). */
  private readonly utc: boolean;

  constructor(readonly timeZone: string | undefined) {
    this.utc = timeZone !== undefined && /^(?:Etc\/)?(?:UTC|UCT|Zulu|Universal|GMT|Greenwich)$/i.test(timeZone);
  }

  /** `YYYY-MM-DD` of the instant in the cache's time zone (as `dayKey` gives it). */
  of(epochMs: number): string {
    if (!(epochMs >= EARLIEST && epochMs <= LATEST)) return dayKey(epochMs, this.timeZone);
    if (this.utc) return this.keyOfDay(Math.floor(epochMs / DAY_MS));
    const utcDay = Math.floor(epochMs / DAY_MS);
    let offset = this.offsets.get(utcDay);
    if (offset === undefined) {
      const start = this.offsetAt(utcDay * DAY_MS);
      offset = start === this.offsetAt((utcDay + 1) * DAY_MS - MINUTE_MS) ? start : Number.NaN;
      this.offsets.set(utcDay, offset);
    }
    if (Number.isNaN(offset)) return dayKey(epochMs, this.timeZone);
    return this.keyOfDay(Math.floor((epochMs + offset) / DAY_MS));
  }

  /** `YYYY-MM-DD` of a day number (days since 1970-01-01), made once per day. */
  private keyOfDay(day: number): string {
    let key = this.keys.get(day);
    if (key === undefined) {
      key = new Date(day * DAY_MS).toISOString().slice(0, 10);
      this.keys.set(day, key);
    }
    return key;
  }

  /** The zone's offset from UTC at a whole-minute instant, in ms. */
  private offsetAt(epochMs: number): number {
    const local = formatDateTime(epochMs, this.timeZone); // YYYY-MM-DD HH:mm
    const asUtc = Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10)), Number(local.slice(11, 13)), Number(local.slice(14, 16)));
    return asUtc - epochMs;
  }
}
