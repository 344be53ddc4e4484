/**
 * The posting lists of one batch of documents, numbered 0…n-1 in the batch, made where the batch is
 * read (an indexing worker) and exported as {@link PreparedPostings}: each list one contiguous run,
 * encoded as {@link PostingPool} encodes lists, that the engine's index appends as it is.
 *
 * Built for that export: while a document is added, each of its lists' entries is kept (in adding
 * order) with its gap from the list's previous document already computed, and each list's encoded
 * size is summed; the export then lays the lists out back to back and writes every entry straight
 * into its list's run, in one pass (no regrouping of the entries by list). The lists are numbered in
 * the order their grams are first met (a document's title, then its text), the order in which adding
 * the documents one by one would create them. One builder is reused from batch to batch (see
 * {@link clear}): its buffers are kept.
 */
import type { PreparedPostings } from './invertedIndex';
import { MAX_FREQUENCY } from './postingPool';
import { GRAM_KINDS, MAX_GRAMS_PER_UNIT, getUnitKinds, takesTrigram, trigramKey } from './tokenize';
import { growInt32, hashOf } from './gramTable';

const { SEPARATOR, WORD } = GRAM_KINDS;

const EMPTY = 0; // no gram has key 0 (NUL is not a word unit)
/** Per-list record in `lists`: last document so far, encoded bytes so far, entries so far. */
const STRIDE = 4;
const LAST_DOC = 0;
const BYTES = 1;
const COUNT = 2;

export class BatchIndex {
  /** Unigram key (a code unit) → list, -1 when none. */
  private readonly unigramLists = new Int32Array(0x10000).fill(-1);
  /** Bigram and trigram keys: open addressing, slot `s` at `2s`: the key, then its list. */
  private hashSlots: Int32Array = new Int32Array(2 << 12);
  private hashUsed = 0;
  private listCount = 0;
  private listKeys: Int32Array = new Int32Array(1024);
  private lists: Int32Array = new Int32Array(1024 * STRIDE);
  /** Per list: the document being added's frequency (0 between documents). */
  private frequencyByList: Uint16Array = new Uint16Array(1024);
  /** Scratch for {@link add}: the lists of one document (first met first). */
  private touchedLists: Int32Array = new Int32Array(1024);
  /** Entries, in adding order: the list, and the gap from its previous document << 8 | frequency. */
  private entryLists: Int32Array = new Int32Array(1 << 16);
  private entries: Int32Array = new Int32Array(1 << 16);
  private entryCount = 0;
  private lastDocument = -1;

  /**
   * Adds document `doc` (greater than any so far): every gram of its folded title (the code units
   * `titleUnits[titleStart…titleEnd)`, weighing `titleWeight`) and text (`textUnits[textStart…textEnd)`).
   */
  add(doc: number, titleUnits: Uint16Array, titleStart: number, titleEnd: number, textUnits: Uint16Array, textStart: number, textEnd: number, titleWeight: number): void {
    if (doc <= this.lastDocument || doc >= 1 << 23) throw new RangeError(`batch document ${doc} is out of order or too large`);
    this.lastDocument = doc;
    const touched = this.countGrams(textUnits, textStart, textEnd, 1, this.countGrams(titleUnits, titleStart, titleEnd, titleWeight, 0));
    if (this.entryCount + touched > this.entries.length) this.growEntries(this.entryCount + touched);
    const touchedLists = this.touchedLists;
    const frequencyByList = this.frequencyByList;
    const lists = this.lists;
    const entryLists = this.entryLists;
    const entries = this.entries;
    let at = this.entryCount;
    for (let i = 0; i < touched; i++) {
      const list = touchedLists[i];
      const frequency = frequencyByList[list];
      frequencyByList[list] = 0;
      const record = list * STRIDE;
      const gap = doc - lists[record + LAST_DOC];
      lists[record + LAST_DOC] = doc;
      lists[record + BYTES] += gap < 0x80 ? 2 : varintLength(gap) + 1;
      lists[record + COUNT]++;
      entryLists[at] = list;
      entries[at] = (gap << 8) | (frequency > MAX_FREQUENCY ? MAX_FREQUENCY : frequency);
      at++;
    }
    this.entryCount = at;
  }

  /** The lists of the documents added since the last {@link clear}, each one run; then clears. */
  export(): PreparedPostings {
    const listCount = this.listCount;
    const total = encodedBytes(this.lists, listCount);
    // One buffer for all the arrays (one allocation, one buffer to transfer): the int32 arrays, then the runs.
    const buffer = new ArrayBuffer(4 * (4 * listCount + 1) + total);
    const keys = new Int32Array(buffer, 0, listCount);
    keys.set(this.listKeys.subarray(0, listCount));
    const counts = new Int32Array(buffer, 4 * listCount, listCount);
    const lastDocs = new Int32Array(buffer, 8 * listCount, listCount);
    const runStarts = new Int32Array(buffer, 12 * listCount, listCount + 1);
    const runs = new Uint8Array(buffer, 4 * (4 * listCount + 1), total);
    layOutRuns(this.lists, listCount, counts, lastDocs, runStarts);
    writeEntries(this.lists, this.entryLists, this.entries, this.entryCount, runs);
    this.clear();
    return { keys, counts, lastDocs, runStarts, runs };
  }

  /** Forgets every document and list (keeping the buffers). */
  clear(): void {
    if (this.listCount > 0) {
      this.unigramLists.fill(-1);
      this.hashSlots.fill(EMPTY);
    }
    this.hashUsed = 0;
    this.listCount = 0;
    this.entryCount = 0;
    this.lastDocument = -1;
  }

  /**
   * Adds `weight` to the document's frequency of every gram of a field, the code units
   * `units[start…end)` (the grams `gramsInto` writes for them as a string, met in the same order),
   * recording lists met for the first time in the document in `touchedLists` after the first
   * `touched`; returns the new touched count. The indexing hot loop: the grams are looked up as they
   * are made, fields are copied to locals (refreshed after growth).
   */
  private countGrams(units: Uint16Array, start: number, end: number, weight: number, touched: number): number {
    // Room for every gram to be new, so the loop can record lists without a check.
    const most = touched + (end - start) * MAX_GRAMS_PER_UNIT;
    if (this.touchedLists.length <= most) this.touchedLists = growInt32(this.touchedLists, most + 1);
    const kinds = getUnitKinds();
    const unigramLists = this.unigramLists;
    const touchedLists = this.touchedLists;
    let frequencyByList = this.frequencyByList;
    let seen = touched;
    let before = -1;
    let beforeKind: number = SEPARATOR;
    let previous = -1;
    let previousKind: number = SEPARATOR;
    for (let i = start; i < end; i++) {
      const unit = units[i];
      const kind = kinds[unit];
      if (kind === SEPARATOR) {
        before = previous = -1;
        beforeKind = previousKind = SEPARATOR;
        continue;
      }
      if (kind >= WORD) {
        let list = unigramLists[unit];
        if (list < 0) {
          list = this.createList(unit);
          frequencyByList = this.frequencyByList;
        }
        const frequency = frequencyByList[list];
        // Branch-free "record the list if first met": always write, advance only when new.
        touchedLists[seen] = list;
        seen += (frequency - 1) >>> 31;
        if (frequency < 0xffff - weight) frequencyByList[list] = frequency + weight;
      }
      if (previous >= 0) {
        let list = this.hashedList((previous << 16) | unit);
        if (list < 0) {
          list = this.createList((previous << 16) | unit);
          frequencyByList = this.frequencyByList;
        }
        let frequency = frequencyByList[list];
        touchedLists[seen] = list;
        seen += (frequency - 1) >>> 31;
        if (frequency < 0xffff - weight) frequencyByList[list] = frequency + weight;
        if (before >= 0 && takesTrigram(beforeKind, previousKind, kind)) {
          const key = trigramKey(before, previous, unit);
          list = this.hashedList(key);
          if (list < 0) {
            list = this.createList(key);
            frequencyByList = this.frequencyByList;
          }
          frequency = frequencyByList[list];
          touchedLists[seen] = list;
          seen += (frequency - 1) >>> 31;
          if (frequency < 0xffff - weight) frequencyByList[list] = frequency + weight;
        }
      }
      before = previous;
      beforeKind = previousKind;
      previous = unit;
      previousKind = kind;
    }
    return seen;
  }

  /** The list of a bigram or trigram key, -1 when none. */
  private hashedList(key: number): number {
    const slots = this.hashSlots;
    const mask = (slots.length >> 1) - 1;
    let slot = hashOf(key) & mask;
    for (let found = slots[2 * slot]; found !== EMPTY; found = slots[2 * slot]) {
      if (found === key) return slots[2 * slot + 1];
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private createList(key: number): number {
    const list = this.listCount++;
    if (list === this.listKeys.length) {
      const capacity = list * 2;
      this.listKeys = growInt32(this.listKeys, capacity);
      this.lists = growInt32(this.lists, capacity * STRIDE);
      const frequencies = new Uint16Array(capacity);
      frequencies.set(this.frequencyByList);
      this.frequencyByList = frequencies;
    }
    this.listKeys[list] = key;
    const record = list * STRIDE;
    this.lists[record + LAST_DOC] = -1;
    this.lists[record + BYTES] = 0;
    this.lists[record + COUNT] = 0;
    if (key >>> 16 === 0) {
      this.unigramLists[key] = list;
    } else {
      if ((this.hashUsed + 1) * 4 > this.hashSlots.length) this.growHash();
      insert(this.hashSlots, key, list);
      this.hashUsed++;
    }
    return list;
  }

  private growHash(): void {
    const old = this.hashSlots;
    const slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 2) {
      if (old[at] !== EMPTY) insert(slots, old[at], old[at + 1]);
    }
    this.hashSlots = slots;
  }

  private growEntries(atLeast: number): void {
    const size = Math.max(atLeast, this.entries.length * 2);
    this.entryLists = growInt32(this.entryLists, size);
    this.entries = growInt32(this.entries, size);
  }
}

function insert(slots: Int32Array, key: number, list: number): void {
  const mask = (slots.length >> 1) - 1;
  let slot = hashOf(key) & mask;
  while (slots[2 * slot] !== EMPTY) slot = (slot + 1) & mask;
  slots[2 * slot] = key;
  slots[2 * slot + 1] = list;
}


/** Bytes of `value` as a varint (7 bits a byte). */
function varintLength(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

// The export's loops, each in a function of its own over typed arrays: optimized once, where a
// method running them one after the other was deoptimized at almost every batch (its code after a
// loop compiled on stack replacement had no type feedback).

/** Encoded bytes of the first `listCount` lists. */
function encodedBytes(lists: Int32Array, listCount: number): number {
  let total = 0;
  for (let list = 0; list < listCount; list++) total += lists[list * STRIDE + BYTES];
  return total;
}

/**
 * Sets each list's count, last document and run start (`runStarts`, with the end after the last),
 * and turns each list's byte count in `lists` into where its next entry goes in the runs.
 */
function layOutRuns(lists: Int32Array, listCount: number, counts: Int32Array, lastDocs: Int32Array, runStarts: Int32Array): void {
  let start = 0;
  for (let list = 0; list < listCount; list++) {
    const record = list * STRIDE;
    runStarts[list] = start;
    start += lists[record + BYTES];
    lists[record + BYTES] = runStarts[list];
    counts[list] = lists[record + COUNT];
    lastDocs[list] = lists[record + LAST_DOC];
  }
  runStarts[listCount] = start;
}

/** Writes each entry (varint gap, then frequency) at its list's cursor in `runs` (see {@link layOutRuns}). */
function writeEntries(lists: Int32Array, entryLists: Int32Array, entries: Int32Array, count: number, runs: Uint8Array): void {
  for (let i = 0; i < count; i++) {
    const cursor = entryLists[i] * STRIDE + BYTES;
    let at = lists[cursor];
    const entry = entries[i];
    let gap = entry >>> 8;
    while (gap >= 0x80) {
      runs[at++] = (gap & 0x7f) | 0x80;
      gap >>>= 7;
    }
    runs[at++] = gap;
    runs[at++] = entry & 0xff;
    lists[cursor] = at;
  }
}
