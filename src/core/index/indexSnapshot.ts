import type { Problem } from '../model/article';
import type { SearchEngineState } from '../search';
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
}

/** A file that was read but gave a problem (an error instead of an article, or an article's warning). */
export interface SnapshotProblem {
  problem: Problem;
  stamp: FileStamp;
}

/** Everything needed to restore a corpus without reading its files: the persistent index's content. */
export interface IndexSnapshot {
  /** The corpus folders (absolute) the snapshot was made from. */
  roots: string[];
  articles: SnapshotArticle[];
  problems: SnapshotProblem[];
  /** The search engine's state; its documents are the articles above, by id. */
  search: SearchEngineState;
}

/** True when the file on disk is the one that was read. */
export function sameStamp(a: FileStamp | undefined, b: FileStamp): boolean {
  return a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs;
}
