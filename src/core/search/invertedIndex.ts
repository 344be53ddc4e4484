/**
 * Gram → posting list (increasing document numbers). Unigram keys are looked up in a direct
 * table; bigram and trigram keys (int32) in an open-addressing hash over an Int32Array. Postings live
 * in a {@link PostingPool} with a per-document frequency: text occurrences plus
 * `titleWeight` × title occurrences of the gram, an upper bound for any term containing it. Documents must be added in increasing document-number order;
 * removal is the engine's business (tombstones), not the index's.
 *
 * Appends are batched. Appending a document's postings one list at a time touches the tail of a
 * few thousand lists spread over a pool of tens of megabytes: a cache miss per posting. So a
 * document's postings first go to a pending buffer (sequential writes); a flush (when the
 * buffer is full, or before anything reads the lists) regroups the pending postings by list
 * (a stable counting sort, so documents stay in increasing order) and appends each list's run
 * at once. Every read method flushes first: a document is searchable as soon as it was added.
 */
import { MAX_FREQUENCY, PostingPool, type ListRun, type PersistedLists, type Postings } from './postingPool';
import { MAX_GRAMS_PER_UNIT, gramsInto, isUnigram } from './tokenize';
import { growInt32, hashOf } from './gramTable';

export type { Postings } from './postingPool';

/** A persisted index: the key of every list (by list number) and the lists' runs. */
export interface InvertedIndexState {
  listKeys: Int32Array;
  lists: PersistedLists;
}

/** One list as exported: its key and its contiguous run. */
export interface KeyedListRun extends ListRun {
  key: number;
}

/**
 * Posting lists of a batch of documents numbered 0…n-1 in the batch (made where the batch was read,
 * e.g. in an indexing worker), as plain arrays that can be transferred between threads: list `i`
 * has key `keys[i]`, `counts[i]` entries, last document `lastDocs[i]`, and its entries (encoded
 * as the pool encodes them) in `runs[runStarts[i]…runStarts[i + 1])`.
 */
export interface PreparedPostings {
  keys: Int32Array;
  counts: Int32Array;
  lastDocs: Int32Array;
  runStarts: Int32Array;
  runs: Uint8Array;
}

/** Pending postings that trigger a flush: about a hundred documents, a few MB that stay in cache. */
const PENDING_POSTINGS = 1 << 18;

const EMPTY = 0;
const EMPTY_INT32 = new Int32Array(0); // no gram has key 0 (NUL is not a word unit)

export class InvertedIndex {
  private pool: PostingPool;
  private listKeys: Int32Array;
  private readonly unigramLists = new Int32Array(0x10000).fill(-1);
  /** Open addressing, slot `s` at `2s`: the key, then its list (one cache line for both). */
  private hashSlots = new Int32Array(2 << 12);
  private hashUsed = 0;
  /** Scratch for {@link addDocument}: grams of one field, per-list frequency, lists touched. */
  private gramBuffer = new Int32Array(1 << 15);
  private frequencyByList = new Uint16Array(1024);
  private touchedLists: Int32Array = new Int32Array(1024);
  /** Postings added but not yet in the pool, in adding order: list, and document << 8 | frequency. */
  private pendingLists = EMPTY_INT32;
  private pendingPostings = EMPTY_INT32;
  private pendingCount = 0;
  /** Scratch for {@link flush}: per-list run starts, and the pending postings grouped by list. */
  private runStarts = new Int32Array(1024);
  private grouped = EMPTY_INT32;

  constructor(state?: InvertedIndexState) {
    if (state && state.listKeys.length !== state.lists.counts.length) throw new Error('persisted list keys do not match the lists');
    this.pool = new PostingPool(state?.lists);
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
    this.flush();
    return this.pool.byteLength;
  }

  /**
   * Indexes every gram of the folded title and text under `doc` (greater than any doc so far).
   * Title occurrences count `titleWeight` times in the stored frequency.
   */
  addDocument(doc: number, title: string, text: string, titleWeight: number): void {
    const touched = this.countGrams(text, 1, this.countGrams(title, titleWeight, 0));
    if (this.pendingCount + touched > this.pendingLists.length) this.flush(touched);
    const touchedLists = this.touchedLists;
    const frequencyByList = this.frequencyByList;
    const pendingLists = this.pendingLists;
    const pendingPostings = this.pendingPostings;
    const shifted = doc << 8;
    let at = this.pendingCount;
    for (let i = 0; i < touched; i++) {
      const list = touchedLists[i];
      const frequency = frequencyByList[list];
      frequencyByList[list] = 0;
      pendingLists[at] = list;
      pendingPostings[at] = shifted | (frequency > MAX_FREQUENCY ? MAX_FREQUENCY : frequency);
      at++;
    }
    this.pendingCount = at;
  }

  /** Appends the pending postings to the pool, list by list; makes room for `room` more. */
  private flush(room = 0): void {
    if (this.pendingCount > 0) {
      const listCount = this.pool.size;
      const starts = this.groupPending();
      this.pendingCount = 0;
      const grouped = this.grouped;
      let from = 0;
      for (let list = 0; list < listCount; list++) {
        const to = starts[list];
        if (to > from) this.pool.appendRun(list, grouped, from, to);
        from = to;
      }
    }
    if (room > this.pendingLists.length) {
      room = Math.max(room, PENDING_POSTINGS); // allocated on first use: an index restored for reading needs none
      this.pendingLists = new Int32Array(room);
      this.pendingPostings = new Int32Array(room);
      this.grouped = new Int32Array(room);
    }
  }

  /**
   * Groups the pending postings by list into `grouped` (a stable counting sort: documents stay in
   * increasing order); returns the run ends: list `l`'s run is `grouped[ends[l - 1]…ends[l])`.
   */
  private groupPending(): Int32Array {
    const count = this.pendingCount;
    const lists = this.pendingLists;
    const postings = this.pendingPostings;
    const listCount = this.pool.size;
    if (this.runStarts.length < listCount + 1) this.runStarts = new Int32Array(Math.max(listCount + 1, this.runStarts.length * 2));
    const starts = this.runStarts;
    starts.fill(0, 0, listCount + 1);
    for (let i = 0; i < count; i++) starts[lists[i] + 1]++;
    for (let list = 0; list < listCount; list++) starts[list + 1] += starts[list];
    const grouped = this.grouped;
    // After this, starts[list] is the end of the list's run (the start of the next one's).
    for (let i = 0; i < count; i++) grouped[starts[lists[i]]++] = postings[i];
    return starts;
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
    let hashSlots = this.hashSlots;
    let frequencyByList = this.frequencyByList;
    const touchedLists = this.touchedLists;
    let seen = touched;
    for (let i = 0; i < count; i++) {
      const key = grams[i];
      let list = -1;
      if (key >>> 16 === 0) {
        list = unigramLists[key];
      } else {
        const mask = (hashSlots.length >> 1) - 1;
        let slot = hashOf(key) & mask;
        for (let found = hashSlots[2 * slot]; found !== EMPTY; found = hashSlots[2 * slot]) {
          if (found === key) {
            list = hashSlots[2 * slot + 1];
            break;
          }
          slot = (slot + 1) & mask;
        }
      }
      if (list < 0) {
        list = this.createList(key);
        hashSlots = this.hashSlots;
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

  /**
   * Appends a prepared batch whose document `d` is document `base + d` here (`base` greater than
   * every document so far): each of its lists is appended to the list with the same key.
   */
  appendPrepared(postings: PreparedPostings, base: number): void {
    this.flush();
    const { keys, counts, lastDocs, runStarts, runs } = postings;
    if (counts.length !== keys.length || lastDocs.length !== keys.length || runStarts.length !== keys.length + 1) throw new Error('prepared postings do not match their sizes');
    for (let i = 0; i < keys.length; i++) {
      let list = this.listOf(keys[i]);
      if (list < 0) list = this.createList(keys[i]);
      this.pool.appendEncodedRun(list, runs, runStarts[i], runStarts[i + 1], counts[i], lastDocs[i], base);
    }
  }

  /** Number of documents (live or removed) holding `key`; 0 when unknown. */
  documentCount(key: number): number {
    this.flush();
    const list = this.listOf(key);
    return list < 0 ? 0 : this.pool.count(list);
  }

  /** Documents holding `key` (increasing) with frequencies; empty when unknown. */
  postings(key: number): Postings {
    this.flush();
    const list = this.listOf(key);
    return list < 0 ? { documents: new Int32Array(0), frequencies: new Uint8Array(0) } : this.pool.decode(list);
  }

  /** Releases the persisted lists' source (a file handle). */
  close(): void {
    this.pool.close();
  }

  /** Number of lists (distinct keys); {@link exportLists} yields this many. */
  get listCount(): number {
    return this.pool.size;
  }

  /** Every list with its key, as one contiguous run each, by list number (for persisting); a run's bytes are valid until the next is asked for. */
  *exportLists(): Generator<KeyedListRun> {
    this.flush();
    let list = 0;
    for (const run of this.pool.exportLists()) yield { key: this.listKeys[list++], ...run };
  }

  private listOf(key: number): number {
    if (isUnigram(key)) return this.unigramLists[key];
    const slots = this.hashSlots;
    const mask = (slots.length >> 1) - 1;
    let slot = hashOf(key) & mask;
    let found = slots[2 * slot];
    while (found !== key) {
      if (found === EMPTY) return -1;
      slot = (slot + 1) & mask;
      found = slots[2 * slot];
    }
    return slots[2 * slot + 1];
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
    if ((this.hashUsed + 1) * 4 > this.hashSlots.length) this.growHash();
    this.insert(key, list);
    this.hashUsed++;
  }

  private insert(key: number, list: number): void {
    const slots = this.hashSlots;
    const mask = (slots.length >> 1) - 1;
    let slot = hashOf(key) & mask;
    while (slots[2 * slot] !== EMPTY) slot = (slot + 1) & mask;
    slots[2 * slot] = key;
    slots[2 * slot + 1] = list;
  }

  private growHash(): void {
    const old = this.hashSlots;
    this.hashSlots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] !== EMPTY) this.insert(old[at], old[at + 1]);
    }
  }
}
