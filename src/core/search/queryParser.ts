/**
 * Query syntax (the whole query is folded first, so ＂…＂, full-width spaces and `：` work too):
 *
 *   俄罗斯 北约            both terms (AND), each anywhere in title or text
 *   "温迪 谢尔曼"          phrase: the folded text with any whitespace run standing for any
 *                          whitespace run (“…” quotes work as well)
 *   -普京  -"a b"          exclude documents containing the term or phrase
 *   outlet:观察者网        exact outlet name after folding; several outlet: filters = any of them
 *   after:2022-01-10       published on or after that day (inclusive)
 *   before:2022-01-12      published before that day (exclusive); days are in the engine's time zone
 *   in:title               every positive term must occur in the title
 *
 * A `key:value` with an unknown key, or a date that does not parse, is an ordinary term.
 */
import { fold } from './normalize';

/** One positive or negative search term, folded. */
export interface QueryTerm {
  /** Folded term text; for phrases, whitespace runs are collapsed to one space. */
  text: string;
  /** True when the term came from quotes (phrase matching and the phrase boost). */
  phrase: boolean;
}

/** A calendar day `YYYY-MM-DD` as written in the query; the engine resolves its time zone. */
export interface QueryDay {
  year: number;
  month: number;
  day: number;
}

/** The structured form of a query string. */
export interface ParsedQuery {
  terms: QueryTerm[];
  excluded: QueryTerm[];
  /** Folded outlet names; empty = any outlet. */
  outlets: string[];
  /** Inclusive lower bound day. */
  after?: QueryDay;
  /** Exclusive upper bound day. */
  before?: QueryDay;
  /** All positive terms must be in the title. */
  titleOnly: boolean;
}

const TOKEN = /(-?)(?:([a-z]+:)?(?:"([^"]*)"?|“([^”]*)”?)|(\S+))/g;
const FILTER = /^(outlet|after|before|in):(.*)$/;
const DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/** Parses a query string (see the module comment for the syntax). */
export function parseQuery(query: string): ParsedQuery {
  const parsed: ParsedQuery = { terms: [], excluded: [], outlets: [], titleOnly: false };
  for (const match of fold(query).matchAll(TOKEN)) {
    const negated = match[1] === '-';
    const prefix = match[2] ?? '';
    const quoted = match[3] ?? match[4];
    const target = negated ? parsed.excluded : parsed.terms;
    if (quoted !== undefined) {
      const text = collapseSpaces(quoted);
      if (prefix && !negated && applyFilter(parsed, prefix + text)) continue;
      if (prefix + text) target.push({ text: prefix + text, phrase: true });
      continue;
    }
    const bare = match[5];
    if (bare === undefined || bare === '-') continue;
    if (!negated && applyFilter(parsed, bare)) continue;
    target.push({ text: bare, phrase: false });
  }
  return parsed;
}

/** Applies `key:value` to `parsed` when it is a known filter; false when it is an ordinary term. */
function applyFilter(parsed: ParsedQuery, token: string): boolean {
  const filter = FILTER.exec(token);
  if (!filter) return false;
  const [, key, value] = filter;
  switch (key) {
    case 'outlet':
      if (!value) return false;
      parsed.outlets.push(value);
      return true;
    case 'in':
      if (value !== 'title') return false;
      parsed.titleOnly = true;
      return true;
    case 'after':
    case 'before': {
      const day = parseDay(value);
      if (!day) return false;
      parsed[key] = day;
      return true;
    }
    default:
      return false;
  }
}

function parseDay(value: string): QueryDay | undefined {
  const match = DAY.exec(value);
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (day.month < 1 || day.month > 12 || day.day < 1 || day.day > 31) return undefined;
  return day;
}

function collapseSpaces(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
