/**
 * Exact full-text search over Chinese and Latin text.
 *
 * How a query runs:
 * 1. Parse and fold the query ({@link parseQuery}).
 * 2. Candidates ({@link findCandidates}): intersect the posting lists of the keys the positive
 *    terms need (bigrams, and trigrams around punctuation and in Latin runs: see tokenize.ts),
 *    smallest first, keeping for each term an upper bound of its frequency. The lists of a term
 *    found nearly everywhere, next to rarer terms, are left out: they would narrow nothing, and
 *    the term weighs too little for its bound to matter.
 * 3. Verify every candidate against its folded title and text (exact substring, see
 *    {@link forEachOccurrence}); apply exclusions, outlet and date filters. So a document is
 *    returned if and only if every positive term occurs (after folding) in its title or
 *    text (in its title with `in:title`) and no excluded term occurs in either.
 * 4. Rank by BM25 over the verified occurrence counts (title occurrences weigh
 *    {@link TITLE_WEIGHT}×, quoted phrases {@link PHRASE_WEIGHT}×); ties newest first, then id.
 *    With a limit smaller than the candidate count, candidates are verified in order of their
 *    score upper bound (BM25 of the frequency bounds, {@link DescendingOrder}) and verification
 *    stops once `limit` hits beat every remaining bound — the top hits are the same as with full
 *    verification. The best `limit` are kept in a bounded heap ({@link BestScored}), never a
 *    sort of all hits.
 * 5. A snippet for each document as it enters the best `limit`, from the occurrences its
 *    verification found (while its text is at hand); for a returned hit, every occurrence of
 *    every positive term once its `matches` are read.
 *
 * Adding is incremental (postings are appended); removing marks the document dead and the
 * index is rebuilt from the stored folded texts once dead documents pile up.
 */
import { BM25_B, BM25_K1, bm25, inverseDocumentFrequency } from './bm25';
import { BestScored, type ScoredDocument } from './bestScored';
import { findCandidates, type CandidateSet } from './candidates';
import { DescendingOrder } from './descendingOrder';
import { startOfDay } from './dayBounds';
import { DocumentStore, type SearchDocument, type StoredDocument } from './documentStore';
import { FoldedText } from './foldedText';
import { InvertedIndex } from './invertedIndex';
import { prepareSearchBatch, preparedCount, preparedTexts, type PreparedSearchBatch } from './preparedBatch';
import { OccurrenceLists, OccurrenceLog, canOverlapItself, containsTerm, countOccurrences, termOccurrences } from './matchTerm';
import type { SearchEngineExport, SearchEngineState } from './engineState';
import { FOLD_VERSION, fold } from './normalize';
import { parseQuery, type ParsedQuery, type QueryTerm } from './queryParser';
import { decodePostings, encodePostings, type SerializedSearchIndex } from './serializedIndex';
import { buildSnippet, HitList, originalWindow, SNIPPET_LENGTH, type Snippet, type TermRange } from './snippet';
import { MAX_FREQUENCY } from './postingPool';
import { GRAM_VERSION, requiredGrams } from './tokenize';

export type { SearchDocument } from './documentStore';
export type { SerializedSearchIndex } from './serializedIndex';
export type { SearchEngineExport, SearchEngineState } from './engineState';
export type { Snippet } from './snippet';
export type { PreparedSearchBatch } from './preparedBatch';

/** One occurrence of a query term, offsets in the original title or text. */
export interface SearchMatch {
  field: 'title' | 'text';
  start: number;
  end: number;
}

/** One result. */
export interface SearchHit {
  id: string;
  score: number;
  /** Every occurrence of every positive term, title first, by start offset. */
  matches: SearchMatch[];
  /** Around the best text window (the start of the text when only the title matched). */
  snippet: Snippet;
}

export interface SearchEngineOptions {
  /** IANA time zone in which `after:` / `before:` days start; default 'UTC'. */
  timeZone?: string;
}

export interface SearchOptions {
  /** Maximum hits returned (default {@link DEFAULT_LIMIT}; `Infinity` for all). */
  limit?: number;
}

export const DEFAULT_LIMIT = 100;
/** A title occurrence counts as this many text occurrences. */
export const TITLE_WEIGHT = 3;
/** Score multiplier for quoted phrases. */
export const PHRASE_WEIGHT = 1.5;
const MIN_DEAD_FOR_COMPACTION = 256;
/** Hits of each term among which a snippet's window is chosen. */
const SNIPPET_HITS_PER_TERM = 32;
/**
 * The text occurrences verification finds in the document it checks (up to
 * {@link SNIPPET_HITS_PER_TERM} per term), for its snippet (queries do not nest).
 */
const occurrenceLog = new OccurrenceLog();
/** The first hits of the snippet being made. */
const hitScratch = new HitList();
/** A term weighing at most this share of the other terms together is left unbounded (see {@link QueryScorer.unranked}). */
const UNRANKED_SHARE = 0.002;
/** Reused storage for a query's score bounds, and the candidates' length normalizations. */
let boundScratch = new Float64Array(1 << 12);
let normScratch = new Float64Array(1 << 12);

/** A query's terms as its snippets need them. */
interface SnippetTerms {
  /** The positive terms' folded texts. */
  texts: readonly string[];
  /** The order verification records the terms' occurrences in ({@link QueryScorer.termOrder}). */
  recordOrder: readonly number[];
  /** Whether window lookups may use the recorded occurrences (see {@link OccurrenceLists}). */
  lookupsFromLog: boolean;
}

/** How one query filters, bounds and scores documents. */
interface QueryScorer {
  passesFilters(stored: StoredDocument): boolean;
  /** Score upper bounds of documents `numbers`, given per-term frequency bounds aligned with them. */
  upperBounds(numbers: Int32Array, frequencyBounds: readonly Uint8Array[]): Float64Array;
  /**
   * Per term: true when it weighs so little next to the others (it is found nearly everywhere)
   * that bounding its frequency cannot matter to the ranking (see {@link findCandidates}).
   */
  readonly unranked: readonly boolean[];
  /** The order in which {@link exactScore} checks the terms (indexes into the query's terms). */
  readonly termOrder: readonly number[];
  /**
   * Exact score, or undefined when verification rejects the document. Records the text
   * occurrences of each term, in {@link termOrder}, in {@link occurrenceLog}.
   */
  exactScore(stored: StoredDocument): number | undefined;
}

export class SearchEngine {
  private store = new DocumentStore();
  private index = new InvertedIndex();
  private deadCount = 0;
  /** Incremented by every add and remove (an export checks that it did not change while read). */
  private changes = 0;
  readonly timeZone: string;

  constructor(options: SearchEngineOptions = {}) {
    this.timeZone = options.timeZone ?? 'UTC';
  }

  /** Changes so far: equal values mean the same documents. */
  get version(): number {
    return this.changes;
  }

  /** Number of documents. */
  get size(): number {
    return this.store.size;
  }

  has(id: string): boolean {
    return this.store.numberOf(id) !== undefined;
  }

  /** Adds a document; a document with the same id is replaced. */
  add(document: SearchDocument): void {
    if (this.has(document.id)) this.remove(document.id);
    this.changes++;
    const title = FoldedText.from(document.title);
    const text = FoldedText.from(document.text);
    const number = this.store.addFolded(document, title, text);
    this.index.addDocument(number, title.folded, text.folded, TITLE_WEIGHT);
  }

  /**
   * Folds and indexes a batch of documents for {@link addPrepared}, wherever they were read (an
   * indexing worker), so that adding them here costs little more than copying.
   */
  static prepare(documents: ReadonlyArray<Pick<SearchDocument, 'title' | 'text'>>): PreparedSearchBatch {
    return prepareSearchBatch(documents, TITLE_WEIGHT);
  }

  /**
   * Adds a batch made by {@link prepare} from these documents' titles and texts, in the same
   * order (their titles and texts are taken from the batch); the same as adding each document.
   */
  addPrepared(documents: ReadonlyArray<Omit<SearchDocument, 'title' | 'text'>>, batch: PreparedSearchBatch): void {
    if (documents.length !== preparedCount(batch)) throw new Error(`a prepared batch of ${preparedCount(batch)} documents was given ${documents.length}`);
    for (const document of documents) if (this.has(document.id)) this.remove(document.id);
    const base = this.store.capacity; // after the removals: they may compact (renumber) the store
    for (let d = 0; d < documents.length; d++) {
      const { title, text } = preparedTexts(batch, d);
      this.changes++;
      if (this.store.addFolded(documents[d], title, text) !== base + d) throw new Error('a prepared batch must be added to consecutive document numbers');
    }
    this.index.appendPrepared(batch.postings, base);
  }

  /** Removes the document with `id`, if any. */
  remove(id: string): void {
    if (this.store.remove(id) < 0) return;
    this.changes++;
    this.deadCount++;
    if (this.deadCount >= MIN_DEAD_FOR_COMPACTION && this.deadCount * 4 > this.store.size) this.compact();
  }

  /** Runs a query (string syntax: see {@link parseQuery}). */
  search(query: string | ParsedQuery, options: SearchOptions = {}): SearchHit[] {
    const parsed = typeof query === 'string' ? parseQuery(query) : refold(query);
    const terms = uniqueTerms(parsed.terms);
    if (terms.length === 0 && parsed.excluded.length === 0 && !hasFilters(parsed)) return [];
    const limit = options.limit ?? DEFAULT_LIMIT;
    if (limit <= 0) return [];
    const scorer = this.scorerFor(parsed, terms);
    const candidates = findCandidates(this.index, terms.map((term) => term.text), scorer.unranked) ?? this.allDocuments(terms.length);
    const keptCount = this.keepLiveAndFiltered(candidates, hasFilters(parsed) ? scorer : undefined);
    const numbers = candidates.documents.subarray(0, keptCount);
    const best = new BestScored(limit);
    const texts = terms.map((term) => term.text);
    const snippets: SnippetTerms = {
      texts,
      recordOrder: scorer.termOrder,
      // Window lookups can use the recorded occurrences when a scan finds the same ones anywhere.
      lookupsFromLog: terms.every((term) => !term.text.includes(' ') && !canOverlapItself(term.text)),
    };
    if (keptCount <= limit || terms.length === 0) {
      // Everything is verified: no bound can stop early (all scores tie at 0 without terms).
      this.verify(numbers, scorer, undefined, best, snippets);
    } else {
      const frequencyBounds = candidates.frequencyBounds.map((bounds) => bounds.subarray(0, keptCount));
      const bounds = scorer.upperBounds(numbers, frequencyBounds);
      this.verify(numbers, scorer, new DescendingOrder(bounds, limit), best, snippets, bounds);
    }
    return best.ranked().map((entry) => this.toHit(entry, snippets));
  }

  /** The original text of document `id` (read from the engine's source if need be), or undefined. */
  textOf(id: string): string | undefined {
    const number = this.store.numberOf(id);
    return number === undefined ? undefined : this.store.textOnce(number)?.original();
  }

  /**
   * Every occurrence of the query's positive terms in document `id` (as a hit's `matches`), or an
   * empty list when the document is unknown. Checks one document only: for a tab restored
   * with just its query, instead of searching the whole corpus again.
   */
  matchesOf(id: string, query: string | ParsedQuery): SearchMatch[] {
    const number = this.store.numberOf(id);
    const stored = number === undefined ? undefined : this.store.get(number);
    if (!stored) return [];
    const parsed = typeof query === 'string' ? parseQuery(query) : refold(query);
    return matchesIn(stored, uniqueTerms(parsed.terms).map((term) => term.text));
  }

  /** The index as plain JSON (see {@link SerializedSearchIndex}). */
  toJSON(): SerializedSearchIndex {
    const documents: SerializedSearchIndex['documents'] = [];
    for (let number = 0; number < this.store.capacity; number++) {
      const stored = this.store.get(number);
      documents.push(
        stored
          ? [stored.id, stored.title.original(), (this.store.textOnce(number) as FoldedText).original(), stored.outlet, Number.isNaN(stored.published) ? null : stored.published]
          : null,
      );
    }
    return {
      format: 'news-corpus-search',
      version: 2,
      foldVersion: FOLD_VERSION,
      gramVersion: GRAM_VERSION,
      timeZone: this.timeZone,
      documents,
      postings: encodePostings(this.index.exportLists()),
    };
  }

  /** Restores an engine from {@link toJSON} output (rebuilding postings if folding changed). */
  static loadJSON(json: SerializedSearchIndex | string): SearchEngine {
    const data: SerializedSearchIndex = typeof json === 'string' ? (JSON.parse(json) as SerializedSearchIndex) : json;
    if (data.format !== 'news-corpus-search' || data.version !== 2) throw new Error('Not a search index this version can read');
    const engine = new SearchEngine({ timeZone: data.timeZone });
    const reusePostings = data.foldVersion === FOLD_VERSION && data.gramVersion === GRAM_VERSION;
    for (const entry of data.documents) {
      if (!entry) {
        engine.store.addRemovedSlot();
        engine.deadCount++;
        continue;
      }
      const [id, title, text, outlet, published] = entry;
      const document = { id, title, text, outlet, published: published ?? undefined };
      if (reusePostings) engine.store.add(document);
      else engine.add(document);
    }
    if (reusePostings) engine.index = new InvertedIndex(decodePostings(data.postings));
    return engine;
  }

  /**
   * The engine for saving (see {@link SearchEngineExport}): the documents' small fields now, their
   * texts and the posting lists as iterables read when the writer gets to them (texts of a
   * restored engine are copied from its source as stored). Do not change the engine until both
   * are iterated.
   */
  exportState(): SearchEngineExport {
    const version = this.changes;
    return {
      foldVersion: FOLD_VERSION,
      gramVersion: GRAM_VERSION,
      timeZone: this.timeZone,
      ...this.store.exportHeader(),
      texts: () => this.unchanged(this.store.exportTexts(), version),
      listCount: this.index.listCount,
      lists: () => this.unchanged(this.index.exportLists(), version),
    };
  }

  /**
   * Restores an engine from a persisted state without refolding anything: texts and posting lists
   * stay in the state's sources until queries need them. When the folding or index key rules
   * changed, rebuilds everything in memory from the original texts instead (as {@link loadJSON}).
   */
  static importState(state: SearchEngineState): SearchEngine {
    const engine = new SearchEngine({ timeZone: state.timeZone });
    if (state.foldVersion === FOLD_VERSION && state.gramVersion === GRAM_VERSION) {
      engine.store = DocumentStore.fromState(state);
      engine.deadCount = engine.store.capacity - engine.store.size;
      engine.index = new InvertedIndex(state.index);
      return engine;
    }
    const persisted = DocumentStore.fromState(state);
    for (let number = 0; number < state.ids.length; number++) {
      const stored = persisted.get(number);
      if (!stored) {
        engine.store.addRemovedSlot();
        engine.deadCount++;
        continue;
      }
      engine.add({ id: stored.id, title: stored.title.original(), text: stored.text.original(), outlet: stored.outlet, published: Number.isNaN(stored.published) ? undefined : stored.published });
    }
    persisted.close();
    return engine;
  }

  /** Releases the sources a restored engine reads its texts and postings from (file handles). */
  close(): void {
    this.store.close();
    this.index.close();
  }

  /** The items, refusing to go on once the engine is no longer at `version` (an export's header would not match). */
  private *unchanged<T>(items: Iterable<T>, version: number): Generator<T> {
    for (const item of items) {
      if (this.changes !== version) throw new Error('the search engine changed while it was being saved');
      yield item;
    }
  }

  /** The filters, verification and BM25 scoring of one query. */
  private scorerFor(parsed: ParsedQuery, terms: readonly QueryTerm[]): QueryScorer {
    const after = parsed.after ? startOfDay(parsed.after, this.timeZone) : -Infinity;
    const before = parsed.before ? startOfDay(parsed.before, this.timeZone) : Infinity;
    const hasDateFilter = parsed.after !== undefined || parsed.before !== undefined;
    const outlets = new Set(parsed.outlets);
    const documentCount = Math.max(1, this.store.size);
    const idfs = terms.map((term) => inverseDocumentFrequency(this.estimateFrequency(term), documentCount));
    const weights = terms.map((term) => (term.phrase ? PHRASE_WEIGHT : 1));
    const averageLength = this.store.averageLength;
    const store = this.store;
    // Longer terms first: they are the likelier to be missing from a candidate (a candidate holds
    // every gram of every term, not necessarily in place), and a missing term ends the check.
    const termOrder = terms.map((_, t) => t).sort((a, b) => terms[b].text.length - terms[a].text.length || a - b);
    const termScores = new Float64Array(terms.length);
    // A term's score is at most weight × idf × (k1 + 1): one at most UNRANKED_SHARE of the others'
    // together moves no bound by more than that when it is left unbounded.
    const termWeights = terms.map((_, t) => weights[t] * idfs[t]);
    const totalWeight = termWeights.reduce((sum, weight) => sum + weight, 0);
    const unranked = termWeights.map((weight) => weight <= UNRANKED_SHARE * (totalWeight - weight));
    // Methods, not arrow functions: those would be named at each query where names are kept (tsx).
    return {
      unranked,
      passesFilters(stored) {
        return (outlets.size === 0 || outlets.has(stored.foldedOutlet)) && (!hasDateFilter || (stored.published >= after && stored.published < before));
      },
      upperBounds(numbers, frequencyBounds) {
        const count = numbers.length;
        if (boundScratch.length < count) boundScratch = new Float64Array(Math.max(count, boundScratch.length * 2));
        const bounds = boundScratch.subarray(0, count);
        // Constants copied to locals: this loop runs once per candidate and term.
        const k1 = BM25_K1;
        const b = BM25_B;
        const lengthWeight = b / averageLength;
        // Per candidate: BM25's length normalization (same formula as bm25(), inlined), then the
        // sum of each term's bound, times headroom for rounding differences between this and
        // bm25() (bounds must never be below). One pass per term.
        if (normScratch.length < count) normScratch = new Float64Array(Math.max(count, normScratch.length * 2));
        const norms = normScratch;
        const headroom = 1 + 1e-9;
        for (let t = 0; t < terms.length; t++) {
          const termWeight = weights[t] * idfs[t] * (k1 + 1);
          const frequencies = frequencyBounds[t];
          const firstTerm = t === 0;
          const lastTerm = t === terms.length - 1;
          for (let k = 0; k < count; k++) {
            let norm: number;
            if (firstTerm) {
              norm = k1 * (1 - b + lengthWeight * store.lengthOf(numbers[k]));
              norms[k] = norm;
            } else {
              norm = norms[k];
            }
            const frequency = frequencies ? frequencies[k] : MAX_FREQUENCY;
            let bound = firstTerm ? 0 : bounds[k];
            bound += frequency >= MAX_FREQUENCY ? termWeight : (termWeight * frequency) / (frequency + norm);
            bounds[k] = lastTerm ? bound * headroom : bound;
          }
        }
        return bounds;
      },
      termOrder,
      exactScore(stored) {
        const title = stored.title.folded;
        const text = stored.text.folded;
        const length = stored.title.length + stored.text.length;
        for (const t of termOrder) {
          const inTitle = countOccurrences(title, terms[t].text);
          if (parsed.titleOnly && inTitle === 0) return undefined;
          const inText = occurrenceLog.count(text, terms[t].text, SNIPPET_HITS_PER_TERM);
          if (inTitle === 0 && inText === 0) return undefined;
          termScores[t] = weights[t] * bm25(inText + TITLE_WEIGHT * inTitle, idfs[t], length, averageLength);
        }
        // Summed in term order, whatever order the terms were checked in (the same rounding).
        let score = 0;
        for (let t = 0; t < terms.length; t++) score += termScores[t];
        for (const excluded of parsed.excluded) {
          if (containsTerm(title, excluded.text) || containsTerm(text, excluded.text)) return undefined;
        }
        return score;
      },
    };
  }

  /**
   * Verifies and scores documents `numbers` in the given order of positions (all in turn without
   * one), offering each hit to `best`. With `bounds` (score upper bounds, `order` by decreasing
   * bound), stops once `best` is full and the next bound is below its worst score: no later
   * document can rank. A document `best` keeps gets its snippet at once: its text is then fresh
   * in the processor's caches, and the occurrences verification recorded are at hand.
   */
  private verify(numbers: Int32Array, scorer: QueryScorer, order: DescendingOrder | undefined, best: BestScored, snippets: SnippetTerms, bounds?: Float64Array): void {
    for (let k = order ? order.next() : 0; k >= 0 && k < numbers.length; k = order ? order.next() : k + 1) {
      if (bounds && best.full && bounds[k] < best.thresholdScore) break;
      const stored = this.store.get(numbers[k]);
      if (!stored) continue;
      occurrenceLog.clear();
      const score = scorer.exactScore(stored);
      if (score === undefined) continue;
      const entry: ScoredDocument = { number: numbers[k], stored, score, snippet: undefined };
      if (best.offer(entry)) entry.snippet = this.snippetOf(stored, snippets, 0);
    }
  }

  /** Every document number (live or not) as one candidate set, bounds unknown. */
  private allDocuments(termCount: number): CandidateSet {
    const documents = new Int32Array(this.store.capacity);
    for (let number = 0; number < documents.length; number++) documents[number] = number;
    return { documents, frequencyBounds: Array.from({ length: termCount }, () => new Uint8Array(documents.length).fill(MAX_FREQUENCY)) };
  }

  /**
   * Moves the candidates that are live (and pass `filter`, when given) to the front of
   * `candidates`' arrays, in place and in order; returns how many there are.
   */
  private keepLiveAndFiltered(candidates: CandidateSet, filter: QueryScorer | undefined): number {
    const { documents, frequencyBounds } = candidates;
    if (!filter && this.deadCount === 0) return documents.length;
    let kept = 0;
    for (let i = 0; i < documents.length; i++) {
      const stored = this.store.get(documents[i]);
      if (!stored || (filter && !filter.passesFilters(stored))) continue;
      documents[kept] = documents[i];
      for (const bounds of frequencyBounds) bounds[kept] = bounds[i];
      kept++;
    }
    return kept;
  }

  /** Upper bound of a term's document frequency: the shortest posting list it needs. */
  private estimateFrequency(term: QueryTerm): number {
    let frequency = this.store.size;
    for (const gram of requiredGrams(term.text)) frequency = Math.min(frequency, this.index.documentCount(gram));
    return frequency;
  }

  /** The hit of a ranked document. */
  private toHit(entry: ScoredDocument, snippets: SnippetTerms): SearchHit {
    const snippet = entry.snippet ?? this.snippetOf(entry.stored, snippets, -1);
    return new LazyHit(entry.stored.id, entry.score, snippet, entry.stored, snippets.texts);
  }

  /**
   * The snippet of `stored` for the query's terms; `records`: offset of the document's text
   * occurrences in {@link occurrenceLog} as verification recorded them, or -1 to find them.
   */
  private snippetOf(stored: StoredDocument, { texts, recordOrder, lookupsFromLog }: SnippetTerms, records: number): Snippet {
    const folded = stored.text.folded;
    // Windows start at the first few hits of each term; when some term has more than those, each
    // window's hits (for choosing it, and its highlights) are looked up in the window itself.
    const firstHits = hitScratch.clear();
    if (records >= 0) occurrenceLog.recordedOccurrences(records, recordOrder, SNIPPET_HITS_PER_TERM, firstHits);
    else for (const { start, end, term } of termOccurrences(folded, texts, SNIPPET_HITS_PER_TERM)) firstHits.push(start, end, term);
    return buildSnippet(
      (start, end) => originalWindow(stored.text, start, end),
      stored.text.length,
      firstHits,
      SNIPPET_LENGTH,
      firstHits.count < SNIPPET_HITS_PER_TERM
        ? undefined
        : records >= 0 && lookupsFromLog
          ? new OccurrenceLists(folded, texts, occurrenceLog, records, recordOrder, SNIPPET_HITS_PER_TERM)
          : (start, end) => occurrencesIn(folded, texts, start, end),
    );
  }

  /** Rebuilds the index without removed documents (renumbering them). */
  private compact(): void {
    // The old parts' file (if restored) is closed once nothing refers to it: mentions may share it.
    const old = this.store;
    this.store = new DocumentStore();
    this.index = new InvertedIndex();
    this.deadCount = 0;
    for (const { stored, text } of old.liveWithTexts()) {
      this.add({
        id: stored.id,
        title: stored.title.original(),
        text: text.original(),
        outlet: stored.outlet,
        published: Number.isNaN(stored.published) ? undefined : stored.published,
      });
    }
  }
}

function refold(query: ParsedQuery): ParsedQuery {
  const foldTerm = (term: QueryTerm): QueryTerm => ({ text: fold(term.text), phrase: term.phrase });
  return { ...query, terms: query.terms.map(foldTerm), excluded: query.excluded.map(foldTerm), outlets: query.outlets.map(fold) };
}

function uniqueTerms(terms: readonly QueryTerm[]): QueryTerm[] {
  const seen = new Map<string, QueryTerm>();
  for (const term of terms) {
    const previous = seen.get(term.text);
    if (!previous || (term.phrase && !previous.phrase)) seen.set(term.text, term);
  }
  return [...seen.values()].filter((term) => term.text.length > 0);
}

function hasFilters(query: ParsedQuery): boolean {
  return query.outlets.length > 0 || query.after !== undefined || query.before !== undefined;
}

/**
 * A hit whose `matches` are found on first access: every occurrence is only needed for the hit
 * the user opens. `matches` is an own enumerable property (a getter), as on an object literal
 * with a getter, but the getter is one function shared by all hits: a getter written in a
 * literal is a new function per hit, which makes each hit a slow dictionary-mode object.
 */
class LazyHit implements SearchHit {
  declare readonly matches: SearchMatch[];
  #stored: StoredDocument;
  #terms: readonly string[];
  #matches: SearchMatch[] | undefined;

  static readonly #matchesProperty: PropertyDescriptor = {
    get(this: LazyHit): SearchMatch[] {
      return (this.#matches ??= matchesIn(this.#stored, this.#terms));
    },
    enumerable: true,
    configurable: true,
  };

  constructor(
    readonly id: string,
    readonly score: number,
    readonly snippet: Snippet,
    stored: StoredDocument,
    terms: readonly string[],
  ) {
    this.#stored = stored;
    this.#terms = terms;
    Object.defineProperty(this, 'matches', LazyHit.#matchesProperty);
  }
}

/** Every occurrence of every term, title first, each field by start offset. */
function matchesIn(stored: StoredDocument, terms: readonly string[]): SearchMatch[] {
  return [
    ...termOccurrences(stored.title.folded, terms).map(({ start, end }) => ({ field: 'title' as const, start, end })),
    ...termOccurrences(stored.text.folded, terms).map(({ start, end }) => ({ field: 'text' as const, start, end })),
  ];
}

/** The occurrences of the terms that overlap `[start, end)` of `folded`. */
function occurrencesIn(folded: string, terms: readonly string[], start: number, end: number): TermRange[] {
  const longest = terms.reduce((max, term) => Math.max(max, term.length), 0);
  // A term may start before the window (or, with whitespace runs in a phrase, be longer than the term).
  const from = Math.max(0, start - 4 * longest);
  const to = Math.min(folded.length, end + 4 * longest);
  return termOccurrences(folded.slice(from, to), terms)
    .map((range) => ({ start: range.start + from, end: range.end + from, term: range.term }))
    .filter((range) => range.start < end && range.end > start);
}
