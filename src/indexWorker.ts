// The indexing worker (bundled to dist/indexWorker.js): reads and cleans the files it is sent (and
// folds and indexes their articles for search when asked), and finds the names in them or in texts
// it is sent, off the main thread; it posts the results back one request at a time.
import { parentPort } from 'node:worker_threads';
import { defaultKnowledge, recognizeMentions } from './core/entities';
import type { FindNamesResponse, IndexWorkerRequest, ReadFilesResponse } from './core/index/indexWorkerProtocol';
import { readCorpusFile, withoutText } from './core/index/readCorpusFile';
import { SearchEngine, transferablesOf } from './core/search';

parentPort?.on('message', (request: IndexWorkerRequest) => {
  if (request.type === 'read') {
    void Promise.all(request.files.map((file) => readCorpusFile(file, { names: request.names }))).then((results) => {
      const articles = results.flatMap((result) => (result.article ? [result.article] : []));
      if (!request.search) {
        const response: ReadFilesResponse = { type: 'results', results };
        parentPort?.postMessage(response);
        return;
      }
      // The texts go (folded, transferred) in the prepared batch only: not a second time as strings.
      const search = SearchEngine.prepare(articles);
      const response: ReadFilesResponse = { type: 'results', results: results.map(withoutText), search };
      parentPort?.postMessage(response, transferablesOf(search));
    });
  } else if (request.type === 'names') {
    const knowledge = defaultKnowledge();
    const results = request.texts.map(({ id, token, text }) => ({ id, token, mentions: recognizeMentions(text, knowledge) }));
    const response: FindNamesResponse = { type: 'names', results };
    parentPort?.postMessage(response);
  }
});
