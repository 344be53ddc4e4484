import type { RawArticle } from './article';
import { parseDateText, plausibleEpoch } from './parseDate';

export { parseDateText } from './parseDate';

/**
 * The publication instant of a raw article (epoch ms): the date it writes (front matter `date`,
 * a feed dump's `<i>` date), else a feed dump's `<!--epoch-ms-->` comment; undefined when neither is usable.
 * Dates written without a zone are taken as UTC.
 */
export function parsePublished(raw: Pick<RawArticle, 'dateText' | 'epochMs'>): number | undefined {
  const written = raw.dateText === undefined ? undefined : parseDateText(raw.dateText);
  if (written !== undefined) return written;
  return raw.epochMs === undefined ? undefined : plausibleEpoch(raw.epochMs);
}

/** `YYYY-MM-DD` of an instant in an IANA time zone (default: the machine's; an invalid zone falls back to UTC). */
export function dayKey(epochMs: number, timeZone?: string): string {
  const p = zonedFields(epochMs, timeZone);
  return `${p.year}-${p.month}-${p.day}`;
}

/** `HH:mm` (24-hour) of an instant in an IANA time zone, with the same defaults as `dayKey`. */
export function timeOfDay(epochMs: number, timeZone?: string): string {
  const p = zonedFields(epochMs, timeZone);
  return `${p.hour}:${p.minute}`;
}

/** `YYYY-MM-DD HH:mm` of an instant in an IANA time zone, with the same defaults as `dayKey`. */
export function formatDateTime(epochMs: number, timeZone?: string): string {
  const p = zonedFields(epochMs, timeZone);
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

interface ZonedFields {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
}

/** One formatter per zone: creating an `Intl.DateTimeFormat` costs far more than using one. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      });
    } catch {
      formatter = formatterFor('UTC');
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

function zonedFields(epochMs: number, timeZone: string | undefined): ZonedFields {
  const fields: ZonedFields = { year: '', month: '', day: '', hour: '', minute: '' };
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    if (part.type in fields) fields[part.type as keyof ZonedFields] = part.value;
  }
  fields.year = fields.year.padStart(4, '0');
  return fields;
}
