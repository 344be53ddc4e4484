import type { FileReadResult } from './readCorpusFile';
import type { CorpusFile } from './scanCorpus';

/** Sent to an indexing worker: read these files. */
export interface ReadFilesRequest {
  type: 'read';
  files: CorpusFile[];
}

/** Sent back by an indexing worker: the results of one request, in its order. */
export interface ReadFilesResponse {
  type: 'results';
  results: FileReadResult[];
}
