import type { RawArticle } from './article';
import { KNOWN_OUTLET_HOSTS, MEDIUM_CATEGORIES, OUTLET_ALIASES } from './knownOutlets';

/** Shown (by the UI, localized) for articles whose outlet cannot be told. */
export const UNKNOWN_OUTLET = 'Unknown';

/**
 * The readable outlet name of a raw article: front matter `author`, else the outlet category
 * (the one after a medium category such as 新媒体), else the URL host's known outlet name or the
 * bare host without `www.`. Returns '' when the source names no outlet at all.
 */
export function resolveOutlet(raw: Pick<RawArticle, 'outletHint' | 'categories' | 'url'>): string {
  const named = raw.outletHint ?? outletCategory(raw.categories);
  if (named) return canonicalOutletName(named);
  return raw.url ? outletFromUrl(raw.url) : '';
}

/** A name as given, with whitespace tidied and known variant spellings mapped to one name. */
export function canonicalOutletName(name: string): string {
  const tidy = name.replace(/\s+/g, ' ').trim();
  return OUTLET_ALIASES.get(tidy.toLowerCase()) ?? tidy;
}

/** The known outlet of a URL's host (and path), else its host without `www.`; '' for a malformed URL. */
export function outletFromUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '';
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  let best: { name: string; rank: number } | undefined;
  for (const entry of KNOWN_OUTLET_HOSTS) {
    if (host !== entry.host && !host.endsWith('.' + entry.host)) continue;
    if (entry.pathPrefix && !parsed.pathname.startsWith(entry.pathPrefix)) continue;
    const rank = entry.host.length + (entry.pathPrefix ? 1000 : 0);
    if (!best || rank > best.rank) best = { name: entry.name, rank };
  }
  return best?.name ?? host;
}

function outletCategory(categories: readonly string[] | undefined): string | undefined {
  if (!categories || categories.length < 2) return undefined;
  return MEDIUM_CATEGORIES.has(categories[0].trim()) ? categories[1] : undefined;
}
