/**
 * Finds person and organization mentions in one document's plain text. Pure and per document, so results
 * can be cached by text and serialized.
 */

import type { Knowledge, Mention } from '../types';
import { latinGlossAfter, roleBefore, shortFormAfter } from './apposition';
import { withoutOutletKind } from './outletKinds';
import { BlockSpans, type Candidate } from './candidate';
import { chineseNameAfterQuotedRole, chineseNameAt, chineseNameBeforeSaying, findBylines, shortNameAfterRole } from './chineseNames';
import { findDotNames, nameAfterRole, nameBeforeLatinGloss, nameBeforeVerb } from './foreignNames';
import { acceptKnownHit } from './knownNames';
import { lexiconFor, SLOT_HAS_PLACE, type Lexicon } from './lexicon';
import { withoutMasthead } from './masthead';
import { findMediaSources, findOutletsBeforeCiting } from './mediaSources';
import { findAgenciesAsSources, findCityCountGroups, ministryAt, ministryInsideTitle, missionInsidePostTitle, suffixOrgAt } from './orgPatterns';
import { dropPatternsWrappingKnownNames, resolveOverlaps } from './overlaps';
import { abbreviationsOfEarlierOrgs, orgsInListsWithOrgs, propagateWithinDocument } from './propagate';
import { scratchBytes, scratchInts } from './scratch';
import { codeTable, inTable } from './chars';
import { HitList } from './trie';

/** Scan results reused between documents (recognition is synchronous and not re-entrant). */
const mainHits = new HitList();
const blockSpans = new BlockSpans();

/** Mentions of people and organizations in `text`: non-overlapping, longest match wins, sorted by offset. */
export function recognizeMentions(text: string, knowledge: Knowledge): Mention[] {
  const lexicon = lexiconFor(knowledge);
  const hits = mainHits;
  lexicon.main.scanEverywhere(text, hits);

  const nameStartAt = scratchBytes(0, text.length + 1);
  const placeStartAt = scratchInts(0, text.length + 1, -1);
  const blocks = blockSpans;
  blocks.clear();
  const candidates = candidatesFromHits(text, hits, lexicon, nameStartAt, placeStartAt, blocks);
  findDotNames(text, lexicon, candidates);
  findBylines(text, lexicon, candidates);
  findAgenciesAsSources(text, nameStartAt, candidates);
  findLatinGlossedNames(text, lexicon, candidates);
  findMediaSources(text, candidates);
  findOutletsBeforeCiting(text, lexicon, nameStartAt, candidates);
  findCityCountGroups(text, lexicon, candidates);

  const valid = candidates.filter((candidate) => isWellBounded(text, candidate, placeStartAt));
  const chosen = resolveOverlaps(dropPatternsWrappingKnownNames(valid, text.length), blocks, text.length);
  const taken = scratchBytes(1, text.length + 1);
  for (const candidate of chosen) for (let i = candidate.start; i < candidate.end; i++) taken[i] = 1;
  for (let b = 0; b < blocks.length; b++) if (blocks.idle[b]) for (let i = blocks.starts[b]!; i < blocks.ends[b]!; i++) taken[i] = 1;
  pushAll(chosen, definedShortForms(text, chosen, taken));
  pushAll(chosen, orgsInListsWithOrgs(text, chosen, taken));
  pushAll(chosen, abbreviationsOfEarlierOrgs(text, chosen, taken, lexicon));
  const entities: Candidate[] = [];
  for (const candidate of chosen) if (candidate.type !== 'block') entities.push(candidate);
  const propagated = propagateWithinDocument(text, chosen, taken);
  if (propagated.length > 0) {
    pushAll(entities, propagated);
    entities.sort((a, b) => a.start - b.start);
  } else if (!sortedByStart(entities)) entities.sort((a, b) => a.start - b.start);
  return toMentions(text, withoutMasthead(text, entities), lexicon);
}

function pushAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function sortedByStart(candidates: readonly Candidate[]): boolean {
  for (let i = 1; i < candidates.length; i++) if (candidates[i]!.start < candidates[i - 1]!.start) return false;
  return true;
}

/**
 * Candidates proposed directly by dictionary hits: knowledge names, blockers, and the patterns hits trigger. Also marks
 * where knowledge names and places start (`nameStartAt`; patterns only read it before the hit, already marked since
 * hits come by start) and, for each offset inside a place name, the start of the earliest place covering it
 * (`placeStartAt`, -1 when none).
 */
function candidatesFromHits(
  text: string,
  hits: HitList,
  lexicon: Lexicon,
  nameStartAt: Uint8Array,
  placeStartAt: Int32Array,
  blocks: BlockSpans,
): Candidate[] {
  const out: Candidate[] = [];
  const { starts, ends, slots } = hits;
  const flags = lexicon.mainSlotFlags;
  for (let h = 0; h < hits.length; h++) {
    const start = starts[h]!;
    const end = ends[h]!;
    const flag = flags[slots[h]!]!;
    if (flag !== 0) {
      nameStartAt[start] = 1;
      if ((flag & SLOT_HAS_PLACE) !== 0) for (let i = start; i < end; i++) if (placeStartAt[i] === -1 || placeStartAt[i]! > start) placeStartAt[i] = start;
    }
    for (const value of lexicon.main.valuesOfSlot(slots[h]!)) {
      switch (value.kind) {
        case 'known':
          if (acceptKnownHit(text, start, end, value.check)) out.push({ start, end, type: value.type, source: 'known' });
          break;
        case 'place':
          blocks.push(start, end);
          break;
        case 'role':
          blocks.push(start, end);
          {
            const before = out.length;
            pushIf(out, nameAfterRole(text, end, lexicon));
            pushIf(out, chineseNameAt(text, end, lexicon));
            if (out.length === before) pushIf(out, shortNameAfterRole(text, end, lexicon));
            pushIf(out, chineseNameAfterQuotedRole(text, start, end, lexicon));
          }
          break;
        case 'ministry':
          pushIf(out, ministryAt(text, start, end, lexicon));
          break;
        case 'orgSuffix':
          pushIf(out, suffixOrgAt(text, start, end, lexicon, nameStartAt));
          break;
        case 'sayingVerb':
          pushIf(out, nameBeforeVerb(text, start, lexicon));
          pushIf(out, chineseNameBeforeSaying(text, start, lexicon));
          break;
        case 'actionVerb':
          pushIf(out, nameBeforeVerb(text, start, lexicon));
          break;
      }
    }
  }
  return out;
}

function pushIf(out: Candidate[], candidate: Candidate | undefined): void {
  if (candidate) out.push(candidate);
}

/** Names right before a Latin gloss in parentheses: 卢岚(Victoria Nuland). */
function findLatinGlossedNames(text: string, lexicon: Lexicon, out: Candidate[]): void {
  if (!text.includes('（') && !text.includes('(')) return;
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

const MINISTRY_LIKE_END = codeTable('部省');

/**
 * A mention must not start inside a place name (俄罗斯国防部 inside 白俄罗斯国防部) and an org must not be
 * the front of a job title (俄罗斯外交部 in 俄罗斯外交部长, 美国驻俄罗斯使馆 in 美国驻俄罗斯使馆武官).
 */
function isWellBounded(text: string, candidate: Candidate, placeStartAt: Int32Array): boolean {
  const coveringPlace = placeStartAt[candidate.start]!;
  if (coveringPlace !== -1 && coveringPlace < candidate.start) return false;
  if (candidate.type === 'org' && inTable(MINISTRY_LIKE_END, text.charCodeAt(candidate.end - 1)) && ministryInsideTitle(text, candidate.end)) return false;
  if (candidate.type === 'org' && missionInsidePostTitle(text, candidate.start, candidate.end)) return false;
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
    else if (type === 'org') {
      const bare = withoutOutletKind(mention.surface);
      if (bare) mention.shortForm = bare;
    }
    return mention;
  });
}

