/** People and organizations in news text: recognition per document, resolution across a corpus. */

export type { Entity, EntityCorrections, EntityGraph, EntityOccurrence, EntityType, Knowledge, KnowledgeEntry, Mention, ResolvedMention } from './types';
export { compileKnowledge, defaultKnowledge, parseKnowledgeLines } from './knowledge';
export { recognizeMentions } from './recognize/recognizeMentions';
export { buildEntityGraph, buildEntityGraphInSteps } from './graph/buildEntityGraph';

/**
 * Version of the recognition rules and knowledge data: the persistent index keeps each article's
 * mentions, and an index made with another version is rebuilt. Bump on any change that can
 * change what `recognizeMentions` finds.
 */
export const RECOGNIZER_VERSION = 4;
