import { parseCommonArgs, UsageError } from './cli/args';
import { indexCommand } from './cli/indexCommand';
import { renderCommand } from './cli/renderCommand';

const USAGE = `news-corpus: read, search and research a folder of scraped news, headless.

Usage:
  news-corpus index    --corpus DIR [--corpus DIR2 ...] [--json]
  news-corpus render   FILE [--time-zone Asia/Shanghai]

Options:
  --corpus, -c DIR   a corpus folder (several allowed)
  --json             machine-readable output
  --time-zone ZONE   IANA time zone for dates shown (default: the machine's)`;

type Command = (args: ReturnType<typeof parseCommonArgs>, print: (t: string) => void, printError: (t: string) => void) => Promise<number>;

const commands: Record<string, Command> = {
  index: indexCommand,
  render: renderCommand,
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-corpus: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
