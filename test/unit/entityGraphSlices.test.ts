import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { articleForIndex } from '../../src/core/articleFromSource';
import { Corpus } from '../../src/core/corpus';
import { buildEntityGraph, buildEntityGraphInSteps, defaultKnowledge, recognizeMentions, type EntityGraph } from '../../src/core/entities';
import type { ArticleForIndex } from '../../src/core/index/corpusIndex';

const SEEDS = path.resolve(__dirname, '../../seeds');

function seedArticles(): ArticleForIndex[] {
  return readdirSync(SEEDS)
    .sort()
    .map((name) => articleForIndex(readFileSync(path.join(SEEDS, name), 'utf8'), { file: path.join(SEEDS, name), root: SEEDS, path: name }));
}

function corpusOf(articles: readonly ArticleForIndex[]): Corpus {
  const corpus = new Corpus({ timeZone: 'UTC' });
  for (const article of articles) corpus.add(article);
  return corpus;
}

/** What a graph says: its entities, and each article's resolved mentions. */
function shown(graph: EntityGraph, ids: readonly string[]) {
  return { entities: graph.entities, mentions: ids.map((id) => graph.mentionsOf(id)) };
}

const pauses = () => {
  let count = 0;
  return { pause: async () => void count++, count: () => count };
};

describe('entity graph built in slices', () => {
  const articles = seedArticles();
  const ids = articles.map((a) => a.id);

  it('builds a step at a time the graph built at once, yielding between groups of documents', () => {
    const knowledge = defaultKnowledge();
    const docs = Array.from({ length: 150 }, (_, i) => ({ id: `d${i}`, mentions: recognizeMentions(articles[i % articles.length]!.text, knowledge) }));
    const steps = buildEntityGraphInSteps(docs, knowledge);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    assert.ok(yields >= 3, `${yields} steps`);
    const whole = buildEntityGraph(docs, knowledge);
    assert.deepEqual(shown(step.value, docs.map((d) => d.id)), shown(whole, docs.map((d) => d.id)));
  });

  it('gives the graph Corpus.entities gives, pausing between slices, and keeps it', async () => {
    const corpus = corpusOf(articles);
    const { pause, count } = pauses();
    const graph = await corpus.buildEntitiesInSlices(pause, 0);
    assert.ok(graph);
    assert.ok(count() >= 1);
    assert.equal(corpus.entities, graph); // kept: not built again
    assert.deepEqual(shown(graph, ids), shown(corpusOf(articles).entities, ids));
    assert.deepEqual(corpus.latestEntities, { graph, current: true });
  });

  it('shows the last graph while a new one is to be made, and which articles changed since', async () => {
    const corpus = corpusOf(articles);
    const before = corpus.entities;
    const changed = { ...articles[0]!, text: '北约秘书长斯托尔滕贝格与谢尔曼会面。' };
    corpus.add(changed);
    assert.deepEqual(corpus.latestEntities, { graph: before, current: false });
    assert.equal(corpus.changedSinceLatestEntities(changed.id), true);
    assert.equal(corpus.changedSinceLatestEntities(ids[1]!), false);
    const after = await corpus.buildEntitiesInSlices(pauses().pause, 0);
    assert.ok(after && after !== before);
    assert.equal(corpus.changedSinceLatestEntities(changed.id), false);
    // (A replaced article's mentions come last, as in a corpus where it was added last.)
    assert.deepEqual(shown(after, ids), shown(corpusOf([...articles.slice(1), changed]).entities, ids));
  });

  it('keeps nothing when the corpus changes between slices; built again, the graph has the change', async () => {
    const corpus = corpusOf(articles);
    const before = corpus.entities;
    corpus.remove(ids[4]!);
    let paused = 0;
    const interrupted = await corpus.buildEntitiesInSlices(async () => {
      if (paused++ === 0) corpus.remove(ids[3]!);
    }, 0);
    assert.equal(interrupted, undefined);
    assert.deepEqual(corpus.latestEntities, { graph: before, current: false });
    assert.equal(corpus.changedSinceLatestEntities(ids[3]!), true);
    const rebuilt = await corpus.buildEntitiesInSlices(pauses().pause, 0);
    assert.ok(rebuilt);
    assert.deepEqual(rebuilt.mentionsOf(ids[3]!), []);
    assert.deepEqual(shown(rebuilt, ids), shown(corpusOf(articles.slice(0, 3)).entities, ids));
  });

  it('has no last graph after the corpus is cleared', () => {
    const corpus = corpusOf(articles);
    assert.ok(corpus.entities);
    corpus.clear();
    assert.equal(corpus.latestEntities, undefined);
  });
});

describe('entity graph built in slices: before any graph', () => {
  it('tells no article changed since a graph when none was made (the first is made when asked for)', () => {
    const corpus = corpusOf(seedArticles());
    const id = [...corpus.index.ids()][0]!;
    corpus.remove(id);
    assert.equal(corpus.latestEntities, undefined);
    assert.equal(corpus.changedSinceLatestEntities(id), false);
  });
});
