/** Public API of the search engine. */
export { SearchEngine, DEFAULT_LIMIT } from './searchEngine';
export type { SearchHit, SearchMatch, SearchOptions, SearchEngineOptions, SearchDocument, SerializedSearchIndex, SearchEngineState, SearchEngineExport, Snippet, PreparedSearchBatch } from './searchEngine';
export { transferablesOf } from './preparedBatch';
export { parseQuery } from './queryParser';
export type { ParsedQuery, QueryTerm, QueryDay } from './queryParser';
export { fold } from './normalize';
export { foldedFromDifferences, originalFromDifferences } from './foldedText';
export { MemoryByteSource, type ByteSource } from './byteSource';
export { stateInMemory } from './engineState';
