/**
 * A character trie for matching many words at every position of a text in one pass. Words are added into a
 * building form, then frozen (on first query) into flat typed arrays: the root's children sit in a table indexed by
 * character code, deeper children in sorted code arrays. A second trie of reversed words answers "longest word
 * ending here" without slicing strings.
 */

import { NAME_DOTS } from '../lexicon/transliteration';

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

/** Words found by `Trie.scanEverywhere`: parallel arrays of start, end and value slot, reused between scans. */
export class HitList {
  starts: Int32Array = new Int32Array(256);
  ends: Int32Array = new Int32Array(256);
  slots: Int32Array = new Int32Array(256);
  length = 0;

  push(start: number, end: number, slot: number): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.slots[this.length] = slot;
    this.length++;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = (old: Int32Array): Int32Array => {
      const array = new Int32Array(size);
      array.set(old);
      return array;
    };
    this.starts = grown(this.starts);
    this.ends = grown(this.ends);
    this.slots = grown(this.slots);
  }
}

const DOT_VARIANTS = [...NAME_DOTS].map((dot) => dot.charCodeAt(0));

/** The text codes that fold to `code`: itself, and every name dot for `·`. */
function unfolded(code: number): readonly number[] {
  return code === DOT_CODE ? [code, ...DOT_VARIANTS] : [code];
}

/** Flat form of a set of words read in one direction. */
interface FrozenTrie {
  /**
   * Root child node per character code (0 = none; node 0 is the root), for tries with many first characters; small
   * tries search the root's children like any other node's, and build this only if scanned everywhere.
   */
  rootChild: Int32Array | undefined;
  /** Children of node n are childCodes/childNodes[childStart[n] .. childStart[n + 1]), sorted by code. */
  childStart: Int32Array;
  childCodes: Uint16Array;
  childNodes: Int32Array;
  /** Index into `values` + 1 for nodes that end a word, else 0. */
  valueSlot: Int32Array;
  /** 1 at `pairHash(first, second)` when some word starts with those two codes: skips most dead ends in one lookup. */
  pairs: Uint8Array | undefined;
  /** Bit per character code: some word starts with it (every name dot for `·`). Rejects most root lookups at once. */
  rootBits: Uint32Array;
}

/**
 * Entries of a scan table (see `scanTable`): the root child node in the low bits, a flag for root children that are
 * words themselves (no pair filter then), and the caller's mark in the high byte.
 */
const NODE_MASK = (1 << 22) - 1;
const ROOT_HAS_VALUE = 1 << 22;
const MARK_SHIFT = 23;
const MARK_UNIT = 1 << MARK_SHIFT;
const NO_MARKS = new Uint8Array(65536);
/**
 * What a scan reads per character: `table` (see `NODE_MASK`), and bit sets of the nonzero entries and of the pairs;
 * and the edges out of the root's children, by `node * 65536 + code`, in an open-addressing table (-1 = empty).
 */
interface ScanTable {
  markOf: Uint8Array;
  table: Int32Array;
  used: Uint32Array;
  pairBits: Uint32Array;
  secondKeys: Float64Array;
  secondNodes: Int32Array;
  secondMask: number;
}
const scanTables = new WeakMap<FrozenTrie, ScanTable[]>();

const markedCodeLists = new WeakMap<Uint8Array, number[]>();

/** The codes with a nonzero entry in `markOf`. */
function markedCodes(markOf: Uint8Array): number[] {
  let codes = markedCodeLists.get(markOf);
  if (!codes) {
    codes = [];
    for (let code = 0; code < markOf.length; code++) if (markOf[code] !== 0) codes.push(code);
    markedCodeLists.set(markOf, codes);
  }
  return codes;
}

/** The scan table of `trie` (at most `NODE_MASK` nodes) with the marks of `markOf`, built once per mark table. */
function scanTable(trie: FrozenTrie, markOf: Uint8Array): ScanTable {
  let tables = scanTables.get(trie);
  if (!tables) scanTables.set(trie, (tables = []));
  for (const cached of tables) if (cached.markOf === markOf) return cached;
  const { rootChild, pairs } = rootTables(trie);
  const { childStart, childCodes, childNodes, valueSlot } = trie;
  // Filled sparsely (root children, marked characters, pairs), not code by code: built once, at the first document.
  const table = new Int32Array(65536);
  const used = new Uint32Array(2048);
  const pairBits = new Uint32Array(2048);
  const setBit = (bits: Uint32Array, code: number): void => {
    bits[code >>> 5]! |= 1 << (code & 31);
  };
  for (let edge = childStart[0]!; edge < childStart[1]!; edge++) {
    for (const code of unfolded(childCodes[edge]!)) {
      table[code] = rootChild[code]! | (valueSlot[rootChild[code]!]! > 0 ? ROOT_HAS_VALUE : 0);
      setBit(used, code);
    }
  }
  for (const code of markedCodes(markOf)) {
    table[code]! |= markOf[code]! << MARK_SHIFT;
    setBit(used, code);
  }
  for (let pair = pairs.indexOf(1); pair >= 0; pair = pairs.indexOf(1, pair + 1)) setBit(pairBits, pair);
  let edges = 0;
  for (let edge = childStart[0]!; edge < childStart[1]!; edge++) {
    const child = childNodes[edge]!;
    edges += childStart[child + 1]! - childStart[child]!;
  }
  let size = 16;
  while (size < edges * 3) size *= 2;
  const secondKeys = new Float64Array(size).fill(-1);
  const secondNodes = new Int32Array(size);
  const secondMask = size - 1;
  for (let edge = childStart[0]!; edge < childStart[1]!; edge++) {
    const child = childNodes[edge]!;
    for (let next = childStart[child]!; next < childStart[child + 1]!; next++) {
      const key = child * 65536 + childCodes[next]!;
      let probe = Math.imul(key, 0x9e3779b1) & secondMask;
      while (secondKeys[probe] !== -1) probe = (probe + 1) & secondMask;
      secondKeys[probe] = key;
      secondNodes[probe] = childNodes[next]!;
    }
  }
  const built = { markOf, table, used, pairBits, secondKeys, secondNodes, secondMask };
  tables.push(built);
  return built;
}

/** Tries with more first characters than this get the root table (the scanning tries; not the small word lists). */
const ROOT_TABLE_MIN_CHILDREN = 256;

/** The root table and the pair filter of `trie`, built on first need. */
function rootTables(trie: FrozenTrie): { rootChild: Int32Array; pairs: Uint8Array } {
  if (!trie.rootChild) {
    const rootChild = new Int32Array(65536);
    for (let edge = trie.childStart[0]!; edge < trie.childStart[1]!; edge++) for (const code of unfolded(trie.childCodes[edge]!)) rootChild[code] = trie.childNodes[edge]!;
    trie.rootChild = rootChild;
  }
  if (!trie.pairs) {
    const pairs = new Uint8Array(65536);
    for (let edge = trie.childStart[0]!; edge < trie.childStart[1]!; edge++) {
      const child = trie.childNodes[edge]!;
      for (let next = trie.childStart[child]!; next < trie.childStart[child + 1]!; next++) {
        for (const first of unfolded(trie.childCodes[edge]!)) for (const second of unfolded(trie.childCodes[next]!)) pairs[pairHash(first, second)] = 1;
      }
    }
    trie.pairs = pairs;
  }
  return { rootChild: trie.rootChild, pairs: trie.pairs };
}

function pairHash(first: number, second: number): number {
  return ((first * 31) ^ second) & 0xffff;
}

interface BuildNode {
  children: Map<number, number>;
  valueIndex: number;
}

/** Builds the flat form from words whose codes are already folded (and reversed for the backward trie). */
class FlatBuilder {
  private readonly nodes: BuildNode[] = [{ children: new Map(), valueIndex: -1 }];

  /** The node reached by `codes`, created as needed. */
  insert(codes: readonly number[]): number {
    let node = 0;
    for (const code of codes) {
      let next = this.nodes[node]!.children.get(code);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ children: new Map(), valueIndex: -1 });
        this.nodes[node]!.children.set(code, next);
      }
      node = next;
    }
    return node;
  }

  setValue(node: number, valueIndex: number): void {
    this.nodes[node]!.valueIndex = valueIndex;
  }

  valueOf(node: number): number {
    return this.nodes[node]!.valueIndex;
  }

  freeze(): FrozenTrie {
    const count = this.nodes.length;
    const childStart = new Int32Array(count + 1);
    let edges = 0;
    for (let n = 0; n < count; n++) {
      childStart[n] = edges;
      edges += this.nodes[n]!.children.size;
    }
    childStart[count] = edges;
    const childCodes = new Uint16Array(edges);
    const childNodes = new Int32Array(edges);
    const valueSlot = new Int32Array(count);
    for (let n = 0; n < count; n++) {
      const node = this.nodes[n]!;
      valueSlot[n] = node.valueIndex + 1;
      const sorted = [...node.children].sort((a, b) => a[0] - b[0]);
      sorted.forEach(([code, child], k) => {
        childCodes[childStart[n]! + k] = code;
        childNodes[childStart[n]! + k] = child;
      });
    }
    const rootBits = new Uint32Array(2048);
    for (let edge = childStart[0]!; edge < childStart[1]!; edge++) for (const code of unfolded(childCodes[edge]!)) rootBits[code >>> 5]! |= 1 << (code & 31);
    const frozen: FrozenTrie = { rootChild: undefined, childStart, childCodes, childNodes, valueSlot, pairs: undefined, rootBits };
    if (this.nodes[0]!.children.size > ROOT_TABLE_MIN_CHILDREN) rootTables(frozen);
    return frozen;
  }
}

/**
 * Child of `node` for `code` in a frozen trie, or 0. At the root, `code` may be any name dot and `NaN` (past the text)
 * finds nothing; below it, callers fold the code (see `FOLDED`).
 */
function childOf(trie: FrozenTrie, node: number, code: number): number {
  if (node === 0) {
    if (trie.rootChild) return trie.rootChild[code] ?? 0;
    if (((trie.rootBits[code >>> 5]! >>> (code & 31)) & 1) === 0) return 0;
    code = FOLDED[code]!;
  }
  let low = trie.childStart[node]!;
  let high = trie.childStart[node + 1]! - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const found = trie.childCodes[middle]!;
    if (found === code) return trie.childNodes[middle]!;
    if (found < code) low = middle + 1;
    else high = middle - 1;
  }
  return 0;
}

/** A trie of words, each word carrying one or more values. */
export class Trie<T> {
  private forwardBuilder = new FlatBuilder();
  private backwardBuilder = new FlatBuilder();
  private readonly values: T[][] = [];
  private forward: FrozenTrie | undefined;
  private backward: FrozenTrie | undefined;

  /** Add `word` with `value`. Words may be added until the first query. */
  add(word: string, value: T): void {
    if (word.length === 0) return;
    if (this.forward) throw new Error('Trie: add after first query');
    const codes: number[] = [];
    for (let i = 0; i < word.length; i++) codes.push(FOLDED[word.charCodeAt(i)]!);
    const node = this.forwardBuilder.insert(codes);
    let index = this.forwardBuilder.valueOf(node);
    if (index < 0) {
      index = this.values.length;
      this.values.push([]);
      this.forwardBuilder.setValue(node, index);
      this.backwardBuilder.setValue(this.backwardBuilder.insert(codes.reverse()), index);
    }
    this.values[index]!.push(value);
  }

  /** Builds the flat form now (else done on the first query); no word may be added afterwards. */
  freeze(): void {
    this.frozen();
  }

  /** Number of distinct words, i.e. of value slots (see `scanEverywhere`). */
  get slotCount(): number {
    return this.values.length;
  }

  private frozen(): FrozenTrie {
    if (!this.forward) {
      this.forward = this.forwardBuilder.freeze();
      this.backward = this.backwardBuilder.freeze();
      this.forwardBuilder = new FlatBuilder();
      this.backwardBuilder = new FlatBuilder();
    }
    return this.forward;
  }

  private frozenBackward(): FrozenTrie {
    this.frozen();
    return this.backward!;
  }

  /** Whether `word` was added. */
  has(word: string): boolean {
    return this.valuesOf(word) !== undefined;
  }

  /** Whether `text.slice(start, end)` is exactly a word that was added (without slicing). */
  hasWordAt(text: string, start: number, end: number): boolean {
    if (end <= start || start < 0 || end > text.length) return false;
    const trie = this.frozen();
    let node = 0;
    for (let i = start; i < end; i++) {
      node = childOf(trie, node, FOLDED[text.charCodeAt(i)]!);
      if (node === 0) return false;
    }
    return trie.valueSlot[node]! > 0;
  }

  /** Values added for exactly `word`. */
  valuesOf(word: string): readonly T[] | undefined {
    const trie = this.frozen();
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      node = childOf(trie, node, FOLDED[word.charCodeAt(i)]!);
      if (node === 0) return undefined;
    }
    const slot = trie.valueSlot[node]!;
    return slot > 0 ? this.values[slot - 1] : undefined;
  }

  /** Push every word starting at `start` (all lengths) onto `out`. */
  matchesAt(text: string, start: number, out: Array<TrieHit<T>>): void {
    const trie = this.frozen();
    let node = 0;
    for (let i = start; i < text.length; i++) {
      node = childOf(trie, node, FOLDED[text.charCodeAt(i)]!);
      if (node === 0) return;
      const slot = trie.valueSlot[node]!;
      if (slot > 0) for (const value of this.values[slot - 1]!) out.push({ start, end: i + 1, value });
    }
  }

  /** Push every word at every position of `text` onto `out`, by start then length (one pass, no per-position calls). */
  matchesEverywhere(text: string, out: Array<TrieHit<T>>): void {
    const trie = this.frozen();
    const { childStart, childCodes, childNodes, valueSlot } = trie;
    const { rootChild, pairs } = rootTables(trie);
    const length = text.length;
    let next = length > 0 ? FOLDED[text.charCodeAt(0)]! : 0;
    for (let start = 0; start < length; start++) {
      const first = next;
      next = start + 1 < length ? FOLDED[text.charCodeAt(start + 1)]! : 0;
      let node = rootChild[first]!;
      if (node === 0) continue;
      if (valueSlot[node] === 0 && pairs[pairHash(first, next)] === 0) continue;
      for (let i = start; node !== 0; ) {
        const slot = valueSlot[node]!;
        if (slot > 0) for (const value of this.values[slot - 1]!) out.push({ start, end: i + 1, value });
        if (++i >= length) break;
        const code = FOLDED[text.charCodeAt(i)]!;
        let low = childStart[node]!;
        let high = childStart[node + 1]! - 1;
        node = 0;
        while (low <= high) {
          const middle = (low + high) >> 1;
          const found = childCodes[middle]!;
          if (found === code) { node = childNodes[middle]!; break; }
          if (found < code) low = middle + 1;
          else high = middle - 1;
        }
      }
    }
  }

  /**
   * Every word at every position of `text`, by start then length, written into `hits` as flat (start, end, slot)
   * triples (see `valuesOfSlot`): the same matches as `matchesEverywhere` without one object per hit.
   */
  scanEverywhere(text: string, hits: HitList): void {
    this.scanEverywhereMarking(text, hits, NO_MARKS, undefined);
  }

  /**
   * `scanEverywhere` that also lists, in the same pass, each position whose character has a nonzero entry in
   * `markOf` (at most 255): `marks` gets (position, character code, entry) triples.
   */
  scanEverywhereMarking(text: string, hits: HitList, markOf: Uint8Array, marks: HitList | undefined): void {
    const trie = this.frozen();
    if (trie.valueSlot.length > NODE_MASK) {
      this.scanLargeTrie(text, hits, markOf, marks);
      return;
    }
    const { childStart, childCodes, childNodes, valueSlot } = trie;
    const { table, used, pairBits, secondKeys, secondNodes, secondMask } = scanTable(trie, markOf);
    hits.length = 0;
    if (marks) marks.length = 0;
    const length = text.length;
    let next = length > 0 ? text.charCodeAt(0) : 0;
    for (let start = 0; start < length; start++) {
      const first = next;
      next = start + 1 < length ? text.charCodeAt(start + 1) : 0;
      // Most characters start no word and open no pattern: one bit in a small table says so.
      if (((used[first >>> 5]! >>> (first & 31)) & 1) === 0) continue;
      const entry = table[first]!;
      if (entry >= MARK_UNIT) marks!.push(start, first, entry >>> MARK_SHIFT);
      // The table and the pair filter also hold every name dot variant, so raw codes index them.
      let node = entry & NODE_MASK;
      if (node === 0) continue;
      if ((entry & ROOT_HAS_VALUE) === 0) {
        const pair = pairHash(first, next);
        if (((pairBits[pair >>> 5]! >>> (pair & 31)) & 1) === 0) continue;
      } else {
        const slot = valueSlot[node]!;
        hits.push(start, start + 1, slot - 1);
      }
      if (start + 1 >= length) continue;
      // The second character: one probe of the table of second-level edges instead of a search among the children.
      const key = node * 65536 + FOLDED[next]!;
      let probe = Math.imul(key, 0x9e3779b1) & secondMask;
      node = 0;
      for (let found = secondKeys[probe]!; found !== -1; found = secondKeys[probe]!) {
        if (found === key) {
          node = secondNodes[probe]!;
          break;
        }
        probe = (probe + 1) & secondMask;
      }
      for (let i = start + 2; node !== 0; i++) {
        const slot = valueSlot[node]!;
        if (slot > 0) hits.push(start, i, slot - 1);
        if (i >= length) break;
        const code = FOLDED[text.charCodeAt(i)]!;
        let low = childStart[node]!;
        let high = childStart[node + 1]! - 1;
        node = 0;
        while (low <= high) {
          const middle = (low + high) >> 1;
          const found = childCodes[middle]!;
          if (found === code) { node = childNodes[middle]!; break; }
          if (found < code) low = middle + 1;
          else high = middle - 1;
        }
      }
    }
  }

  /** `scanEverywhereMarking` for tries too large for a scan table (millions of nodes): one word at a time. */
  private scanLargeTrie(text: string, hits: HitList, markOf: Uint8Array, marks: HitList | undefined): void {
    const trie = this.frozen();
    hits.length = 0;
    for (let start = 0; start < text.length; start++) {
      let node = 0;
      for (let i = start; i < text.length; i++) {
        node = childOf(trie, node, FOLDED[text.charCodeAt(i)]!);
        if (node === 0) break;
        if (trie.valueSlot[node]! > 0) hits.push(start, i + 1, trie.valueSlot[node]! - 1);
      }
    }
    if (!marks) return;
    marks.length = 0;
    for (let at = 0; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (markOf[code] !== 0) marks.push(at, code, markOf[code]!);
    }
  }

  /** The values of the word a `scanEverywhere` hit found (its slot). */
  valuesOfSlot(slot: number): readonly T[] {
    return this.values[slot]!;
  }

  /** The lengths (1 to 30) of the words starting at `start` and ending by `limit`, as bits: bit n for length n. */
  wordLengthsAt(text: string, start: number, limit: number): number {
    const trie = this.frozen();
    let node = 0;
    let lengths = 0;
    const stop = Math.min(limit, text.length, start + 30);
    for (let i = start; i < stop; i++) {
      node = childOf(trie, node, FOLDED[text.charCodeAt(i)]!);
      if (node === 0) break;
      if (trie.valueSlot[node]! > 0) lengths |= 1 << (i + 1 - start);
    }
    return lengths;
  }

  /** Length of the longest word starting at `start` (and ending by `limit`, the text's end by default), or 0. */
  longestAt(text: string, start: number, limit = text.length): number {
    const trie = this.frozen();
    let node = 0;
    let longest = 0;
    const stop = Math.min(limit, text.length);
    for (let i = start; i < stop; i++) {
      node = childOf(trie, node, FOLDED[text.charCodeAt(i)]!);
      if (node === 0) break;
      if (trie.valueSlot[node]! > 0) longest = i + 1 - start;
    }
    return longest;
  }

  /** Length of the longest word ending exactly at `end` (at most `maxLength` chars), or 0. */
  longestEndingAt(text: string, end: number, maxLength: number): number {
    const trie = this.frozenBackward();
    let node = 0;
    let longest = 0;
    const stop = Math.max(0, end - maxLength);
    for (let i = end - 1; i >= stop; i--) {
      node = childOf(trie, node, FOLDED[text.charCodeAt(i)]!);
      if (node === 0) break;
      if (trie.valueSlot[node]! > 0) longest = end - i;
    }
    return longest;
  }
}
