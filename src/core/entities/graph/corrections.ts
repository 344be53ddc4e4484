/**
 * Applies user corrections to mention groups: `split` moves mentions written `alias` out of entity `from`,
 * `merge` joins two entities. Entities are named by provisional id or by any surface form.
 */

import type { EntityCorrections } from '../types';
import type { MentionGroup, MentionTable } from './assemble';

/** Groups after `split` then `merge`; `redirects` maps each absorbed group's id to the index of the group holding it now. */
export function applyGroupCorrections(
  groups: MentionGroup[],
  table: MentionTable,
  ids: readonly string[],
  corrections: EntityCorrections,
): { groups: MentionGroup[]; redirects: Map<string, number> } {
  const working = groups.map((group) => ({ ...group, positions: [...group.positions] }));
  const groupIds = [...ids];
  const surfaceAt = (position: number): string => table.mentions[position]!.surface;
  const find = (ref: string): number => {
    const byId = groupIds.indexOf(ref);
    if (byId >= 0 && working[byId]!.positions.length > 0) return byId;
    return working.findIndex((group) => group.positions.some((position) => surfaceAt(position) === ref));
  };
  for (const { alias, from } of corrections.split) {
    const source = find(from);
    if (source < 0) continue;
    const moved = working[source]!.positions.filter((position) => surfaceAt(position) === alias);
    if (moved.length === 0 || moved.length === working[source]!.positions.length) continue;
    working[source]!.positions = working[source]!.positions.filter((position) => surfaceAt(position) !== alias);
    working.push({ type: working[source]!.type, positions: moved });
    groupIds.push('');
  }
  const mergedInto = new Map<number, number>();
  const redirects = new Map<string, number>();
  for (const [first, second] of corrections.merge) {
    const target = find(first);
    const source = find(second);
    if (target < 0 || source < 0 || target === source) continue;
    for (const position of working[source]!.positions) working[target]!.positions.push(position);
    working[target]!.knowledgeId ??= working[source]!.knowledgeId;
    working[source]!.positions = [];
    mergedInto.set(source, target);
    if (groupIds[source]) redirects.set(groupIds[source]!, source);
  }
  const kept: MentionGroup[] = [];
  const newIndex = new Map<number, number>();
  working.forEach((group, index) => {
    if (group.positions.length === 0) return;
    newIndex.set(index, kept.length);
    kept.push(group);
  });
  const finalRedirects = new Map<string, number>();
  for (const [id, absorbed] of redirects) {
    let index = absorbed;
    while (mergedInto.has(index)) index = mergedInto.get(index)!;
    const target = newIndex.get(index);
    if (target !== undefined) finalRedirects.set(id, target);
  }
  return { groups: kept, redirects: finalRedirects };
}
