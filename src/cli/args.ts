import { parseArgs } from 'node:util';

/** A command-line mistake: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface CommonArgs {
  corpus: string[];
  json: boolean;
  limit?: number;
  timeZone?: string;
  cache?: string;
  positionals: string[];
}

/** Parses the options shared by the subcommands. */
export function parseCommonArgs(argv: string[]): CommonArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        corpus: { type: 'string', multiple: true, short: 'c' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        'time-zone': { type: 'string' },
        cache: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  let limit: number | undefined;
  if (values.limit !== undefined) {
    limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit takes a whole number above 0, not "${values.limit}"`);
  }
  return { corpus: values.corpus ?? [], json: values.json ?? false, limit, timeZone: values['time-zone'], cache: values.cache, positionals };
}

export function requireCorpus(args: CommonArgs): string[] {
  if (!args.corpus.length) throw new UsageError('give at least one --corpus DIR');
  return args.corpus;
}
