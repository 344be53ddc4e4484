/** Turns groups of mentions into `Entity` records with stable ids, display names, aliases and descriptions. */

import { pinyin } from 'pinyin-pro';
import type { Entity, EntityOccurrence, EntityType, Knowledge, Mention } from '../types';

/** A mention together with the document it came from. */
export interface PlacedMention {
  docId: string;
  mention: Mention;
}

/** What the assembler needs to know about one group. */
export interface MentionGroup {
  type: EntityType;
  knowledgeId?: string;
  mentions: PlacedMention[];
}

/** Lower-case ASCII slug: `Jens Stoltenberg` → `jens-stoltenberg`. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Slug from toneless pinyin: 斯托尔滕贝格 → `si-tuo-er-teng-bei-ge`. */
function pinyinSlug(text: string): string {
  return slugify(pinyin(text.replace(/[·・•]/g, ' '), { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('-')) || 'entity';
}

function mostFrequent(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  let best: string | undefined;
  let bestCount = 0;
  for (const value of values) {
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    if (count > bestCount || (count === bestCount && best !== undefined && value.length > best.length)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Build entities; ids are unique (a clash gets `-2`, `-3`… in order of first appearance). */
export function assembleEntities(groups: readonly MentionGroup[], knowledge: Knowledge): Entity[] {
  const used = new Set<string>();
  return groups.map((group) => {
    const entry = group.knowledgeId ? knowledge.byId.get(group.knowledgeId) : undefined;
    const surfaces: string[] = [];
    const glosses: string[] = [];
    const roles: string[] = [];
    for (const { mention } of group.mentions) {
      surfaces.push(mention.surface);
      if (mention.english) glosses.push(mention.english);
      if (mention.role) roles.push(mention.role);
    }
    const name = mostFrequent(surfaces) ?? '';
    const english = entry?.english ?? mostFrequent(glosses);
    const description = mostFrequent(roles) ?? entry?.description;
    let id = entry?.id ?? (english ? slugify(english) : '') ?? '';
    if (!id) id = pinyinSlug(name);
    const base = id;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    const entity: Entity = { id, type: group.type, name, aliases: [...new Set([...surfaces, ...glosses])], mentions: occurrences(group.mentions) };
    if (english) entity.english = english;
    if (description) entity.description = description;
    return entity;
  });
}

function occurrences(mentions: readonly PlacedMention[]): EntityOccurrence[] {
  const byDoc = new Map<string, EntityOccurrence>();
  for (const { docId, mention } of mentions) {
    const occurrence = byDoc.get(docId);
    if (!occurrence) byDoc.set(docId, { docId, count: 1, first: mention.start });
    else {
      occurrence.count++;
      occurrence.first = Math.min(occurrence.first, mention.start);
    }
  }
  return [...byDoc.values()];
}
