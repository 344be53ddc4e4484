/**
 * Spreads names found with context to their other occurrences in the same document, and short forms of
 * dot-joined names (格鲁什科 after 亚历山大·格鲁什科) to theirs.
 */

import { NAME_DOTS, isStrongTransliterationChar } from '../lexicon/transliteration';
import type { EntityType } from '../types';
import type { Candidate } from './candidate';
import { isHan } from './chars';

/** Extra candidates: other occurrences of found names, in free text only (`taken` marks occupied offsets). */
export function propagateWithinDocument(text: string, chosen: readonly Candidate[], taken: Uint8Array): Candidate[] {
  const forms = new Map<string, EntityType>();
  for (const candidate of chosen) {
    if (candidate.type === 'block') continue;
    const surface = text.slice(candidate.start, candidate.end);
    if (candidate.source !== 'known') forms.set(surface, candidate.type);
    const dot = surface.lastIndexOf('·');
    if (candidate.type === 'person' && dot > 0 && surface.length - dot - 1 >= 2) forms.set(surface.slice(dot + 1), 'person');
  }
  const added: Candidate[] = [];
  for (const [form, type] of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (!isFree(taken, at, end) || !standsAlone(text, at, end, type)) continue;
      taken.fill(1, at, end);
      added.push({ start: at, end, type, source: 'pattern' });
    }
  }
  return added;
}

function isFree(taken: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (taken[i]) return false;
  return true;
}

/** A person form must not be glued to more transliteration or to a dot; a two-character Chinese form not to more Han text on both sides. */
function standsAlone(text: string, start: number, end: number, type: EntityType): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  if (type !== 'person') return true;
  if (NAME_DOTS.has(before) || NAME_DOTS.has(after)) return false;
  if (isStrongTransliterationChar(before) || isStrongTransliterationChar(after)) return false;
  return !(end - start === 2 && isHan(before) && isHan(after) && !isStrongTransliterationChar(text[start]!));
}
