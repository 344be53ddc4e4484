/**
 * Where the text-wide patterns (bylines, dot-joined names, quoted outlets, credit lines…) can match, collected during
 * the one dictionary scan of a document instead of one regular-expression pass over the whole text each. Characters
 * that open a pattern are marked in `MARK_OF` (the scan lists their positions); words that open one are added to the
 * main dictionary (see `lexicon.ts`). A pattern is then tried, sticky, at those positions only, in order and from
 * where its last match ended: the same matches as its global search, since it can match nowhere else.
 */

import { NAME_DOTS } from '../lexicon/transliteration';

/** Trigger classes (indexes into `Triggers.lists`). Characters of different classes are distinct. */
export const TRIGGER_DOT = 1;
export const TRIGGER_BRACKET = 2;
export const TRIGGER_PAREN = 3;
export const TRIGGER_QUOTE = 4;
export const TRIGGER_COLON = 5;
export const TRIGGER_AGENCY = 6;
export const TRIGGER_COUNT = 7;
export const TRIGGER_UPPER = 8;
/** Classes of words found by the dictionary scan. */
export const TRIGGER_LABEL = 9;
export const TRIGGER_CREDIT = 10;
export const TRIGGER_CITING = 11;
const CLASS_COUNT = 12;

/** Per character code, the class of a character that opens a pattern (0 = none). */
export const MARK_OF = new Uint8Array(65536);
const mark = (chars: Iterable<string>, triggerClass: number): void => {
  for (const char of chars) MARK_OF[char.charCodeAt(0)] = triggerClass;
};
/** The characters of `NAME_DOT_PATTERN`. */
mark(NAME_DOTS, TRIGGER_DOT);
mark('【', TRIGGER_BRACKET);
mark('（(', TRIGGER_PAREN);
mark('《“', TRIGGER_QUOTE);
mark('：:', TRIGGER_COLON);
mark('社', TRIGGER_AGENCY);
mark('二三四五六七八九十', TRIGGER_COUNT);
mark('ABCDEFGHIJKLMNOPQRSTUVWXYZ', TRIGGER_UPPER);

/** Words opening a byline label (责任编辑：…, 记者 …): the alternations of the byline patterns (see `chineseNames.ts`). */
export const LABEL_WORDS: readonly string[] = ['责任编辑', '编辑', '作者', '记者', '撰文', '编译', '校对', '审核', '通讯员', '摄影'];
/** Words opening a credit line (图源：…): the alternation of the credit pattern (see `mediaSources.ts`). */
export const CREDIT_WORDS: readonly string[] = ['图源', '图片来源', '来源', '文章来源', '原文链接', '原文来源', '出品', '出品方', '转载自', '视频来源'];
/** Phrases that cite an outlet written right before them (see `mediaSources.ts`). */
export const CITING_WORDS: readonly string[] = ['报道称', '援引', '消息称'];

/** Positions per trigger class for one document, ascending (reused between documents). */
export class Triggers {
  readonly lists: number[][] = Array.from({ length: CLASS_COUNT }, () => []);

  clear(): void {
    for (const list of this.lists) list.length = 0;
  }

  /** Adds `position` to a class (positions come in ascending order; a repeated one is kept once). */
  add(triggerClass: number, position: number): void {
    const list = this.lists[triggerClass]!;
    if (list.length === 0 || list[list.length - 1] !== position) list.push(position);
  }

  of(triggerClass: number): readonly number[] {
    return this.lists[triggerClass]!;
  }
}

/**
 * The matches of a global pattern, given `sticky` (the same pattern with the `y` flag) and the ascending positions
 * where a match can start: calls `visit` with each match as a global search would find it.
 */
export function forEachMatchAt(text: string, sticky: RegExp, positions: readonly number[], visit: (match: RegExpExecArray) => void): void {
  let from = 0;
  for (const position of positions) {
    if (position < from) continue;
    sticky.lastIndex = position;
    const match = sticky.exec(text);
    if (!match) continue;
    visit(match);
    // An empty match moves a global search one character on.
    from = match[0].length > 0 ? position + match[0].length : position + 1;
  }
}
