/**
 * Speed check for entity recognition + graph building: the 17 real texts repeated ×600 (10 200 documents), each copy
 * mutated slightly so no caching can help. Usage: npx tsx scripts/bench-entities.ts [copies]
 */

import { join } from 'node:path';
import { buildEntityGraph, defaultKnowledge, recognizeMentions } from '../src/core/entities';
import { readCorpusTexts } from './entityCorpus';

void (async () => {
  const copies = Number(process.argv[2] ?? 600);
  const shared = join(__dirname, '..', '..', 'shared');
  const texts = [...(await readCorpusTexts(join(shared, 'seeds'))), ...(await readCorpusTexts(join(shared, 'corpus')))];
  const docs: Array<{ id: string; text: string }> = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const doc of texts) {
      const cut = (copy * 7919) % Math.max(1, doc.text.length);
      docs.push({ id: `${copy}/${doc.id}`, text: `第${copy}版。${doc.text.slice(0, cut)}${doc.text.slice(cut + 1)}` });
    }
  }
  const knowledge = defaultKnowledge();
  recognizeMentions('预热：北约秘书长斯托尔滕贝格说。', knowledge);
  const chars = docs.reduce((sum, doc) => sum + doc.text.length, 0);
  const t0 = performance.now();
  const withMentions = docs.map((doc) => ({ id: doc.id, mentions: recognizeMentions(doc.text, knowledge) }));
  const t1 = performance.now();
  const graph = buildEntityGraph(withMentions, knowledge);
  const t2 = performance.now();
  const mentionCount = withMentions.reduce((sum, doc) => sum + doc.mentions.length, 0);
  console.log(`${docs.length} docs, ${(chars / 1e6).toFixed(1)}M chars, ${mentionCount} mentions, ${graph.entities.length} entities`);
  console.log(`recognition ${(t1 - t0).toFixed(0)} ms, graph ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms`);
})();
