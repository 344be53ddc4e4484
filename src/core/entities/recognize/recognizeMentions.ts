/**
 * Finds person and organization mentions in one document's plain text. Pure and per document, so results
 * can be cached by text and serialized.
 */

import type { Knowledge, Mention } from '../types';
import { latinGlossAfter, roleBefore, shortFormAfter } from './apposition';
import type { Candidate } from './candidate';
import { chineseNameAfterQuotedRole, chineseNameAt, chineseNameBeforeSaying, findBylines, shortNameAfterRole } from './chineseNames';
import { findDotNames, nameAfterRole, nameBeforeLatinGloss, nameBeforeVerb } from './foreignNames';
import { acceptKnownHit } from './knownNames';
import { lexiconFor, type Lexicon, type LexiconValue } from './lexicon';
import { findMediaSources, findOutletsBeforeCiting } from './mediaSources';
import { findAgenciesAsSources, findCityCountGroups, ministryAt, ministryInsideTitle, suffixOrgAt } from './orgPatterns';
import { dropPatternsWrappingKnownNames, resolveOverlaps } from './overlaps';
import { abbreviationsOfEarlierOrgs, orgsInListsWithOrgs, propagateWithinDocument } from './propagate';
import { scratchBytes, scratchInts } from './scratch';
import type { TrieHit } from './trie';

/** Mentions of people and organizations in `text`: non-overlapping, longest match wins, sorted by offset. */
export function recognizeMentions(text: string, knowledge: Knowledge): Mention[] {
  const lexicon = lexiconFor(knowledge);
  const hits: Array<TrieHit<LexiconValue>> = [];
  lexicon.main.matchesEverywhere(text, hits);

  const nameStartAt = scratchBytes(0, text.length + 1);
  for (const hit of hits) if (hit.value.kind === 'known' || hit.value.kind === 'place') nameStartAt[hit.start] = 1;
  const candidates = candidatesFromHits(text, hits, lexicon, nameStartAt);
  findDotNames(text, lexicon, candidates);
  findBylines(text, lexicon, candidates);
  findAgenciesAsSources(text, nameStartAt, candidates);
  findLatinGlossedNames(text, lexicon, candidates);
  findMediaSources(text, candidates);
  findOutletsBeforeCiting(text, lexicon, nameStartAt, candidates);
  findCityCountGroups(text, lexicon, candidates);

  const placeStartAt = placeCover(hits, text.length);
  const valid = candidates.filter((candidate) => candidate.type === 'block' || isWellBounded(text, candidate, placeStartAt));
  const chosen = resolveOverlaps(dropPatternsWrappingKnownNames(valid), text.length);
  const taken = scratchBytes(1, text.length + 1);
  for (const candidate of chosen) for (let i = candidate.start; i < candidate.end; i++) taken[i] = 1;
  chosen.push(...definedShortForms(text, chosen, taken));
  chosen.push(...orgsInListsWithOrgs(text, chosen, taken));
  chosen.push(...abbreviationsOfEarlierOrgs(text, chosen, taken, lexicon));
  const entities: Candidate[] = [];
  for (const candidate of chosen) if (candidate.type !== 'block') entities.push(candidate);
  for (const candidate of propagateWithinDocument(text, chosen, taken)) entities.push(candidate);
  entities.sort((a, b) => a.start - b.start);
  return toMentions(text, entities, lexicon);
}

/** Candidates proposed directly by dictionary hits: knowledge names, blockers, and the patterns hits trigger. */
function candidatesFromHits(
  text: string,
  hits: ReadonlyArray<TrieHit<LexiconValue>>,
  lexicon: Lexicon,
  nameStartAt: Uint8Array,
): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of hits) {
    const value = hit.value;
    switch (value.kind) {
      case 'known':
        if (acceptKnownHit(text, hit, value)) out.push({ start: hit.start, end: hit.end, type: value.type, source: 'known' });
        break;
      case 'place':
        out.push({ start: hit.start, end: hit.end, type: 'block', source: 'block' });
        break;
      case 'role':
        out.push({ start: hit.start, end: hit.end, type: 'block', source: 'block' });
        {
          const before = out.length;
          pushIf(out, nameAfterRole(text, hit.end, lexicon));
          pushIf(out, chineseNameAt(text, hit.end, lexicon));
          if (out.length === before) pushIf(out, shortNameAfterRole(text, hit.end, lexicon));
          pushIf(out, chineseNameAfterQuotedRole(text, hit.start, hit.end, lexicon));
        }
        break;
      case 'ministry':
        pushIf(out, ministryAt(text, hit.start, hit.end, lexicon));
        break;
      case 'orgSuffix':
        pushIf(out, suffixOrgAt(text, hit.start, hit.end, lexicon, nameStartAt));
        break;
      case 'sayingVerb':
        pushIf(out, nameBeforeVerb(text, hit.start, lexicon));
        pushIf(out, chineseNameBeforeSaying(text, hit.start, lexicon));
        break;
      case 'actionVerb':
        pushIf(out, nameBeforeVerb(text, hit.start, lexicon));
        break;
    }
  }
  return out;
}

function pushIf(out: Candidate[], candidate: Candidate | undefined): void {
  if (candidate) out.push(candidate);
}

/** Names right before a Latin gloss in parentheses: 卢岚(Victoria Nuland). */
function findLatinGlossedNames(text: string, lexicon: Lexicon, out: Candidate[]): void {
  const paren = /[（(]\s*[A-Z][a-z]/g;
  for (let match = paren.exec(text); match; match = paren.exec(text)) {
    let end = match.index;
    if (text[end - 1] === ' ') end--;
    const candidate = nameBeforeLatinGloss(text, end, lexicon);
    if (candidate && latinGlossAfter(text, end)?.includes(' ')) out.push(candidate);
  }
}

/** Org short forms defined in parentheses after the full name (see `shortFormAfter`), where the text is free. */
function definedShortForms(text: string, chosen: readonly Candidate[], taken: Uint8Array): Candidate[] {
  const added: Candidate[] = [];
  for (const candidate of chosen) {
    if (candidate.type !== 'org') continue;
    const span = shortFormAfter(text, candidate.start, candidate.end);
    if (!span || taken.subarray(span.start, span.end).some((flag) => flag === 1)) continue;
    taken.fill(1, span.start, span.end);
    added.push({ start: span.start, end: span.end, type: 'org', source: 'pattern' });
  }
  return added;
}

/** For each offset inside a place name, the start of the earliest place covering it (-1 when none). */
function placeCover(hits: ReadonlyArray<TrieHit<LexiconValue>>, length: number): Int32Array {
  const cover = scratchInts(0, length + 1, -1);
  for (const hit of hits) {
    if (hit.value.kind !== 'place') continue;
    for (let i = hit.start; i < hit.end; i++) if (cover[i] === -1 || cover[i]! > hit.start) cover[i] = hit.start;
  }
  return cover;
}

/**
 * A mention must not start inside a place name (俄罗斯国防部 inside 白俄罗斯国防部) and an org must not be
 * the front of a job title (俄罗斯外交部 in 俄罗斯外交部长).
 */
function isWellBounded(text: string, candidate: Candidate, placeStartAt: Int32Array): boolean {
  const coveringPlace = placeStartAt[candidate.start]!;
  if (coveringPlace !== -1 && coveringPlace < candidate.start) return false;
  if (candidate.type === 'org' && /[部省]$/.test(text.slice(candidate.end - 1, candidate.end)) && ministryInsideTitle(text, candidate.end)) return false;
  return true;
}

function toMentions(text: string, entities: readonly Candidate[], lexicon: Lexicon): Mention[] {
  const orgEnds = new Map<number, number>();
  for (const candidate of entities) if (candidate.type === 'org') orgEnds.set(candidate.end, candidate.start);
  return entities.map((candidate) => {
    const type = candidate.type === 'org' ? 'org' : 'person';
    const mention: Mention = { start: candidate.start, end: candidate.end, surface: text.slice(candidate.start, candidate.end), type };
    if (type === 'person') {
      const role = roleBefore(text, candidate.start, lexicon, orgEnds);
      if (role) mention.role = role;
    }
    const english = latinGlossAfter(text, candidate.end);
    if (english) mention.english = english;
    const short = type === 'org' ? shortFormAfter(text, candidate.start, candidate.end) : undefined;
    if (short) mention.shortForm = text.slice(short.start, short.end);
    return mention;
  });
}
