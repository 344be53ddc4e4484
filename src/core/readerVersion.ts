/**
 * Version of the rules that make an article from a file: the source formats, the cleaning of the
 * body and its text, dates and outlets. The persistent index keeps each article's fields and text,
 * and an index made with another version is rebuilt. Bump on any change that can change what
 * `articleForIndex` gives for a file.
 */
export const READER_VERSION = 2;
