import * as path from 'node:path';
import { loadArticleFile } from '../core/index/loadCorpus';
import { renderArticleView } from '../core/render/articleView';
import { UsageError, type CommonArgs } from './args';

/** `news-corpus render FILE`: the cleaned article HTML exactly as the webview shows it in its article container. */
export async function renderCommand(args: CommonArgs, print: (text: string) => void, printError: (text: string) => void): Promise<number> {
  const [file] = args.positionals;
  if (!file) throw new UsageError('render needs a FILE');
  const absolute = path.resolve(file);
  const loaded = await loadArticleFile({ file: absolute, root: path.dirname(absolute), path: path.basename(absolute) });
  if (!loaded.article) {
    printError(`${file}: ${loaded.problem.reason}`);
    return 1;
  }
  print(renderArticleView(loaded.article, { timeZone: args.timeZone }).html);
  return 0;
}
