/**
 * Finds person and organization mentions in one document's plain text. Pure and per document, so results
 * can be cached by text and serialized.
 */

import type { Knowledge, Mention } from '../types';
import { latinGlossAfter, roleBefore, shortFormAfter } from './apposition';
import { outletKindLength } from './outletKinds';
import { internSlice } from './intern';
import { BlockSpans, type Candidate } from './candidate';
import { chineseNameAfterQuotedRole, chineseNameAt, chineseNameBeforeSaying, findBylines, shortNameAfterRole } from './chineseNames';
import { findDotNames, nameAfterRole, nameBeforeLatinGloss, nameBeforeVerb } from './foreignNames';
import { acceptKnownHit } from './knownNames';
import {
  KIND_ACTION_VERB,
  KIND_KNOWN,
  KIND_MINISTRY,
  KIND_ORG_SUFFIX,
  KIND_PLACE,
  KIND_ROLE,
  KIND_SAYING_VERB,
  KIND_TRIGGER,
  lexiconFor,
  SLOT_HAS_PLACE,
  type Lexicon,
  type LexiconValue,
} from './lexicon';
import { withoutMasthead } from './masthead';
import { findMediaSources, findOutletsBeforeCiting } from './mediaSources';
import { findAgenciesAsSources, findCityCountGroups, ministryAt, ministryInsideTitle, missionInsidePostTitle, suffixOrgAt } from './orgPatterns';
import { dropPatternsWrappingKnownNames, resolveOverlaps } from './overlaps';
import { abbreviationsOfEarlierOrgs, orgsInListsWithOrgs, propagateWithinDocument } from './propagate';
import { scratchBytes, scratchInts } from './scratch';
import { codeAt, codeTable, inTable } from './chars';
import { HitList } from './trie';
import {
  forEachMatchAt,
  MARK_OF,
  TRIGGER_AGENCY,
  TRIGGER_CITING,
  TRIGGER_COUNT,
  TRIGGER_DOT,
  TRIGGER_PAREN,
  TRIGGER_UPPER,
  Triggers,
} from './triggers';

/** Scan results reused between documents (recognition is synchronous and not re-entrant). */
const mainHits = new HitList();
const markHits = new HitList();
const blockSpans = new BlockSpans();
const triggers = new Triggers();

/** Mentions of people and organizations in `text`: non-overlapping, longest match wins, sorted by offset. */
export function recognizeMentions(text: string, knowledge: Knowledge): Mention[] {
  const lexicon = lexiconFor(knowledge);
  const hits = mainHits;
  const marks = markHits;
  lexicon.main.scanEverywhereMarking(text, hits, MARK_OF, marks);
  triggers.clear();
  for (let m = 0; m < marks.length; m++) triggers.add(marks.slots[m]!, marks.starts[m]!);

  const nameStartAt = scratchBytes(0, text.length + 1);
  const placeStartAt = scratchInts(0, text.length + 1, -1);
  const blocks = blockSpans;
  blocks.clear();
  const candidates = candidatesFromHits(text, hits, lexicon, nameStartAt, placeStartAt, blocks, triggers);
  findDotNames(text, lexicon, candidates, triggers.of(TRIGGER_DOT));
  findBylines(text, lexicon, candidates, triggers);
  findAgenciesAsSources(text, nameStartAt, candidates, triggers.of(TRIGGER_AGENCY), lexicon);
  findLatinGlossedNames(text, lexicon, candidates, triggers.of(TRIGGER_PAREN));
  findMediaSources(text, candidates, triggers);
  findOutletsBeforeCiting(text, lexicon, nameStartAt, candidates, triggers.of(TRIGGER_CITING));
  findCityCountGroups(text, lexicon, candidates, triggers.of(TRIGGER_COUNT));

  const valid = candidates.filter((candidate) => isWellBounded(text, candidate, placeStartAt));
  const chosen = resolveOverlaps(dropPatternsWrappingKnownNames(valid, text.length), blocks, text.length);
  const taken = scratchBytes(1, text.length + 1);
  for (const candidate of chosen) for (let i = candidate.start; i < candidate.end; i++) taken[i] = 1;
  for (let b = 0; b < blocks.length; b++) if (blocks.idle[b]) for (let i = blocks.starts[b]!; i < blocks.ends[b]!; i++) taken[i] = 1;
  pushAll(chosen, definedShortForms(text, chosen, taken));
  pushAll(chosen, orgsInListsWithOrgs(text, chosen, taken, triggers.of(TRIGGER_UPPER)));
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
 * (`placeStartAt`, -1 when none), and lists where trigger words start (see `triggers.ts`).
 */
function candidatesFromHits(
  text: string,
  hits: HitList,
  lexicon: Lexicon,
  nameStartAt: Uint8Array,
  placeStartAt: Int32Array,
  blocks: BlockSpans,
  triggers: Triggers,
): Candidate[] {
  const out: Candidate[] = [];
  const { starts, ends, slots } = hits;
  const { mainSlotFlags: flags, slotStart, slotValues, valueKinds } = lexicon;
  for (let h = 0; h < hits.length; h++) {
    const start = starts[h]!;
    const end = ends[h]!;
    const slot = slots[h]!;
    const flag = flags[slot]!;
    if (flag !== 0) {
      nameStartAt[start] = 1;
      if ((flag & SLOT_HAS_PLACE) !== 0) for (let i = start; i < end; i++) if (placeStartAt[i] === -1 || placeStartAt[i]! > start) placeStartAt[i] = start;
    }
    const last = slotStart[slot + 1]!;
    for (let v = slotStart[slot]!; v < last; v++) {
      switch (valueKinds[v]) {
        case KIND_KNOWN: {
          const value = slotValues[v] as KnownValue;
          if (acceptKnownHit(text, start, end, value.check)) out.push({ start, end, type: value.type, source: 'known' });
          break;
        }
        case KIND_PLACE:
          blocks.push(start, end);
          break;
        case KIND_ROLE: {
          blocks.push(start, end);
          const before = out.length;
          pushIf(out, nameAfterRole(text, end, lexicon));
          pushIf(out, chineseNameAt(text, end, lexicon));
          if (out.length === before) pushIf(out, shortNameAfterRole(text, end, lexicon));
          pushIf(out, chineseNameAfterQuotedRole(text, start, end, lexicon));
          break;
        }
        case KIND_MINISTRY:
          pushIf(out, ministryAt(text, start, end, lexicon));
          break;
        case KIND_ORG_SUFFIX:
          pushIf(out, suffixOrgAt(text, start, end, lexicon, nameStartAt));
          break;
        case KIND_SAYING_VERB:
          pushIf(out, nameBeforeVerb(text, start, lexicon));
          pushIf(out, chineseNameBeforeSaying(text, start, lexicon));
          break;
        case KIND_ACTION_VERB:
          pushIf(out, nameBeforeVerb(text, start, lexicon));
          break;
        case KIND_TRIGGER:
          triggers.add((slotValues[v] as TriggerValue).triggerClass, start);
          break;
      }
    }
  }
  return out;
}

type KnownValue = Extract<LexiconValue, { kind: 'known' }>;
type TriggerValue = Extract<LexiconValue, { kind: 'trigger' }>;

function pushIf(out: Candidate[], candidate: Candidate | undefined): void {
  if (candidate) out.push(candidate);
}

const LATIN_PAREN = /[（(]\s*[A-Z][a-z]/y;
const SPACE = ' '.charCodeAt(0);

/** Names right before a Latin gloss in parentheses: 卢岚(Victoria Nuland). `parens` are the positions of （ and (. */
function findLatinGlossedNames(text: string, lexicon: Lexicon, out: Candidate[], parens: readonly number[]): void {
  forEachMatchAt(text, LATIN_PAREN, parens, (match) => {
    let end = match.index;
    if (codeAt(text, end - 1) === SPACE) end--;
    const candidate = nameBeforeLatinGloss(text, end, lexicon);
    if (candidate && latinGlossAfter(text, end)?.includes(' ')) out.push(candidate);
  });
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
  if (candidate.type === 'org' && inTable(MINISTRY_LIKE_END, codeAt(text, candidate.end - 1)) && ministryInsideTitle(text, candidate.end)) return false;
  if (candidate.type === 'org' && missionInsidePostTitle(text, candidate.start, candidate.end)) return false;
  return true;
}

function toMentions(text: string, entities: readonly Candidate[], lexicon: Lexicon): Mention[] {
  // Per offset, the start of the org ending there (the last one listed), else -1.
  const orgStartByEnd = scratchInts(4, text.length + 1, -1);
  for (const candidate of entities) if (candidate.type === 'org') orgStartByEnd[candidate.end] = candidate.start;
  const mentions = new Array<Mention>(entities.length);
  for (let k = 0; k < entities.length; k++) {
    const candidate = entities[k]!;
    const { start, end } = candidate;
    const surface = internSlice(text, start, end);
    if (candidate.type !== 'org') {
      const role = roleBefore(text, start, lexicon, orgStartByEnd);
      mentions[k] = newMention(start, end, surface, 'person', role, latinGlossAfter(text, end), undefined);
      continue;
    }
    const english = latinGlossAfter(text, end);
    const short = shortFormAfter(text, start, end);
    let shortForm: string | undefined;
    if (short) shortForm = internSlice(text, short.start, short.end);
    else {
      const kind = outletKindLength(text, start, end);
      if (kind > 0) shortForm = internSlice(text, start, end - kind);
    }
    mentions[k] = newMention(start, end, surface, 'org', undefined, english, shortForm);
  }
  return mentions;
}

/**
 * A mention with the optional fields that have a value, in the order start, end, surface, type, role, english,
 * shortForm: each combination is written as one literal, so no mention grows a property store after it is made.
 */
function newMention(start: number, end: number, surface: string, type: 'person' | 'org', role: string | undefined, english: string | undefined, shortForm: string | undefined): Mention {
  if (role) {
    if (english) return shortForm ? { start, end, surface, type, role, english, shortForm } : { start, end, surface, type, role, english };
    return shortForm ? { start, end, surface, type, role, shortForm } : { start, end, surface, type, role };
  }
  if (english) return shortForm ? { start, end, surface, type, english, shortForm } : { start, end, surface, type, english };
  return shortForm ? { start, end, surface, type, shortForm } : { start, end, surface, type };
}
