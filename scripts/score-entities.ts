/**
 * Scores people/organization recognition and resolution against the gold files (measurement only: nothing here
 * feeds the recogniser). Usage: npx tsx scripts/score-entities.ts [--verbose]
 * Runs the real pipeline (articleFromSource → recognizeMentions → buildEntityGraph) over ../shared/seeds and
 * ../shared/corpus and prints, per gold file: recall of (entity, file) pairs, precision of reported pairs, alias
 * unification, and over-merges.
 * Precision is printed twice. TARGET precision counts only files that have at least one gold entry: the gold lists
 * what a careful reader finds in each body, so a file without a single entry was not annotated, and everything found
 * there would count as wrong. The all-files figure is printed for reference only.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEntityGraph, defaultKnowledge, recognizeMentions } from '../src/core/entities';
import { readCorpusTexts } from './entityCorpus';

interface GoldEntity {
  id: string;
  type: string;
  en?: string;
  forms: string[];
  in: string[];
}

const verbose = process.argv.includes('--verbose');
const shared = join(__dirname, '..', '..', 'shared');

async function score(label: string, folder: string, goldFile: string, fileOf: (goldIn: string, ids: string[]) => string | undefined): Promise<void> {
  const gold = (JSON.parse(readFileSync(join(shared, 'gold', goldFile), 'utf8')) as { entities: GoldEntity[] }).entities;
  const docs = await readCorpusTexts(join(shared, folder));
  const ids = docs.map((doc) => doc.id);
  const knowledge = defaultKnowledge();
  const mentionDocs = docs.map((doc) => ({ id: doc.id, mentions: recognizeMentions(doc.text, knowledge) }));
  const graph = buildEntityGraph(mentionDocs, knowledge);

  // Aliases of each extracted entity found in each file: its mentions' surfaces, English glosses and short forms
  // (a name defined in parentheses, or the name inside 澎湃影像平台), as the CLI's `aliases` list them.
  const found = new Map<string, Map<string, Set<string>>>(); // entityId → docId → forms
  const surfacesOnly = new Map<string, Map<string, Set<string>>>(); // the same without short forms (reference)
  for (const doc of mentionDocs) {
    for (const resolved of graph.mentionsOf(doc.id)) {
      const mention = doc.mentions.find((m) => m.start === resolved.start)!;
      for (const [map, withShort] of [[found, true], [surfacesOnly, false]] as const) {
        const perDoc = map.get(resolved.entityId) ?? map.set(resolved.entityId, new Map()).get(resolved.entityId)!;
        const forms = perDoc.get(doc.id) ?? perDoc.set(doc.id, new Set()).get(doc.id)!;
        forms.add(mention.surface);
        if (mention.english) forms.add(mention.english);
        if (withShort && mention.shortForm) forms.add(mention.shortForm);
      }
    }
  }
  const goldFiles = new Map<GoldEntity, Set<string>>();
  for (const entity of gold) goldFiles.set(entity, new Set(entity.in.map((goldIn) => fileOf(goldIn, ids)).filter((id): id is string => !!id)));
  const filesInGold = new Set([...goldFiles.values()].flatMap((files) => [...files]));

  let goldPairs = 0;
  let recalled = 0;
  const misses: string[] = [];
  for (const entity of gold) {
    for (const file of goldFiles.get(entity)!) {
      goldPairs++;
      const hit = [...found.values()].some((perDoc) => [...(perDoc.get(file) ?? [])].some((form) => entity.forms.includes(form)));
      if (hit) recalled++;
      else misses.push(`${entity.id} [${entity.forms.join('/')}] in ${file.slice(0, 30)}`);
    }
  }
  let reported = 0;
  let correct = 0;
  let reportedInGold = 0;
  let correctInGold = 0;
  const falsePositives: string[] = [];
  let overMerges = 0;
  for (const [entityId, perDoc] of found) {
    const goldIds = new Set<string>();
    for (const [file, forms] of perDoc) {
      const matches = gold.filter((entity) => goldFiles.get(entity)!.has(file) && [...forms].some((form) => entity.forms.includes(form)));
      for (const match of matches) goldIds.add(match.id);
      reported++;
      if (filesInGold.has(file)) reportedInGold++;
      if (matches.length > 0) {
        correct++;
        if (filesInGold.has(file)) correctInGold++;
      } else falsePositives.push(`${entityId} [${[...forms].join('/')}] in ${file.slice(0, 30)}${filesInGold.has(file) ? '' : ' (unannotated file)'}`);
    }
    if (goldIds.size > 1) {
      overMerges++;
      if (verbose) console.log(`  over-merge: ${entityId} holds ${[...goldIds].join(', ')}`);
    }
  }
  const multiForm = gold.filter((entity) => new Set(entity.forms).size > 1);
  const unification = (formsFound: Map<string, Map<string, Set<string>>>): { unified: number; split: string[] } => {
    let unified = 0;
    const split: string[] = [];
    for (const entity of multiForm) {
      const holders = new Map<string, Set<string>>();
      for (const [entityId, perDoc] of formsFound) {
        for (const file of goldFiles.get(entity)!) {
          for (const form of perDoc.get(file) ?? []) {
            if (entity.forms.includes(form)) (holders.get(entityId) ?? holders.set(entityId, new Set()).get(entityId)!).add(form);
          }
        }
      }
      const only = holders.size === 1 ? [...holders.values()][0]! : undefined;
      if (only && entity.forms.every((form) => only.has(form))) unified++;
      else split.push(`${entity.id}: ${[...holders].map(([id, forms]) => `${id}{${[...forms].join('/')}}`).join(' ') || 'none'} of [${entity.forms.join('/')}]`);
    }
    return { unified, split };
  };
  const { unified, split } = unification(found);
  const unifiedBySurfaces = unification(surfacesOnly).unified;
  const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : (n / d).toFixed(3));
  const unannotated = ids.filter((id) => !filesInGold.has(id)).length;
  console.log(
    `${label}: recall ${pct(recalled, goldPairs)} (${recalled}/${goldPairs})  precision ${pct(correctInGold, reportedInGold)} (${correctInGold}/${reportedInGold}, annotated files — compared with targets)` +
      `  unification ${pct(unified, multiForm.length)} (${unified}/${multiForm.length})  over-merges ${overMerges}`,
  );
  console.log(`        reference only: precision over all files ${pct(correct, reported)} (${correct}/${reported}; ${unannotated} of ${ids.length} files have no gold entry)`);
  console.log(`        reference only: unification counting mention surfaces and glosses only, not short forms ${pct(unifiedBySurfaces, multiForm.length)} (${unifiedBySurfaces}/${multiForm.length})`);
  if (verbose) {
    for (const miss of misses) console.log(`  miss: ${miss}`);
    for (const fp of falsePositives) console.log(`  extra: ${fp}`);
    for (const entry of split) console.log(`  not unified: ${entry}`);
  }
}

void (async () => {
  await score('seeds ', 'seeds', 'seed-entities.json', (goldIn, ids) => ids.find((id) => id.startsWith(`${goldIn}_`) || id.startsWith(goldIn)));
  await score('corpus', 'corpus', 'corpus-entities.json', (goldIn, ids) => ids.find((id) => id === goldIn));
})();
