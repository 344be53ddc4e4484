/**
 * Outlet and feed boilerplate: what is not the article's own text.
 * Element rules see a tag and its attributes before sanitizing (classes are gone after);
 * text rules see the text of each paragraph-level block after.
 */

/** Classes of elements dropped with their content, per tag. */
const DROPPED_CLASSES: Readonly<Record<string, readonly string[]>> = {
  p: ['bqian', 'end'], // mydrivers: tag link list, "- THE END -"
  div: ['article-relation'], // cnBeta: 相关文章 list
};

/** Classes of links whose text is kept but whose link is not: IT之家's link to itself. */
const UNWRAPPED_LINK_CLASSES: readonly string[] = ['s_tag'];

/** Paragraph texts dropped: feed footers, reprint and copyright notices, end markers. */
const DROPPED_TEXTS: readonly RegExp[] = [
  /^获取更多RSS/, // feedx footer
  /^本文系观察者网独家稿件/,
  /^©.*(?:版權聲明|版权声明|版權所有|版权所有)/, // DW and others
  /^-\s*THE END\s*-$/i, // (short blocks: seen whole)
  /^相关文章\s*[:：]?$/, // (short blocks: seen whole)
];

/** Paragraph texts kept as a muted line: source and editor credits (they name people and outlets). */
const MUTED_TEXTS: readonly RegExp[] = [/^(?:原文链接|原文連結|责任编辑|責任編輯|文章来源|来源)\s*[:：]/];

/**
 * How much of a block's text the text rules need to see. Longer blocks are judged by their start,
 * so a rule must be anchored at the start and decide within this many characters.
 */
export const BOILERPLATE_TEXT_LENGTH = 200;

/** What to do with a paragraph-level block, judged by its text. */
export type BlockVerdict = 'keep' | 'drop' | 'mute';

/** Whether an element (tag and raw attributes) is boilerplate to drop with its content. */
export function isBoilerplateElement(tagName: string, attribs: Readonly<Record<string, string>>): boolean {
  const classes = DROPPED_CLASSES[tagName];
  return classes !== undefined && hasAnyClass(attribs.class, classes);
}

/** Whether a link (raw attributes) is one whose text is kept without the link. */
export function isUnwrappedLink(attribs: Readonly<Record<string, string>>): boolean {
  return hasAnyClass(attribs.class, UNWRAPPED_LINK_CLASSES);
}

/** The verdict for a block whose text (whitespace collapsed, trimmed) is `text`. */
export function judgeBlockText(text: string): BlockVerdict {
  if (matchesAny(DROPPED_TEXTS, text)) return 'drop';
  if (matchesAny(MUTED_TEXTS, text)) return 'mute';
  return 'keep';
}

/** (Loops rather than `some` with a closure: these run for every paragraph and element of every article.) */
function matchesAny(rules: readonly RegExp[], text: string): boolean {
  for (const rule of rules) if (rule.test(text)) return true;
  return false;
}

function hasAnyClass(classAttr: string | undefined, classes: readonly string[]): boolean {
  if (!classAttr) return false;
  for (const c of classAttr.split(CLASS_SEPARATOR)) if (classes.includes(c)) return true;
  return false;
}

const CLASS_SEPARATOR = /\s+/;
