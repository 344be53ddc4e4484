/** The dictionaries the recogniser scans with, compiled once per `Knowledge`. */

import type { EntityType, Knowledge } from '../types';
import { PLACES } from '../lexicon/places';
import { ROLES } from '../lexicon/roles';
import { GENERIC_QUALIFIERS, LEFT_STOP_WORDS, MINISTRY_CORES, MINISTRY_ENDINGS, ORG_SUFFIXES, STATE_BODIES } from '../lexicon/orgSuffixes';
import { PERSON_ACTION_VERBS, SAYING_VERBS, WORDS_AFTER_NAMES } from '../lexicon/cues';
import { knownFormCheck, type KnownFormCheck } from './knownNames';
import { Trie } from './trie';
import { CITING_WORDS, CREDIT_WORDS, LABEL_WORDS, TRIGGER_CITING, TRIGGER_CREDIT, TRIGGER_LABEL } from './triggers';

/** What a dictionary word found in the text is. */
export type LexiconValue =
  | { kind: 'known'; type: EntityType; form: string; guard?: string; check: KnownFormCheck }
  | { kind: 'place' }
  | { kind: 'role' }
  | { kind: 'ministry' }
  | { kind: 'orgSuffix' }
  | { kind: 'sayingVerb' }
  | { kind: 'actionVerb' }
  | { kind: 'trigger'; triggerClass: number };

/** Numeric `LexiconValue` kinds, for the scan loop (see `Lexicon.valueKinds`). */
export const KIND_KNOWN = 1;
export const KIND_PLACE = 2;
export const KIND_ROLE = 3;
export const KIND_MINISTRY = 4;
export const KIND_ORG_SUFFIX = 5;
export const KIND_SAYING_VERB = 6;
export const KIND_ACTION_VERB = 7;
export const KIND_TRIGGER = 8;
const KIND_CODES: Record<LexiconValue['kind'], number> = {
  known: KIND_KNOWN,
  place: KIND_PLACE,
  role: KIND_ROLE,
  ministry: KIND_MINISTRY,
  orgSuffix: KIND_ORG_SUFFIX,
  sayingVerb: KIND_SAYING_VERB,
  actionVerb: KIND_ACTION_VERB,
  trigger: KIND_TRIGGER,
};

/** Compiled dictionaries. */
export interface Lexicon {
  /** Everything scanned at each position: knowledge forms, places, roles, ministries, org endings, verbs. */
  main: Trie<LexiconValue>;
  /** Per value slot of `main` (see `Trie.scanEverywhere`): `SLOT_HAS_KNOWN` and `SLOT_HAS_PLACE` bits. */
  mainSlotFlags: Uint8Array;
  /** The values of all slots of `main` in one list: slot s has `slotValues[slotStart[s] .. slotStart[s + 1])`. */
  slotStart: Int32Array;
  slotValues: readonly LexiconValue[];
  /** Numeric kind (`KIND_…`) of each of `slotValues`. */
  valueKinds: Uint8Array;
  places: Trie<true>;
  /** Every knowledge form. */
  knownNames: ReadonlySet<string>;
  roles: Trie<true>;
  /** Words that end a transliterated name when they start right after it (verbs, common words, places). */
  nameEnders: Trie<true>;
  sayingVerbs: Trie<true>;
  actionVerbs: Trie<true>;
  /** Saying verbs and person-only verbs together (for "is either kind of verb starting here"). */
  personVerbs: Trie<true>;
  /** Verbs that typically precede an org and end a leftward scan for its name (接受, 援引). */
  leftStopWords: Trie<true>;
  /** Saying verbs and `leftStopWords` together: what ends a leftward scan for an org's proper part. */
  leftStops: Trie<true>;
  /** Words that make the part before an org ending generic (科技 in 美国科技公司). */
  genericQualifiers: Trie<true>;
}

/** `Lexicon.mainSlotFlags` bit: the word is a knowledge form. */
export const SLOT_HAS_KNOWN = 1;
/** `Lexicon.mainSlotFlags` bit: the word is a place. */
export const SLOT_HAS_PLACE = 2;

const cache = new WeakMap<Knowledge, Lexicon>();

/** The lexicon for `knowledge` (cached). */
export function lexiconFor(knowledge: Knowledge): Lexicon {
  let lexicon = cache.get(knowledge);
  if (!lexicon) {
    lexicon = buildLexicon(knowledge);
    cache.set(knowledge, lexicon);
  }
  return lexicon;
}

function buildLexicon(knowledge: Knowledge): Lexicon {
  const main = new Trie<LexiconValue>();
  for (const entry of knowledge.entries) {
    for (const form of entry.names) {
      const guard = entry.guards?.[form];
      const check = knownFormCheck(form, entry.type, guard);
      main.add(form, guard ? { kind: 'known', type: entry.type, form, guard, check } : { kind: 'known', type: entry.type, form, check });
    }
  }
  const places = wordTrie(PLACES);
  const roles = wordTrie(ROLES);
  const sayingVerbs = wordTrie(SAYING_VERBS);
  const actionVerbs = wordTrie(PERSON_ACTION_VERBS);
  for (const place of PLACES) main.add(place, { kind: 'place' });
  for (const role of ROLES) main.add(role, { kind: 'role' });
  for (const core of MINISTRY_CORES) for (const ending of MINISTRY_ENDINGS) main.add(core + ending, { kind: 'ministry' });
  for (const body of STATE_BODIES) main.add(body, { kind: 'ministry' });
  for (const suffix of ORG_SUFFIXES) main.add(suffix, { kind: 'orgSuffix' });
  for (const verb of SAYING_VERBS) main.add(verb, { kind: 'sayingVerb' });
  for (const verb of PERSON_ACTION_VERBS) main.add(verb, { kind: 'actionVerb' });
  // Words opening text-wide patterns, added last so that every other value of a word keeps its place (see `triggers.ts`).
  for (const word of LABEL_WORDS) main.add(word, { kind: 'trigger', triggerClass: TRIGGER_LABEL });
  for (const word of CREDIT_WORDS) main.add(word, { kind: 'trigger', triggerClass: TRIGGER_CREDIT });
  for (const word of CITING_WORDS) main.add(word, { kind: 'trigger', triggerClass: TRIGGER_CITING });
  const nameEnders = wordTrie([...WORDS_AFTER_NAMES, ...SAYING_VERBS, ...PERSON_ACTION_VERBS, ...PLACES, ...ROLES]);
  const knownNames = new Set(knowledge.entries.flatMap((entry) => entry.names));
  const personVerbs = wordTrie([...SAYING_VERBS, ...PERSON_ACTION_VERBS]);
  main.freeze();
  const mainSlotFlags = new Uint8Array(main.slotCount);
  for (let slot = 0; slot < main.slotCount; slot++) {
    for (const value of main.valuesOfSlot(slot)) {
      if (value.kind === 'known') mainSlotFlags[slot]! |= SLOT_HAS_KNOWN;
      if (value.kind === 'place') mainSlotFlags[slot]! |= SLOT_HAS_PLACE;
    }
  }
  const slotStart = new Int32Array(main.slotCount + 1);
  const slotValues: LexiconValue[] = [];
  for (let slot = 0; slot < main.slotCount; slot++) {
    slotStart[slot] = slotValues.length;
    for (const value of main.valuesOfSlot(slot)) slotValues.push(value);
  }
  slotStart[main.slotCount] = slotValues.length;
  const valueKinds = Uint8Array.from(slotValues, (value) => KIND_CODES[value.kind]);
  return { main, mainSlotFlags, slotStart, slotValues, valueKinds, places, knownNames, roles, nameEnders, sayingVerbs, actionVerbs, personVerbs, leftStopWords: wordTrie(LEFT_STOP_WORDS), leftStops: wordTrie([...SAYING_VERBS, ...LEFT_STOP_WORDS]), genericQualifiers: wordTrie(GENERIC_QUALIFIERS) };
}

/** A trie of `words` for prefix and suffix lookups. */
export function wordTrie(words: Iterable<string>): Trie<true> {
  const trie = new Trie<true>();
  for (const word of words) trie.add(word, true);
  trie.freeze();
  return trie;
}
