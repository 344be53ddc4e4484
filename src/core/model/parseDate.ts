/**
 * Publication dates as scraped sources write them, to epoch milliseconds.
 * Accepted: RFC 822/1123 (`Thu, 13 Jan 2022 03:36:35 GMT`, `+0800`, US zone names),
 * ISO 8601 (`2022-01-11T01:33:44.003Z`, offsets, a space instead of `T`, date only),
 * `2022/01/13 10:30`, Chinese `2022年1月13日` (optionally `10:30` or `10时30分`), and epoch
 * seconds or milliseconds written as digits. A date written without a zone is taken as UTC.
 * Impossible dates (31 February, hour 25, a year before 1900 or after 2100) give undefined.
 */

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

/** RFC 822 zone names in minutes east of UTC (CST is US Central, as RFC 822 defines it). */
const ZONE_NAMES: Readonly<Record<string, number>> = {
  gmt: 0, ut: 0, utc: 0, z: 0, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
};

const RFC_822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;
const ISO_LIKE =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(z|[+-]\d{2}(?::?\d{2})?)?$/i;
const CHINESE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](?:\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:\s*[:：]?\s*(\d{1,2})\s*秒?)?)?$/;
const EPOCH_DIGITS = /^\d{9,14}$/;

/** Epoch ms of a date as written, or undefined when it is not a date this reader knows or is impossible. */
export function parseDateText(text: string): number | undefined {
  const s = text.trim();
  if (EPOCH_DIGITS.test(s)) return epochFromDigits(s);
  let m = RFC_822.exec(s);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    const zone = m[7] === undefined ? 0 : zoneMinutes(m[7]);
    if (month === undefined || zone === undefined) return undefined;
    return instant(fullYear(m[3]), month, +m[1], +m[4], +m[5], +(m[6] ?? 0), 0, zone);
  }
  m = ISO_LIKE.exec(s);
  if (m) {
    const zone = m[9] === undefined ? 0 : zoneMinutes(m[9]);
    if (zone === undefined) return undefined;
    const ms = m[8] ? +m[8].slice(0, 3).padEnd(3, '0') : 0;
    return instant(+m[1], +m[3], +m[4], +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0), ms, zone);
  }
  m = CHINESE.exec(s);
  if (m) return instant(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), 0, 0);
  return undefined;
}

/** An epoch ms value if it falls in the accepted years, else undefined. */
export function plausibleEpoch(epochMs: number): number | undefined {
  if (!Number.isFinite(epochMs)) return undefined;
  const year = new Date(epochMs).getUTCFullYear();
  return year >= MIN_YEAR && year <= MAX_YEAR ? epochMs : undefined;
}

/** Up to 11 digits are epoch seconds, more are milliseconds. */
function epochFromDigits(digits: string): number | undefined {
  const n = Number(digits);
  return plausibleEpoch(digits.length <= 11 ? n * 1000 : n);
}

function fullYear(digits: string): number {
  if (digits.length === 4) return +digits;
  const yy = +digits;
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/** `+0800`, `+08:00`, `+08`, `-0500`, `Z`, `GMT`, `EST` … in minutes east of UTC. */
function zoneMinutes(zone: string): number | undefined {
  const named = ZONE_NAMES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const hours = +m[2];
  const minutes = +(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Epoch ms of calendar fields at a zone offset, checking every field is possible. */
function instant(year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number, offsetMinutes: number): number | undefined {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  return plausibleEpoch(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
