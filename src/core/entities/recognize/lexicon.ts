/** The dictionaries the recogniser scans with, compiled once per `Knowledge`. */

import type { EntityType, Knowledge } from '../types';
import { PLACES } from '../lexicon/places';
import { ROLES } from '../lexicon/roles';
import { GENERIC_QUALIFIERS, LEFT_STOP_WORDS, MINISTRY_CORES, MINISTRY_ENDINGS, ORG_SUFFIXES } from '../lexicon/orgSuffixes';
import { PERSON_ACTION_VERBS, SAYING_VERBS, WORDS_AFTER_NAMES } from '../lexicon/cues';
import { Trie } from './trie';

/** What a dictionary word found in the text is. */
export type LexiconValue =
  | { kind: 'known'; type: EntityType; form: string; guard?: string }
  | { kind: 'place' }
  | { kind: 'role' }
  | { kind: 'ministry' }
  | { kind: 'orgSuffix' }
  | { kind: 'sayingVerb' }
  | { kind: 'actionVerb' };

/** Compiled dictionaries. */
export interface Lexicon {
  /** Everything scanned at each position: knowledge forms, places, roles, ministries, org endings, verbs. */
  main: Trie<LexiconValue>;
  places: Trie<true>;
  /** Every knowledge form. */
  knownNames: ReadonlySet<string>;
  roles: Trie<true>;
  /** Words that end a transliterated name when they start right after it (verbs, common words, places). */
  nameEnders: Trie<true>;
  sayingVerbs: Trie<true>;
  actionVerbs: Trie<true>;
  /** Verbs that typically precede an org and end a leftward scan for its name (接受, 援引). */
  leftStopWords: Trie<true>;
  /** Words that make the part before an org ending generic (科技 in 美国科技公司). */
  genericQualifiers: Trie<true>;
}

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
      main.add(form, guard ? { kind: 'known', type: entry.type, form, guard } : { kind: 'known', type: entry.type, form });
    }
  }
  const places = wordTrie(PLACES);
  const roles = wordTrie(ROLES);
  const sayingVerbs = wordTrie(SAYING_VERBS);
  const actionVerbs = wordTrie(PERSON_ACTION_VERBS);
  for (const place of PLACES) main.add(place, { kind: 'place' });
  for (const role of ROLES) main.add(role, { kind: 'role' });
  for (const core of MINISTRY_CORES) for (const ending of MINISTRY_ENDINGS) main.add(core + ending, { kind: 'ministry' });
  for (const suffix of ORG_SUFFIXES) main.add(suffix, { kind: 'orgSuffix' });
  for (const verb of SAYING_VERBS) main.add(verb, { kind: 'sayingVerb' });
  for (const verb of PERSON_ACTION_VERBS) main.add(verb, { kind: 'actionVerb' });
  const nameEnders = wordTrie([...WORDS_AFTER_NAMES, ...SAYING_VERBS, ...PERSON_ACTION_VERBS, ...PLACES, ...ROLES]);
  const knownNames = new Set(knowledge.entries.flatMap((entry) => entry.names));
  return { main, places, knownNames, roles, nameEnders, sayingVerbs, actionVerbs, leftStopWords: wordTrie(LEFT_STOP_WORDS), genericQualifiers: wordTrie(GENERIC_QUALIFIERS) };
}

function wordTrie(words: Iterable<string>): Trie<true> {
  const trie = new Trie<true>();
  for (const word of words) trie.add(word, true);
  return trie;
}
