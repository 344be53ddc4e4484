import type { Mention } from '../entities';
import type { PreparedSearchBatch } from '../search';
import type { FileReadResult, PreparedFileReadResult } from './readCorpusFile';
import type { CorpusFile } from './scanCorpus';

/**
 * Sent to an indexing worker: read these files (and find the names in them when `names`; prepare
 * their articles for search when `search`).
 */
export interface ReadFilesRequest {
  type: 'read';
  files: CorpusFile[];
  names: boolean;
  search: boolean;
}

/** Sent to an indexing worker: find the names in these texts (with the built-in knowledge). */
export interface FindNamesRequest {
  type: 'names';
  texts: TextToRecognize[];
}

/** One article's text to find names in; `token` comes back with its mentions. */
export interface TextToRecognize {
  id: string;
  token: number;
  text: string;
}

export type IndexWorkerRequest = ReadFilesRequest | FindNamesRequest;

/**
 * Sent back by an indexing worker: the results of one read request, in its order, and when asked,
 * the articles among them prepared for search (in the same order; see `SearchEngine.prepare`).
 * Prepared articles come without their texts, which the prepared batch carries (folded).
 */
export type ReadFilesResponse = { type: 'results' } & ReadFilesResults;

/** The results of one read request: with full articles, or with articles prepared for search. */
export type ReadFilesResults = { results: FileReadResult[]; search?: undefined } | { results: PreparedFileReadResult[]; search: PreparedSearchBatch };

/** One article's names, found by a worker. */
export interface NamesFound {
  id: string;
  token: number;
  mentions: Mention[];
}

/** Sent back by an indexing worker: the names of one request's texts, in its order. */
export interface FindNamesResponse {
  type: 'names';
  results: NamesFound[];
}

export type IndexWorkerResponse = ReadFilesResponse | FindNamesResponse;
