/**
 * The engine's documents, by internal document number (assigned in adding order, never
 * reused until the engine compacts). Texts are kept once, folded ({@link FoldedText}). A store
 * restored from a persisted state ({@link DocumentStore.fromState}) keeps its documents' texts
 * in the state's {@link ByteSource} as text records (see {@link TextRecord}) and makes one when
 * asked for it, keeping the most recently used within {@link TEXT_CACHE_UNITS}; documents added
 * afterwards are held in memory as strings (search verifies candidates on them: decoding a record
 * per candidate made queries on a large in-memory engine several times slower).
 */
import type { ByteSource } from './byteSource';
import type { SearchEngineHeader, SearchEngineState, TextRecord } from './engineState';
import { FoldedText } from './foldedText';
import { fold } from './normalize';

/** What callers give the engine for one article. */
export interface SearchDocument {
  id: string;
  title: string;
  /** Plain text; block boundaries are '\n'. */
  text: string;
  outlet: string;
  /** Publication instant, epoch ms. */
  published?: number;
}

/** A stored document. */
export interface StoredDocument {
  id: string;
  title: FoldedText;
  /** The text (read from the persisted state on first use after a restore). */
  readonly text: FoldedText;
  outlet: string;
  foldedOutlet: string;
  /** Epoch ms, NaN when unknown. */
  published: number;
}

/** Code units of texts made from their records kept (about 32 MB); older ones are made again when needed. */
export const TEXT_CACHE_UNITS = 16 * 1024 * 1024;

/** Where the restored documents' texts are. */
interface PersistedTexts {
  source: ByteSource;
  positions: Float64Array;
  lengths: Int32Array;
  differenceCounts: Int32Array;
}

/** The small fields of restored documents, by document number, as the state gave them (shared by a store's restored documents). */
interface RestoredColumns {
  store: DocumentStore;
  foldedTitles: readonly string[];
  titleDifferences: Uint32Array;
  titleDifferenceStarts: Uint32Array;
  outlets: readonly string[];
  /** Outlets folded so far (each distinct outlet once, when first needed). */
  foldedOutlets: Map<string, string>;
  published: Float64Array;
}

/**
 * A restored document: a document number into its store's restored columns. Its title is made
 * into a {@link FoldedText} when first needed (kept then), its text read from the persisted texts.
 */
class RestoredDocument implements StoredDocument {
  // Declared, not defined: assigned by the constructor alone (no field initializer to run for each of many documents).
  private declare readonly columns: RestoredColumns;
  private declare readonly number: number;
  declare readonly id: string;
  private declare foldedTitle: FoldedText | undefined;

  constructor(columns: RestoredColumns, number: number, id: string) {
    this.columns = columns;
    this.number = number;
    this.id = id;
    this.foldedTitle = undefined;
  }

  get title(): FoldedText {
    if (this.foldedTitle === undefined) {
      const { foldedTitles, titleDifferences, titleDifferenceStarts } = this.columns;
      const number = this.number;
      this.foldedTitle = FoldedText.fromParts(foldedTitles[number], titleDifferences.subarray(titleDifferenceStarts[number], titleDifferenceStarts[number + 1]));
    }
    return this.foldedTitle;
  }

  get text(): FoldedText {
    return this.columns.store.persistedText(this.number);
  }

  get outlet(): string {
    return this.columns.outlets[this.number];
  }

  get foldedOutlet(): string {
    const outlet = this.columns.outlets[this.number];
    let folded = this.columns.foldedOutlets.get(outlet);
    if (folded === undefined) this.columns.foldedOutlets.set(outlet, (folded = fold(outlet)));
    return folded;
  }

  get published(): number {
    return this.columns.published[this.number];
  }
}

export class DocumentStore {
  private readonly documents: Array<StoredDocument | undefined> = [];
  /** Number of each live document by id; made from {@link documents} when first needed (not on restore). */
  private numberMap: Map<string, number> | undefined = new Map();
  private liveCount = 0;
  /** `title + text` length by document number (0 for removed slots). */
  private readonly lengths: number[] = [];
  private totalLength = 0;
  private persisted: PersistedTexts | undefined;
  /** Recently made texts, least recently used first. */
  private readonly textCache = new Map<number, FoldedText>();
  private cachedUnits = 0;

  /** Live documents. */
  get size(): number {
    return this.liveCount;
  }

  /** Document numbers handed out so far (live or removed). */
  get capacity(): number {
    return this.documents.length;
  }

  /** Mean `title + text` length of live documents (1 when empty). */
  get averageLength(): number {
    return this.liveCount > 0 ? this.totalLength / this.liveCount : 1;
  }

  /** Stores `document` under the next document number and returns that number. */
  add(document: SearchDocument): number {
    return this.addFolded(document, FoldedText.from(document.title), FoldedText.from(document.text));
  }

  /** Stores a document whose title and text are already folded; returns its number. */
  addFolded(document: Omit<SearchDocument, 'title' | 'text'>, title: FoldedText, text: FoldedText): number {
    const number = this.documents.length;
    const stored: StoredDocument = { id: document.id, title, text, outlet: document.outlet, foldedOutlet: fold(document.outlet), published: document.published ?? Number.NaN };
    this.documents.push(stored);
    const length = title.length + text.length;
    this.lengths.push(length);
    this.numberMap?.set(stored.id, number);
    this.liveCount++;
    this.totalLength += length;
    return number;
  }

  /**
   * A store holding the state's documents as they are (nothing refolded); their texts stay in
   * the state's source until needed. The state's folding must be the current one.
   */
  static fromState(state: SearchEngineState): DocumentStore {
    const store = new DocumentStore();
    const { ids, foldedTitles, titleDifferences, titleDifferenceStarts, outlets, published, textLengths, differenceCounts, textPositions } = state;
    const count = ids.length;
    if ([foldedTitles, outlets, published, textLengths, differenceCounts, textPositions].some((column) => column.length !== count) || titleDifferenceStarts.length !== count + 1) {
      throw new Error('inconsistent search engine state');
    }
    store.persisted = { source: state.texts, positions: textPositions, lengths: textLengths, differenceCounts };
    const columns: RestoredColumns = { store, foldedTitles, titleDifferences, titleDifferenceStarts, outlets, foldedOutlets: new Map(), published };
    const { documents, lengths } = store;
    store.numberMap = undefined; // made when first asked for: a first search needs none
    let total = 0;
    let live = 0;
    for (let number = 0; number < count; number++) {
      const id = ids[number];
      if (id === null) {
        store.addRemovedSlot();
        continue;
      }
      const length = foldedTitles[number].length + textLengths[number];
      documents.push(new RestoredDocument(columns, number, id));
      live++;
      lengths.push(length);
      total += length;
    }
    store.liveCount = live;
    store.totalLength = total;
    return store;
  }

  /** The text of restored document `number`, from the cache or read from the persisted texts. */
  persistedText(number: number): FoldedText {
    const cached = this.cachedText(number);
    if (cached) return cached;
    const persisted = this.persisted;
    if (!persisted) throw new Error(`document ${number} has no persisted text`);
    const length = persisted.lengths[number];
    const differenceCount = persisted.differenceCounts[number];
    return this.cache(number, decodeTextRecord(persisted.source.read(persisted.positions[number], length * 2 + differenceCount * 4), length, differenceCount));
  }

  /**
   * The text of live document `number` without keeping it in the cache when it is not there (for
   * reading every text once, or one text for a reader), or undefined.
   */
  textOnce(number: number): FoldedText | undefined {
    const stored = this.documents[number];
    if (stored === undefined) return undefined;
    const cached = this.textCache.get(number);
    if (cached) return cached;
    if (stored instanceof RestoredDocument && this.persisted) {
      const { source, positions, lengths, differenceCounts } = this.persisted;
      return decodeTextRecord(source.read(positions[number], lengths[number] * 2 + differenceCounts[number] * 4), lengths[number], differenceCounts[number]);
    }
    return stored.text;
  }

  /** The cached text of document `number` (now the most recently used), if any. */
  private cachedText(number: number): FoldedText | undefined {
    const cached = this.textCache.get(number);
    if (cached) {
      this.textCache.delete(number);
      this.textCache.set(number, cached);
    }
    return cached;
  }

  /** Keeps `text` as document `number`'s, dropping the least recently used beyond {@link TEXT_CACHE_UNITS}. */
  private cache(number: number, text: FoldedText): FoldedText {
    const length = text.length;
    this.textCache.set(number, text);
    this.cachedUnits += length;
    for (const [oldest, old] of this.textCache) {
      if (this.cachedUnits <= TEXT_CACHE_UNITS || oldest === number) break;
      this.textCache.delete(oldest);
      this.cachedUnits -= old.length;
    }
    return text;
  }

  /** The documents' small fields as a {@link SearchEngineHeader}'s columns (no versions or time zone). */
  exportHeader(): Omit<SearchEngineHeader, 'foldVersion' | 'gramVersion' | 'timeZone'> {
    const count = this.documents.length;
    const ids: Array<string | null> = new Array<string | null>(count);
    const foldedTitles: string[] = new Array<string>(count);
    const outlets: string[] = new Array<string>(count);
    const published = new Float64Array(count);
    const textLengths = new Int32Array(count);
    const differenceCounts = new Int32Array(count);
    const titleDifferenceStarts = new Uint32Array(count + 1);
    let total = 0;
    for (const stored of this.documents) if (stored) total += stored.title.differenceList.length;
    const titleDifferences = new Uint32Array(total);
    let at = 0;
    for (let number = 0; number < count; number++) {
      const stored = this.documents[number];
      titleDifferenceStarts[number] = at;
      if (!stored) {
        ids[number] = null;
        foldedTitles[number] = outlets[number] = '';
        published[number] = Number.NaN;
        continue;
      }
      ids[number] = stored.id;
      foldedTitles[number] = stored.title.folded;
      outlets[number] = stored.outlet;
      published[number] = stored.published;
      titleDifferences.set(stored.title.differenceList, at);
      at += stored.title.differenceList.length;
      const [length, differences] = this.textShape(number, stored);
      textLengths[number] = length;
      differenceCounts[number] = differences;
    }
    titleDifferenceStarts[count] = at;
    return { ids, foldedTitles, titleDifferences, titleDifferenceStarts, outlets, published, textLengths, differenceCounts };
  }

  /**
   * Each document's text record by number, as {@link exportHeader} sized them (persisted ones
   * copied as stored). Each is valid until the next is asked for (they share one buffer).
   */
  *exportTexts(): Generator<TextRecord> {
    let scratch = Buffer.allocUnsafe(1 << 16);
    for (let number = 0; number < this.documents.length; number++) {
      const stored = this.documents[number];
      if (!stored) {
        yield new Uint8Array(0);
      } else if (stored instanceof RestoredDocument && this.persisted) {
        const p = this.persisted;
        yield p.source.read(p.positions[number], p.lengths[number] * 2 + p.differenceCounts[number] * 4);
      } else {
        const size = textRecordSize(stored.text);
        if (size > scratch.length) scratch = Buffer.allocUnsafe(Math.max(size, scratch.length * 2));
        yield encodeTextRecordInto(stored.text, scratch);
      }
    }
  }

  private get numbers(): Map<string, number> {
    if (!this.numberMap) {
      const numbers = new Map<string, number>();
      this.documents.forEach((stored, number) => {
        if (stored) numbers.set(stored.id, number);
      });
      this.numberMap = numbers;
    }
    return this.numberMap;
  }

  /** Uses up one document number without a document (restoring a removed slot). */
  addRemovedSlot(): void {
    this.documents.push(undefined);
    this.lengths.push(0);
  }

  /** Forgets the document with `id`; its number is returned (or -1 when unknown). */
  remove(id: string): number {
    const number = this.numbers.get(id);
    if (number === undefined) return -1;
    this.liveCount--;
    this.totalLength -= this.lengths[number];
    this.documents[number] = undefined;
    const cached = this.textCache.get(number);
    if (cached) {
      this.textCache.delete(number);
      this.cachedUnits -= cached.length;
    }
    this.numbers.delete(id);
    return number;
  }

  /** Number of the live document `id`, or undefined. */
  numberOf(id: string): number | undefined {
    return this.numbers.get(id);
  }

  /** `title + text` length of document `number`. */
  lengthOf(number: number): number {
    return this.lengths[number];
  }

  /** The live document with this number, or undefined when removed. */
  get(number: number): StoredDocument | undefined {
    return this.documents[number];
  }

  /** Live documents in number order, each with its text (see {@link textOnce}: not kept in the cache). */
  *liveWithTexts(): IterableIterator<{ stored: StoredDocument; text: FoldedText }> {
    for (let number = 0; number < this.documents.length; number++) {
      const stored = this.documents[number];
      if (stored) yield { stored, text: this.textOnce(number) as FoldedText };
    }
  }

  /** Releases the persisted texts' source (a file handle). */
  close(): void {
    this.persisted?.source.close?.();
  }

  /** Text length and difference-value count of a live document, without reading a persisted text. */
  private textShape(number: number, stored: StoredDocument): [number, number] {
    if (stored instanceof RestoredDocument && this.persisted) return [this.persisted.lengths[number], this.persisted.differenceCounts[number]];
    return [stored.text.length, stored.text.differenceList.length];
  }
}

/** The byte length of a folded text's record. */
function textRecordSize(text: FoldedText): number {
  return text.length * 2 + text.differenceList.length * 4;
}

/** The text record of `text` written at the start of `buffer` (which must hold it): a view of it. */
function encodeTextRecordInto(text: FoldedText, buffer: Buffer): TextRecord {
  const differences = text.differenceList;
  const length = text.length * 2;
  buffer.write(text.folded, 0, length, 'utf16le');
  for (let k = 0; k < differences.length; k++) buffer.writeUInt32LE(differences[k], length + k * 4);
  return buffer.subarray(0, length + differences.length * 4);
}

/** The folded text of a text record. */
export function decodeTextRecord(record: Uint8Array, length: number, differenceCount: number): FoldedText {
  if (record.length !== length * 2 + differenceCount * 4) throw new RangeError('a text record has the wrong size');
  const bytes = Buffer.from(record.buffer, record.byteOffset, record.byteLength);
  const folded = bytes.toString('utf16le', 0, length * 2);
  const differences = new Uint32Array(differenceCount);
  for (let k = 0; k < differenceCount; k++) {
    differences[k] = bytes.readUInt32LE(length * 2 + k * 4);
    if (k % 2 === 0 && (differences[k] >= length || (k > 0 && differences[k] <= differences[k - 2]))) throw new RangeError('a text record has differences out of order');
  }
  return FoldedText.fromParts(folded, differences);
}
