import * as path from 'node:path';
import { loadCorpus, type LoadedCorpus } from '../core/index/loadCorpus';
import type { Problem } from '../core/model/article';

/** A corpus folder as the user gave it, with its absolute form. */
export interface GivenRoot {
  given: string;
  absolute: string;
}

export interface CliCorpus extends LoadedCorpus {
  roots: GivenRoot[];
}

/** Reads every `--corpus DIR` with the core's loader. */
export async function loadCliCorpus(dirs: string[]): Promise<CliCorpus> {
  const roots = dirs.map((given) => ({ given, absolute: path.resolve(given) }));
  const loaded = await loadCorpus(roots.map((r) => r.absolute));
  return { ...loaded, roots };
}

/** The `{path, reason}` form of problems the CLI prints. */
export function problemJson(p: Problem): { path: string; reason: string; severity: Problem['severity'] } {
  return { path: p.path || p.file, reason: p.reason, severity: p.severity };
}
