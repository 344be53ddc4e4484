/**
 * The engine's documents, by internal document number (assigned in adding order, never
 * reused until the engine compacts). Texts are kept once, folded ({@link FoldedText}).
 */
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
