/** The two source formats found in scraped corpora. */
export type SourceFormat = 'front-matter' | 'feed-dump';

/** What a format reader finds in a file, before any cleaning. */
export interface RawArticle {
  format: SourceFormat;
  /** Title as written in the source (front matter `title` or the feed's `[title](url)`). */
  title?: string;
  /** Outlet name as the source gives it (front matter `author`/category), if any. */
  outletHint?: string;
  /** Categories from front matter. */
  categories?: string[];
  /** Source URL (feed dump link), if any. */
  url?: string;
  /** Header image (front matter `headimg`), if any. */
  headImage?: string;
  /** Publication date as written (RFC 822, ISO, …), if any. */
  dateText?: string;
  /** Epoch milliseconds from a feed dump's `<!--…-->` comment, if any. */
  epochMs?: number;
  /** The body as found: untrusted HTML. */
  bodyHtml: string;
}

/** A cleaned article, ready to index, search, mark and show. */
export interface Article {
  /** Stable id: `${rootIndex}:${path}` is not used; the id is the absolute file path. */
  id: string;
  /** The corpus folder this article was found under (absolute). */
  root: string;
  /** Path relative to `root`, with `/` separators. */
  path: string;
  format: SourceFormat;
  /** Readable outlet name; the same outlet from both formats gives the same name. */
  outlet: string;
  /** Publication instant (epoch ms, UTC); undefined when the file has no usable date. */
  published?: number;
  title: string;
  url?: string;
  headImage?: string;
  /** Cleaned, sanitized body HTML (no scripts, handlers, styles, boilerplate). */
  html: string;
  /** Plain text of `html`: see `core/clean/text.ts` for how offsets map to the HTML. */
  text: string;
}

/** A file that could not be read as an article, or was read with a warning. */
export interface Problem {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to its corpus folder. */
  path: string;
  reason: string;
  severity: 'error' | 'warning';
}
