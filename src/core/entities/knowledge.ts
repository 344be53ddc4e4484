/** Builds the `Knowledge` the recogniser uses from the bundled data files or from caller-supplied entries. */

import { ORGS } from './data/orgs';
import { PEOPLE } from './data/people';
import type { EntityType, Knowledge, KnowledgeEntry } from './types';
import { foldDots } from './lexicon/transliteration';

/** Parse the `id|English|forms|description` line format of the data files. */
export function parseKnowledgeLines(source: string, type: EntityType): KnowledgeEntry[] {
  const entries: KnowledgeEntry[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [id, english, forms, description] = trimmed.split('|');
    if (!id || !english || !forms) continue;
    const names: string[] = [];
    const guards: Record<string, string> = {};
    for (const rawForm of forms.split(',')) {
      const [form, guard] = rawForm.trim().split('!');
      if (!form) continue;
      const name = foldDots(form);
      if (!names.includes(name)) names.push(name);
      if (guard) guards[name] = guard;
    }
    const entry: KnowledgeEntry = { id, type, english, names, description: description ?? '' };
    if (Object.keys(guards).length > 0) entry.guards = guards;
    entries.push(entry);
  }
  return entries;
}

/** Index entries for lookup by id, by name and by English name. */
export function compileKnowledge(entries: readonly KnowledgeEntry[]): Knowledge {
  const byId = new Map<string, KnowledgeEntry>();
  const byName = new Map<string, KnowledgeEntry[]>();
  const byEnglish = new Map<string, KnowledgeEntry[]>();
  const push = (map: Map<string, KnowledgeEntry[]>, key: string, entry: KnowledgeEntry): void => {
    const list = map.get(key);
    if (!list) map.set(key, [entry]);
    else if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of entries) {
    byId.set(entry.id, entry);
    for (const name of entry.names) push(byName, foldDots(name), entry);
    push(byEnglish, entry.english.toLowerCase(), entry);
  }
  return { entries, byId, byName, byEnglish };
}

let bundled: Knowledge | undefined;

/** The knowledge shipped with the extension (hundreds of well-known people and organizations). Built once. */
export function defaultKnowledge(): Knowledge {
  bundled ??= compileKnowledge([...parseKnowledgeLines(PEOPLE, 'person'), ...parseKnowledgeLines(ORGS, 'org')]);
  return bundled;
}
