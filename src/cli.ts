import { parseCommonArgs, UsageError } from './cli/args';
import { entitiesCommand } from './cli/entitiesCommand';
import { indexCommand } from './cli/indexCommand';
import { renderCommand } from './cli/renderCommand';
import { searchCommand } from './cli/searchCommand';

const USAGE = `news-corpus: read, search and research a folder of scraped news, headless.

Usage:
  news-corpus index    --corpus DIR [--corpus DIR2 ...] [--json] [--cache DIR]
  news-corpus search   --corpus DIR [--corpus DIR2 ...] [--json] [--limit N] [--cache DIR] "QUERY"
  news-corpus entities --corpus DIR [--corpus DIR2 ...] [--json] [--cache DIR]
  news-corpus render   FILE [--time-zone Asia/Shanghai]

Query syntax: words (all must occur), "a phrase", -excluded, outlet:观察者网,
after:2022-01-10 (inclusive), before:2022-01-12 (exclusive), in:title.

Options:
  --corpus, -c DIR   a corpus folder (several allowed)
  --json             machine-readable output
  --limit N          at most N hits (search; default: all)
  --cache DIR        keep a persistent index in DIR (never in the corpus): later runs read only
                     new and changed files
  --time-zone ZONE   IANA time zone for dates shown and for after:/before: days (search default: UTC)`;

type Command = (args: ReturnType<typeof parseCommonArgs>, print: (t: string) => void, printError: (t: string) => void) => Promise<number>;

const commands: Record<string, Command> = {
  index: indexCommand,
  render: renderCommand,
  search: searchCommand,
  entities: entitiesCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const print = (t: string) => process.stdout.write(t + '\n');
  const printError = (t: string) => process.stderr.write(t + '\n');
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    print(USAGE);
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    printError(`unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command(parseCommonArgs(rest), print, printError);
  } catch (error) {
    if (error instanceof UsageError) {
      printError(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}

// A closed pipe (`news-corpus … | head`) ends the output quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-corpus: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
