import type { Problem } from '../model/article';
import type { SearchEngineExport, SearchEngineState } from '../search';
import type { ArticleRecords } from './articleRecords';
import type { IndexedArticle } from './corpusIndex';
import type { StoredMentions } from './packedMentions';

/** What identifies one version of a file on disk: a file whose size and mtime are unchanged is not re-read. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** One article as the persistent index keeps it. */
export interface SnapshotArticle {
  article: IndexedArticle;
  stamp: FileStamp;
  /** Packed when restored from the persistent index (unpacked when asked for). */
  mentions: StoredMentions;
  /** The article's names were not found yet (`mentions` is empty): they are found after restoring. */
  namesPending?: boolean;
}

/** A file that was read but gave a problem (an error instead of an article, or an article's warning). */
export interface SnapshotProblem {
  problem: Problem;
  stamp: FileStamp;
}

/** The persistent index's content apart from the search engine. */
interface SnapshotContent {
  /** The corpus folders (absolute) the snapshot was made from. */
  roots: string[];
  articles: SnapshotArticle[];
  problems: SnapshotProblem[];
}

/**
 * A corpus as read from the persistent index, to restore without reading its files. The search
 * state's texts and postings stay in the index file until queries need them.
 */
export interface IndexSnapshot extends SnapshotContent {
  /** The search engine's state; its documents are the articles above, by id. */
  search: SearchEngineState;
  /**
   * When read from the persistent index: the same articles as columns (`articles` are views of
   * them, entry `i` record `i`), from which a corpus is restored without an object per article.
   */
  records?: ArticleRecords;
}

/** A corpus to save as the persistent index: the search engine as an export, streamed by the writer. */
export interface IndexSnapshotToSave extends SnapshotContent {
  search: SearchEngineExport;
}

/** True when the file on disk is the one that was read. */
export function sameStamp(a: FileStamp | undefined, b: FileStamp): boolean {
  return a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

/** Releases what a restored snapshot holds open (the index file), when it is not restored after all. */
export function closeSnapshot(snapshot: IndexSnapshot): void {
  snapshot.search.texts.close?.();
  snapshot.search.index.lists.source.close?.();
}
