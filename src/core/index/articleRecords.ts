/**
 * The articles section of the persistent index, written column by column and read back as
 * {@link ArticleRecords}: typed arrays and one string pool instead of an object and its strings
 * per article. Restoring needs only each article's id, outlet, date and stamp; its other fields
 * are sliced from the pool when something asks for the article (a tree row, a card, a search hit).
 *
 *     u32 count
 *     Float64Array  by record: published (NaN = undated), size, mtimeMs
 *     Int32Array    by record: root#, outlet# (in the index's string table), text length
 *     bytes         by record: format#, flags (1 = names pending)
 *     Int32Array    by record: (start, length) of id, path, title, folded title, url, head image
 *                   in the pool ('' = none); a path that ends its id, and a folded title equal to
 *                   the title, are not stored again
 *     pool          see `StringPoolWriter`
 */
import type { Mention } from '../entities';
import type { SourceFormat } from '../model/article';
import { CorruptDataError, StringPoolReader, StringPoolWriter, raw, type BlockReader, type ByteWriter } from './binaryCodec';
import type { IndexedArticle } from './corpusIndex';
import type { FileStamp, SnapshotArticle } from './indexSnapshot';
import { PackedMentions, type MentionPool, type StoredMentions } from './packedMentions';

const FORMATS: readonly SourceFormat[] = ['front-matter', 'feed-dump'];

/** String fields of an article record, each a (start, length) pair into the string pool. */
const enum Field {
  Id,
  Path,
  Title,
  FoldedTitle,
  Url,
  HeadImage,
  Count,
}
const REF = Field.Count * 2;
const NAMES_PENDING = 1;

/** An article's mentions when it has none (shared; frozen so that nobody adds to it). */
const NO_MENTIONS: readonly Mention[] = Object.freeze([]);

/** Writes `entries` as the articles section; `foldedTitles` by record (undefined: as the title), `strings` numbers roots and outlets. */
export function encodeArticleRecords(writer: ByteWriter, entries: readonly SnapshotArticle[], foldedTitles: ReadonlyArray<string | undefined>, strings: { id(value: string): number }): void {
  const count = entries.length;
  const numbers = new Float64Array(count * 3);
  const ints = new Int32Array(count * 3);
  const bytes = new Uint8Array(count * 2);
  const refs = new Int32Array(count * REF);
  const pool = new StringPoolWriter();
  let k = 0;
  const add = (value: string): number => {
    const start = value.length === 0 ? 0 : pool.add(value);
    refs[k++] = start;
    refs[k++] = value.length;
    return start;
  };
  const ref = (start: number, length: number): void => {
    refs[k++] = start;
    refs[k++] = length;
  };
  for (let record = 0; record < count; record++) {
    const { article: a, stamp, namesPending } = entries[record];
    numbers[record * 3] = a.published ?? Number.NaN;
    numbers[record * 3 + 1] = stamp.size;
    numbers[record * 3 + 2] = stamp.mtimeMs;
    ints[record * 3] = strings.id(a.root);
    ints[record * 3 + 1] = strings.id(a.outlet);
    ints[record * 3 + 2] = a.textLength;
    bytes[record * 2] = FORMATS.indexOf(a.format);
    bytes[record * 2 + 1] = namesPending ? NAMES_PENDING : 0;
    const id = add(a.id);
    if (a.path.length > 0 && a.id.endsWith(a.path)) ref(within(id, a.id.length - a.path.length), a.path.length);
    else add(a.path);
    const title = add(a.title);
    const folded = foldedTitles[record];
    if (folded === undefined || folded === a.title) ref(title, a.title.length);
    else add(folded);
    add(a.url ?? '');
    add(a.headImage ?? '');
  }
  writer.u32(count);
  writer.block(raw(numbers));
  writer.block(raw(ints));
  writer.block(bytes);
  writer.block(raw(refs));
  pool.writeTo(writer);
}

/** The start of the part of a pooled string beginning `offset` characters in (in the same pool). */
function within(start: number, offset: number): number {
  return start >= 0 ? start + offset : ~(~start + offset);
}


/**
 * The article records of a persistent index, as read: every field by record number, all checked
 * when read. Ids and folded titles are made then (everything is keyed by the ids; the search state
 * takes the folded titles); other strings are sliced from the pool when asked for.
 */
export class ArticleRecords {
  readonly count: number;
  /** By record. */
  readonly ids: string[];
  /** By record: the outlet. */
  readonly outlets: string[];
  /** By record: the publication instant, NaN when undated. */
  readonly published: Float64Array;
  /** By record: the title as the search engine folds it (the same string as the title when folding changes nothing). */
  readonly foldedTitles: string[];
  /** By record: the text's length. */
  readonly textLengths: Int32Array;
  private readonly numbers: Float64Array;
  private readonly ints: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly refs: Int32Array;
  private readonly pool: StringPoolReader;
  private mentionRows: { pool: MentionPool; starts: Int32Array } | undefined;

  /** Reads the articles section; `table` is the index's string table (roots and outlets). */
  constructor(
    reader: BlockReader,
    private readonly table: readonly string[],
  ) {
    const count = reader.u32();
    const numbers = (this.numbers = reader.float64Array());
    const ints = (this.ints = reader.int32Array());
    const bytes = (this.bytes = reader.uint8Array());
    const refs = (this.refs = reader.int32Array());
    const pool = (this.pool = new StringPoolReader(reader));
    if (numbers.length !== count * 3 || ints.length !== count * 3 || bytes.length !== count * 2 || refs.length !== count * REF) throw new CorruptDataError('article columns do not match the article count');
    if (reader.remaining !== 0) throw new CorruptDataError('unexpected bytes after the articles');
    for (let k = 0; k < refs.length; k += 2) if (!pool.holds(refs[k], refs[k + 1])) throw new CorruptDataError(`article ${Math.floor(k / REF)} has a string out of range`);
    this.count = count;
    const ids = (this.ids = new Array<string>(count));
    const outlets = (this.outlets = new Array<string>(count));
    const published = (this.published = new Float64Array(count));
    const foldedTitles = (this.foldedTitles = new Array<string>(count));
    const textLengths = (this.textLengths = new Int32Array(count));
    const strings = table.length;
    for (let record = 0, k = 0; record < count; record++, k += REF) {
      const root = ints[record * 3];
      const outlet = ints[record * 3 + 1];
      const textLength = ints[record * 3 + 2];
      if (FORMATS[bytes[record * 2]] === undefined) throw new CorruptDataError(`article ${record} has an unknown format`);
      if (!(root >= 0 && root < strings && outlet >= 0 && outlet < strings && textLength >= 0)) throw new CorruptDataError(`article ${record} is out of range`);
      const titleLength = refs[k + Field.Title * 2 + 1];
      const foldedAt = refs[k + Field.FoldedTitle * 2];
      if (refs[k + Field.FoldedTitle * 2 + 1] !== titleLength) throw new CorruptDataError(`article ${record} has a folded title of another length`);
      ids[record] = pool.get(refs[k], refs[k + 1]);
      outlets[record] = table[outlet];
      published[record] = numbers[record * 3];
      foldedTitles[record] = pool.get(foldedAt, titleLength);
      textLengths[record] = textLength;
    }
  }

  /** Gives each record its mentions: rows `starts[record]` to `starts[record + 1]` of `pool` (checked by the caller). */
  setMentions(pool: MentionPool, starts: Int32Array): void {
    this.mentionRows = { pool, starts };
  }

  id(record: number): string {
    return this.ids[record];
  }

  root(record: number): string {
    return this.table[this.ints[record * 3]];
  }

  path(record: number): string {
    return this.string(record, Field.Path);
  }

  format(record: number): SourceFormat {
    return FORMATS[this.bytes[record * 2]];
  }

  /** The publication instant, undefined when undated. */
  publishedAt(record: number): number | undefined {
    const published = this.published[record];
    return Number.isNaN(published) ? undefined : published;
  }

  title(record: number): string {
    return this.string(record, Field.Title);
  }

  url(record: number): string | undefined {
    return this.optional(record, Field.Url);
  }

  headImage(record: number): string | undefined {
    return this.optional(record, Field.HeadImage);
  }

  stamp(record: number): FileStamp {
    const size = this.numbers[record * 3 + 1];
    // A size that fits is given as a small integer (as a file's stat gives it), which needs no box of its own.
    return { size: size >= 0 && size <= 0x3fffffff ? size | 0 : size, mtimeMs: this.numbers[record * 3 + 2] };
  }

  namesPending(record: number): boolean {
    return (this.bytes[record * 2 + 1] & NAMES_PENDING) !== 0;
  }

  /** The record's mentions, read from the index when unpacked. */
  mentions(record: number): StoredMentions {
    const rows = this.mentionRows;
    if (!rows) return NO_MENTIONS;
    const from = rows.starts[record];
    const to = rows.starts[record + 1];
    return to > from ? new PackedMentions(rows.pool, from, to, record) : NO_MENTIONS;
  }

  /** The record as the article index keeps an article (a new object each time). */
  article(record: number): IndexedArticle {
    return {
      id: this.ids[record],
      root: this.root(record),
      path: this.path(record),
      format: this.format(record),
      outlet: this.outlets[record],
      published: this.publishedAt(record),
      title: this.title(record),
      url: this.url(record),
      headImage: this.headImage(record),
      textLength: this.textLengths[record],
    };
  }

  /** The record as an article whose fields are read from here when asked (see {@link article} for a plain object). */
  view(record: number): IndexedArticle {
    return new RecordEntry(this, record);
  }

  /** The records as snapshot entries (each reads its fields from here when asked). */
  entries(): SnapshotArticle[] {
    const entries = new Array<SnapshotArticle>(this.count);
    for (let record = 0; record < this.count; record++) entries[record] = new RecordEntry(this, record);
    return entries;
  }

  private string(record: number, field: Field): string {
    const k = record * REF + field * 2;
    return this.pool.get(this.refs[k], this.refs[k + 1]);
  }

  private optional(record: number, field: Field): string | undefined {
    const k = record * REF + field * 2;
    return this.refs[k + 1] === 0 ? undefined : this.pool.get(this.refs[k], this.refs[k + 1]);
  }
}

/**
 * A snapshot entry of a record, and (as its `article`) the record's article: every field is read
 * from the records when asked for.
 */
class RecordEntry implements SnapshotArticle, IndexedArticle {
  // Declared, not defined: assigned by the constructor alone (no field initializer to run for each of many records).
  private declare readonly records: ArticleRecords;
  private declare readonly record: number;

  constructor(records: ArticleRecords, record: number) {
    this.records = records;
    this.record = record;
  }

  /** The article: this entry itself, whose fields are read from the record (see {@link ArticleRecords.article} for a plain object). */
  get article(): IndexedArticle {
    return this;
  }

  get stamp(): FileStamp {
    return this.records.stamp(this.record);
  }

  get mentions(): StoredMentions {
    return this.records.mentions(this.record);
  }

  get namesPending(): boolean {
    return this.records.namesPending(this.record);
  }

  get id(): string {
    return this.records.ids[this.record];
  }

  get root(): string {
    return this.records.root(this.record);
  }

  get path(): string {
    return this.records.path(this.record);
  }

  get format(): SourceFormat {
    return this.records.format(this.record);
  }

  get outlet(): string {
    return this.records.outlets[this.record];
  }

  get published(): number | undefined {
    return this.records.publishedAt(this.record);
  }

  get title(): string {
    return this.records.title(this.record);
  }

  get url(): string | undefined {
    return this.records.url(this.record);
  }

  get headImage(): string | undefined {
    return this.records.headImage(this.record);
  }

  get textLength(): number {
    return this.records.textLengths[this.record];
  }

  /** The article's fields (as a plain article object gives them). */
  toJSON(): IndexedArticle {
    return this.records.article(this.record);
  }
}
