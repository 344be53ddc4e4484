// Bench worker (bundled by search.bench.ts): prepares batches of parsed documents for search, as the
// extension's indexing worker does for the articles it reads (`SearchEngine.prepare`), and posts each
// batch back with its buffers transferred.
import { parentPort } from 'node:worker_threads';
import { SearchEngine, transferablesOf, type SearchDocument } from '../src/core/search';

parentPort?.on('message', (documents: Array<Pick<SearchDocument, 'title' | 'text'>>) => {
  const batch = SearchEngine.prepare(documents);
  parentPort?.postMessage(batch, transferablesOf(batch));
});
