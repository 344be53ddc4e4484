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

/**
 * Whether a text rule can match a text whose first character (UTF-16 code unit) is `firstChar`, -1
 * for the empty text; when not, `judgeBlockText` gives 'keep'. A quick test that spares most blocks
 * making and matching their text.
 * Every text rule is anchored at the start; the characters a match can start with are read from each
 * rule (see `ruleFirstChars`). A rule they cannot be read from makes this always true.
 */
export function mayMatchBlockTextStartingWith(firstChar: number): boolean {
  return RULE_FIRST_CHARS === undefined || RULE_FIRST_CHARS.has(firstChar);
}

const RULE_FIRST_CHARS = ruleFirstChars([...DROPPED_TEXTS, ...MUTED_TEXTS]);

/** The characters a match of any of the rules can start with; undefined when not known for one of them. */
export function ruleFirstChars(rules: readonly RegExp[]): ReadonlySet<number> | undefined {
  const chars = new Set<number>();
  for (const rule of rules) {
    const first = firstCharsOf(rule);
    if (!first) return undefined;
    for (const c of first) chars.add(c);
  }
  return chars;
}

/**
 * The characters a match of `rule` can start with, for rules of the form `^x…` or `^(?:x…|y…|…)…`
 * where x, y… are literal characters that no quantifier makes optional (`\\-` counts as `-`); undefined
 * for any other rule (alternatives outside that group included), and for flags other than `i`, which
 * is allowed only before ASCII punctuation (characters no other character matches case-insensitively).
 */
export function firstCharsOf(rule: RegExp): number[] | undefined {
  if (!/^i?$/.test(rule.flags)) return undefined;
  const source = rule.source;
  if (!source.startsWith('^') || hasTopLevelAlternative(source)) return undefined;
  if (!source.startsWith('^(?:')) {
    const first = leadingLiteral(source, 1, rule.ignoreCase);
    return first === undefined ? undefined : [first];
  }
  // A group of plain alternatives (no groups, classes, escapes or anchors inside), not made optional.
  const close = source.indexOf(')', 4);
  if (close === -1 || isOptionalQuantifier(source.charAt(close + 1))) return undefined;
  const body = source.slice(4, close);
  if (/[()[\]\\^$]/.test(body)) return undefined;
  const chars: number[] = [];
  for (const alternative of body.split('|')) {
    const first = leadingLiteral(alternative, 0, rule.ignoreCase);
    if (first === undefined) return undefined;
    chars.push(first);
  }
  return chars;
}

/** Whether a pattern has a `|` outside any group (outside classes, not escaped). */
function hasTopLevelAlternative(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charAt(i);
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      for (i++; i < source.length && source.charAt(i) !== ']'; i++) if (source.charAt(i) === '\\') i++;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      depth--;
    } else if (c === '|' && depth === 0) {
      return true;
    }
  }
  return false;
}

/** The literal character at `at` in a pattern, if it is one that every match has there. */
function leadingLiteral(pattern: string, at: number, ignoreCase: boolean): number | undefined {
  let c = pattern.charAt(at);
  let next = at + 1;
  if (c === '\\') {
    c = pattern.charAt(at + 1);
    next = at + 2;
    if (!/^[!-/:-@[-`{-~]$/.test(c)) return undefined; // \d, \s, \u…, \1…: not one literal character
  } else if (c === '' || '^$.*+?()[]{}|'.includes(c) || (c >= '\ud800' && c <= '\udfff')) {
    return undefined;
  }
  if (isOptionalQuantifier(pattern.charAt(next))) return undefined;
  if (ignoreCase && !/^[!-@[-`{-~]$/.test(c)) return undefined;
  return c.charCodeAt(0);
}

/** Whether a quantifier that can match zero times may start with this character. */
function isOptionalQuantifier(c: string): boolean {
  return c === '?' || c === '*' || c === '{';
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
