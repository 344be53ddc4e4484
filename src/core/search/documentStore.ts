/**
 * The engine's documents, by internal document number (assigned in adding order, never
 * reused until the engine compacts). Texts are kept once, folded ({@link FoldedText}).
 */
import type { SearchEngineState } from './engineState';
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
  text: FoldedText;
  outlet: string;
  foldedOutlet: string;
  /** Epoch ms, NaN when unknown. */
  published: number;
}

export class DocumentStore {
  private readonly documents: Array<StoredDocument | undefined> = [];
  private readonly numbers = new Map<string, number>();
  /** `title + text` length by document number (0 for removed slots). */
  private readonly lengths: number[] = [];
  private totalLength = 0;

  /** Live documents. */
  get size(): number {
    return this.numbers.size;
  }

  /** Document numbers handed out so far (live or removed). */
  get capacity(): number {
    return this.documents.length;
  }

  /** Mean `title + text` length of live documents (1 when empty). */
  get averageLength(): number {
    return this.numbers.size > 0 ? this.totalLength / this.numbers.size : 1;
  }

  /** Stores `document` under the next document number and returns that number. */
  add(document: SearchDocument): number {
    const stored: StoredDocument = {
      id: document.id,
      title: FoldedText.from(document.title),
      text: FoldedText.from(document.text),
      outlet: document.outlet,
      foldedOutlet: fold(document.outlet),
      published: document.published ?? Number.NaN,
    };
    const number = this.documents.length;
    this.documents.push(stored);
    this.lengths.push(stored.title.length + stored.text.length);
    this.numbers.set(stored.id, number);
    this.totalLength += stored.title.length + stored.text.length;
    return number;
  }

  /**
   * A store holding the state's documents as they are (folded texts and differences taken over,
   * nothing refolded). The state's folding must be the current one.
   */
  static fromState(state: SearchEngineState): DocumentStore {
    const store = new DocumentStore();
    const { ids, foldedTitles, foldedTexts, differences, differenceStarts, outlets, published } = state;
    const count = ids.length;
    if (foldedTitles.length !== count || foldedTexts.length !== count || outlets.length !== count || published.length !== count || state.lengths.length !== count || differenceStarts.length !== 2 * count + 1) {
      throw new Error('inconsistent search engine state');
    }
    for (let number = 0; number < count; number++) {
      const id = ids[number];
      if (id === null) {
        store.addRemovedSlot();
        continue;
      }
      const title = FoldedText.fromParts(foldedTitles[number], differences.subarray(differenceStarts[2 * number], differenceStarts[2 * number + 1]));
      const text = FoldedText.fromParts(foldedTexts[number], differences.subarray(differenceStarts[2 * number + 1], differenceStarts[2 * number + 2]));
      const outlet = outlets[number];
      const length = title.length + text.length;
      store.documents.push({ id, title, text, outlet, foldedOutlet: fold(outlet), published: published[number] });
      store.lengths.push(length);
      store.numbers.set(id, number);
      store.totalLength += length;
    }
    return store;
  }

  /** The documents as the columns of a {@link SearchEngineState} (without versions, time zone and index). */
  exportDocuments(): Omit<SearchEngineState, 'foldVersion' | 'gramVersion' | 'timeZone' | 'index'> {
    const count = this.documents.length;
    const ids: Array<string | null> = new Array<string | null>(count);
    const foldedTitles: string[] = new Array<string>(count);
    const foldedTexts: string[] = new Array<string>(count);
    const outlets: string[] = new Array<string>(count);
    const published = new Float64Array(count);
    const lengths = new Int32Array(count);
    const differenceStarts = new Uint32Array(2 * count + 1);
    let total = 0;
    for (let number = 0; number < count; number++) {
      const stored = this.documents[number];
      if (stored) total += stored.title.differenceList.length + stored.text.differenceList.length;
    }
    const differences = new Uint32Array(total);
    let at = 0;
    for (let number = 0; number < count; number++) {
      const stored = this.documents[number];
      differenceStarts[2 * number] = at;
      if (!stored) {
        ids[number] = null;
        foldedTitles[number] = foldedTexts[number] = outlets[number] = '';
        published[number] = Number.NaN;
        differenceStarts[2 * number + 1] = at;
        continue;
      }
      ids[number] = stored.id;
      foldedTitles[number] = stored.title.folded;
      foldedTexts[number] = stored.text.folded;
      outlets[number] = stored.outlet;
      published[number] = stored.published;
      lengths[number] = stored.title.length + stored.text.length;
      differences.set(stored.title.differenceList, at);
      at += stored.title.differenceList.length;
      differenceStarts[2 * number + 1] = at;
      differences.set(stored.text.differenceList, at);
      at += stored.text.differenceList.length;
    }
    differenceStarts[2 * count] = at;
    return { ids, foldedTitles, foldedTexts, differences, differenceStarts, lengths, outlets, published };
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
    const stored = this.documents[number];
    if (stored) this.totalLength -= stored.title.length + stored.text.length;
    this.documents[number] = undefined;
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

  /** Live documents in number order. */
  *live(): IterableIterator<StoredDocument> {
    for (const stored of this.documents) if (stored) yield stored;
  }
}
