/**
 * Comparison keys for surface forms: dot folding, country-abbreviation folding (俄外交部 = 俄罗斯外交部),
 * order-insensitive compounds (俄罗斯-北约理事会 = 北约-俄罗斯理事会), and phonetic keys for transliterations
 * (里亚布科夫 = 利亚布科夫 by pinyin; 谢尔曼 ~ 舍曼 by consonant skeleton).
 */

import { pinyin } from 'pinyin-pro';
import { COUNTRY_ABBREVIATIONS, COUNTRY_NAMES } from '../lexicon/places';
import { MINISTRY_CORES, ORG_SUFFIXES } from '../lexicon/orgSuffixes';
import { foldDots } from '../lexicon/transliteration';
import { withoutOutletKind } from '../recognize/outletKinds';

const SUFFIXES_LONGEST_FIRST = [...ORG_SUFFIXES].sort((a, b) => b.length - a.length);
const HYPHENS = /[-–—－]/;
/** After a one-character country abbreviation, what makes it an abbreviated country prefix (俄外交部, 美国务院, 乌国防部). */
const FOLDABLE_REST = new RegExp(`^(?:${[...MINISTRY_CORES].sort((a, b) => b.length - a.length).join('|')})[部省]$|^(?:国务院|国会|议会|参议院|众议院|驻|总统|政府|央行|联邦|国家|中央)`);

/** Key under which two org surfaces are the same organization (新华社客户端 = 新华社: see `withoutOutletKind`). */
export function orgKey(surface: string): string {
  let key = foldDots(surface).replace(/\s+/g, '');
  key = withoutOutletKind(key) ?? key;
  const first = key[0] ?? '';
  const country = COUNTRY_ABBREVIATIONS.get(first);
  if (country && !key.startsWith(country) && key.length >= 3 && !startsWithCountry(key) && FOLDABLE_REST.test(key.slice(1))) key = country + key.slice(1);
  if (HYPHENS.test(key)) {
    const suffix = SUFFIXES_LONGEST_FIRST.find((candidate) => key.endsWith(candidate)) ?? '';
    const parts = key.slice(0, key.length - suffix.length).split(HYPHENS).filter(Boolean).sort();
    key = parts.join('-') + suffix;
  }
  return key;
}

function startsWithCountry(key: string): boolean {
  for (let length = 2; length <= 6; length++) if (COUNTRY_NAMES.has(key.slice(0, length))) return true;
  return false;
}

/** The country a key starts with (full name, or a one-character abbreviation) and the rest, if any. */
export function splitLeadingCountry(key: string): { country: string; rest: string } | undefined {
  for (let length = 6; length >= 2; length--) {
    if (COUNTRY_NAMES.has(key.slice(0, length)) && key.length - length >= 2) return { country: key.slice(0, length), rest: key.slice(length) };
  }
  const abbreviated = COUNTRY_ABBREVIATIONS.get(key[0] ?? '');
  return abbreviated && key.length >= 4 ? { country: abbreviated, rest: key.slice(1) } : undefined;
}

/** Key for a person surface: dots folded, spaces removed. */
export function personKey(surface: string): string {
  return foldDots(surface).replace(/\s+/g, '');
}

/** The last part of a dot-joined name (格鲁什科 of 亚历山大·格鲁什科), or undefined. */
export function lastNamePart(key: string): string | undefined {
  const dot = key.lastIndexOf('·');
  return dot > 0 && dot < key.length - 1 ? key.slice(dot + 1) : undefined;
}

/** The first part of a dot-joined name (温迪 of 温迪·舍曼), or undefined. */
export function firstNamePart(key: string): string | undefined {
  const dot = key.indexOf('·');
  return dot > 0 ? key.slice(0, dot) : undefined;
}

const syllableCache = new Map<string, string[]>();

/** Toneless pinyin syllables of Han text (cached). */
function syllables(text: string): string[] {
  let result = syllableCache.get(text);
  if (!result) {
    result = pinyin(text, { toneType: 'none', type: 'array', v: true });
    syllableCache.set(text, result);
  }
  return result;
}

const MAX_CACHED_KEYS = 100_000;
const pinyinKeys = new Map<string, string>();
const skeletonKeys = new Map<string, string>();

/** `compute(key)`, remembered in `cache` (emptied when it grows past `MAX_CACHED_KEYS`). */
function cached(cache: Map<string, string>, key: string, compute: (key: string) => string): string {
  let value = cache.get(key);
  if (value === undefined) {
    value = compute(key);
    if (cache.size >= MAX_CACHED_KEYS) cache.clear();
    cache.set(key, value);
  }
  return value;
}

/** Toneless pinyin of the surname part (last dot part, or all): 里亚布科夫 and 利亚布科夫 share `li ya bu ke fu`. Cached. */
export function pinyinKey(key: string): string {
  return cached(pinyinKeys, key, (text) => syllables(lastNamePart(text) ?? text).join(' '));
}

/**
 * Coarse consonant skeleton of the surname part, for transliteration variants written with different characters:
 * 尔 (a bare r) is dropped, sh/x/s, zh/j/z, ch/q/c, l/r merge; vowels go. 谢尔曼 and 舍曼 both give `s m`. Cached.
 */
export function skeletonKey(key: string): string {
  return cached(skeletonKeys, key, computeSkeletonKey);
}

function computeSkeletonKey(key: string): string {
  const parts: string[] = [];
  for (const syllable of syllables(lastNamePart(key) ?? key)) {
    if (syllable === 'er') continue;
    const initial = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?/.exec(syllable)?.[0] ?? '';
    parts.push(({ zh: 'z', j: 'z', ch: 'c', q: 'c', sh: 's', x: 's', r: 'l', w: '', y: '' } as Record<string, string>)[initial] ?? initial);
  }
  return parts.join(' ');
}
