/** A character trie for matching many words at every position of a text in one pass. */

import { NAME_DOTS } from '../lexicon/transliteration';

interface TrieNode<T> {
  children: Map<number, TrieNode<T>> | undefined;
  values: T[] | undefined;
}

/** One dictionary word found in a text. */
export interface TrieHit<T> {
  start: number;
  end: number;
  value: T;
}

const DOT_CODE = '·'.charCodeAt(0);
const FOLDED = new Uint16Array(65536);
for (let code = 0; code < 65536; code++) FOLDED[code] = code;
for (const dot of NAME_DOTS) FOLDED[dot.charCodeAt(0)] = DOT_CODE;

/** Name dots fold to one code so 温迪・舍曼 matches the word 温迪·舍曼. */
function foldCode(code: number): number {
  return FOLDED[code]!;
}

/** A trie of words, each word carrying one or more values. */
export class Trie<T> {
  private readonly root: TrieNode<T> = { children: undefined, values: undefined };
  /** First character codes of all words: a fast reject before walking. */
  private readonly firstCodes = new Uint8Array(65536);

  /** Add `word` with `value`. */
  add(word: string, value: T): void {
    if (word.length === 0) return;
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = foldCode(word.charCodeAt(i));
      if (i === 0) this.firstCodes[code] = 1;
      node.children ??= new Map();
      let next = node.children.get(code);
      if (!next) {
        next = { children: undefined, values: undefined };
        node.children.set(code, next);
      }
      node = next;
    }
    (node.values ??= []).push(value);
  }

  /** Whether `word` was added. */
  has(word: string): boolean {
    return this.valuesOf(word) !== undefined;
  }

  /** Values added for exactly `word`. */
  valuesOf(word: string): readonly T[] | undefined {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = 0; i < word.length && node; i++) node = node.children?.get(foldCode(word.charCodeAt(i)));
    return node?.values;
  }

  /** Push every word starting at `start` (all lengths) onto `out`. */
  matchesAt(text: string, start: number, out: Array<TrieHit<T>>): void {
    const first = foldCode(text.charCodeAt(start));
    if (this.firstCodes[first] === 0) return;
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.children?.get(i === start ? first : foldCode(text.charCodeAt(i)));
      if (!node) return;
      if (node.values) for (const value of node.values) out.push({ start, end: i + 1, value });
    }
  }

  /** Length of the longest word starting at `start`, or 0. */
  longestAt(text: string, start: number): number {
    const first = foldCode(text.charCodeAt(start));
    if (start >= text.length || this.firstCodes[first] === 0) return 0;
    let node: TrieNode<T> | undefined = this.root;
    let longest = 0;
    for (let i = start; i < text.length; i++) {
      node = node.children?.get(i === start ? first : foldCode(text.charCodeAt(i)));
      if (!node) break;
      if (node.values) longest = i + 1 - start;
    }
    return longest;
  }

  /** Length of the longest word ending exactly at `end` (searching back at most `maxLength` chars), or 0. */
  longestEndingAt(text: string, end: number, maxLength: number): number {
    for (let length = Math.min(maxLength, end); length > 0; length--) {
      if (this.has(text.slice(end - length, end))) return length;
    }
    return 0;
  }
}
