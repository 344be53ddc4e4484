// The indexing worker (bundled to dist/indexWorker.js): reads, cleans and recognises the files it
// is sent, off the main thread, and posts the results back one request at a time.
import { parentPort } from 'node:worker_threads';
import type { ReadFilesRequest, ReadFilesResponse } from './core/index/indexWorkerProtocol';
import { readCorpusFile } from './core/index/readCorpusFile';

parentPort?.on('message', (request: ReadFilesRequest) => {
  if (request.type !== 'read') return;
  void Promise.all(request.files.map(readCorpusFile)).then((results) => {
    const response: ReadFilesResponse = { type: 'results', results };
    parentPort?.postMessage(response);
  });
});
