/**
 * Gram → posting list (increasing document numbers). Unigram keys are looked up in a direct
 * table; bigram and trigram keys (int32) in an open-addressing hash over an Int32Array. Postings live
 * in a {@link PostingPool} with a per-document frequency: text occurrences plus
 * `titleWeight` × title occurrences of the gram, an upper bound for any term containing it. Documents must be added in increasing document-number order;
 * removal is the engine's business (tombstones), not the index's.
 */
import { PostingPool, type PostingPoolState, type Postings } from './postingPool';
import { MAX_GRAMS_PER_UNIT, gramsInto, isUnigram } from './tokenize';

export type { Postings } from './postingPool';

/** Everything needed to restore an index, as typed arrays. */
export interface InvertedIndexState {
  pool: PostingPoolState;
  /** Key of every list, by list number. */
  listKeys: Int32Array;
}

const EMPTY = 0; // no gram has key 0 (NUL is not a word unit)

export class InvertedIndex {
  private readonly pool: PostingPool;
  private listKeys: Int32Array;
  private readonly unigramLists = new Int32Array(0x10000).fill(-1);
  private hashKeys = new Int32Array(1 << 12);
  private hashLists = new Int32Array(1 << 12);
  private hashUsed = 0;
  /** Scratch for {@link addDocument}: grams of one field, per-list frequency, lists touched. */
  private gramBuffer = new Int32Array(1 << 15);
  private frequencyByList = new Uint16Array(1024);
  private touchedLists: Int32Array = new Int32Array(1024);

  constructor(state?: InvertedIndexState) {
    this.pool = new PostingPool(state?.pool);
    this.listKeys = state ? state.listKeys.slice() : new Int32Array(1024);
    for (let list = 0; list < this.pool.size; list++) this.remember(this.listKeys[list], list);
    this.frequencyByList = new Uint16Array(Math.max(1024, this.listKeys.length));
  }

  /** Number of distinct grams. */
  get gramCount(): number {
    return this.pool.size;
  }

  /** Bytes used by postings. */
  get postingBytes(): number {
    return this.pool.byteLength;
  }

  /**
   * Indexes every gram of the folded title and text under `doc` (greater than any doc so far).
   * Title occurrences count `titleWeight` times in the stored frequency.
   */
  addDocument(doc: number, title: string, text: string, titleWeight: number): void {
    const touched = this.countGrams(text, 1, this.countGrams(title, titleWeight, 0));
    for (let i = 0; i < touched; i++) {
      const list = this.touchedLists[i];
      this.pool.append(list, doc, this.frequencyByList[list]);
      this.frequencyByList[list] = 0;
    }
  }

  /**
   * Adds `weight` to the scratch frequency of every gram of `field`, recording lists seen for
   * the first time in `touchedLists` after the first `touched`; returns the new touched count.
   */
  private countGrams(field: string, weight: number, touched: number): number {
    if (this.gramBuffer.length < field.length * MAX_GRAMS_PER_UNIT) this.gramBuffer = new Int32Array(field.length * MAX_GRAMS_PER_UNIT * 2);
    const grams = this.gramBuffer;
    const count = gramsInto(field, grams);
    // Room for every gram to be new, so the loop below can record lists without a check.
    if (this.touchedLists.length <= touched + count) this.touchedLists = growInt32(this.touchedLists, touched + count + 1);
    // Hot loop: fields copied to locals (several times faster in V8), refreshed after growth.
    const unigramLists = this.unigramLists;
    let hashKeys = this.hashKeys;
    let hashLists = this.hashLists;
    let frequencyByList = this.frequencyByList;
    const touchedLists = this.touchedLists;
    let seen = touched;
    for (let i = 0; i < count; i++) {
      const key = grams[i];
      let list = -1;
      if (key >>> 16 === 0) {
        list = unigramLists[key];
      } else {
        const mask = hashKeys.length - 1;
        let slot = hashOf(key) & mask;
        for (let found = hashKeys[slot]; found !== EMPTY; found = hashKeys[slot]) {
          if (found === key) {
            list = hashLists[slot];
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      if (list < 0) {
        list = this.createList(key);
        hashKeys = this.hashKeys;
        hashLists = this.hashLists;
        frequencyByList = this.frequencyByList;
      }
      const frequency = frequencyByList[list];
      // Branch-free "record the list if first seen": always write, advance only when new.
      touchedLists[seen] = list;
      seen += (frequency - 1) >>> 31;
      if (frequency < 0xffff - weight) frequencyByList[list] = frequency + weight;
    }
    return seen;
  }

  /** Number of documents (live or removed) holding `key`; 0 when unknown. */
  documentCount(key: number): number {
    const list = this.listOf(key);
    return list < 0 ? 0 : this.pool.count(list);
  }

  /** Documents holding `key` (increasing) with frequencies; empty when unknown. */
  postings(key: number): Postings {
    const list = this.listOf(key);
    return list < 0 ? { documents: new Int32Array(0), frequencies: new Uint8Array(0) } : this.pool.decode(list);
  }

  /** A copy of the index's arrays. */
  exportState(): InvertedIndexState {
    return { pool: this.pool.exportState(), listKeys: this.listKeys.slice(0, this.pool.size) };
  }

  private listOf(key: number): number {
    if (isUnigram(key)) return this.unigramLists[key];
    const keys = this.hashKeys;
    const mask = keys.length - 1;
    let slot = hashOf(key) & mask;
    let found = keys[slot];
    while (found !== key) {
      if (found === EMPTY) return -1;
      slot = (slot + 1) & mask;
      found = keys[slot];
    }
    return this.hashLists[slot];
  }

  private createList(key: number): number {
    const list = this.pool.createList();
    if (list >= this.listKeys.length) {
      const grown = new Int32Array(Math.max(1024, this.listKeys.length * 2));
      grown.set(this.listKeys);
      this.listKeys = grown;
    }
    this.listKeys[list] = key;
    if (list >= this.frequencyByList.length) {
      const grown = new Uint16Array(this.listKeys.length);
      grown.set(this.frequencyByList);
      this.frequencyByList = grown;
    }
    this.remember(key, list);
    return list;
  }

  private remember(key: number, list: number): void {
    if (isUnigram(key)) {
      this.unigramLists[key] = list;
      return;
    }
    if ((this.hashUsed + 1) * 2 > this.hashKeys.length) this.growHash();
    this.insert(key, list);
    this.hashUsed++;
  }

  private insert(key: number, list: number): void {
    const mask = this.hashKeys.length - 1;
    let slot = hashOf(key) & mask;
    while (this.hashKeys[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.hashKeys[slot] = key;
    this.hashLists[slot] = list;
  }

  private growHash(): void {
    const oldKeys = this.hashKeys;
    const oldLists = this.hashLists;
    this.hashKeys = new Int32Array(oldKeys.length * 2);
    this.hashLists = new Int32Array(oldKeys.length * 2);
    for (let slot = 0; slot < oldKeys.length; slot++) {
      if (oldKeys[slot] !== EMPTY) this.insert(oldKeys[slot], oldLists[slot]);
    }
  }
}

/** Mixes the key's bits so that neighbouring bigrams spread over the table. */
function hashOf(key: number): number {
  const mixed = Math.imul(key, 0x9e3779b1);
  return mixed ^ (mixed >>> 15);
}

function growInt32(array: Int32Array, atLeast: number): Int32Array {
  const grown = new Int32Array(Math.max(array.length * 2, atLeast));
  grown.set(array);
  return grown;
}
