/** People and organizations in news text: recognition per document, resolution across a corpus. */

export type { Entity, EntityCorrections, EntityGraph, EntityOccurrence, EntityType, Knowledge, KnowledgeEntry, Mention, ResolvedMention } from './types';
export { compileKnowledge, defaultKnowledge, parseKnowledgeLines } from './knowledge';
export { recognizeMentions } from './recognize/recognizeMentions';
export { buildEntityGraph } from './graph/buildEntityGraph';
