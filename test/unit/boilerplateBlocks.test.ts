import * as assert from 'node:assert/strict';
import { type ChildNode, isTag, isText, type ParentNode } from 'domhandler';
import { removeElement } from 'domutils';
import fc from 'fast-check';
import { BOILERPLATE_TEXT_LENGTH, firstCharsOf, judgeBlockText, mayMatchBlockTextStartingWith } from '../../src/core/clean/boilerplate';
import { MUTED_CLASS, removeBoilerplateBlocks } from '../../src/core/clean/boilerplateBlocks';
import { parseHtml, serializeHtml } from '../../src/core/clean/dom';
import { isWhitespace } from '../../src/core/clean/whitespace';

/** `removeBoilerplateBlocks` as it was before blocks were first judged by their first character (the reference). */
function referenceRemoveBoilerplateBlocks(root: ParentNode): void {
  const judged = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);
  const collect = (node: ChildNode, collected: { text: string }): boolean => {
    if (isText(node)) collected.text += node.data;
    else if (isTag(node)) for (const child of node.children) if (collect(child, collected)) return true;
    return collected.text.length >= BOILERPLATE_TEXT_LENGTH;
  };
  const visitChildren = (parent: ParentNode): void => {
    const children = parent.children;
    for (let i = 0; i < children.length; ) {
      const child = children[i];
      visit(child);
      if (children[i] === child) i++;
    }
  };
  const visit = (node: ChildNode): void => {
    if (!isTag(node)) return;
    if (judged.has(node.name)) {
      const collected = { text: '' };
      collect(node, collected);
      const verdict = judgeBlockText(collected.text.replace(/\s+/g, ' ').trim());
      if (verdict === 'drop') removeElement(node);
      else if (verdict === 'mute') node.attribs.class = MUTED_CLASS;
      return;
    }
    visitChildren(node);
  };
  visitChildren(root);
}

function assertLikeReference(html: string): void {
  const actual = parseHtml(html);
  const expected = parseHtml(html);
  removeBoilerplateBlocks(actual);
  referenceRemoveBoilerplateBlocks(expected);
  assert.equal(serializeHtml(actual), serializeHtml(expected), html);
}

describe('boilerplate blocks judged by their first character first', () => {
  it('knows whitespace as \\s and trim do, for every UTF-16 code unit', () => {
    for (let c = 0; c <= 0xffff; c++) {
      const char = String.fromCharCode(c);
      assert.equal(isWhitespace(c), /\s/.test(char), `U+${c.toString(16)}`);
      assert.equal(isWhitespace(c), char.trim() === '', `U+${c.toString(16)} trim`);
    }
  });

  it('reads the first characters of the real rules (so the quick test is on) and of rules of the same forms', () => {
    for (const c of '获本©-相原责責文来') assert.ok(mayMatchBlockTextStartingWith(c.charCodeAt(0)), c);
    for (const c of ['北', 'a', 'T', ' ', '（', '“', '\u3000']) assert.ok(!mayMatchBlockTextStartingWith(c.charCodeAt(0)), c);
    assert.ok(!mayMatchBlockTextStartingWith(-1));
    const chars = (rule: RegExp) => firstCharsOf(rule)?.map((c) => String.fromCharCode(c)).join('');
    assert.equal(chars(/^获取更多RSS/), '获');
    assert.equal(chars(/^©.*(?:版權聲明|版权声明)/), '©');
    assert.equal(chars(/^-\s*THE END\s*-$/i), '-');
    assert.equal(chars(/^\-x/), '-');
    assert.equal(chars(/^\[x/i), '[');
    assert.equal(chars(/^(?:原文链接|责任编辑|来源)\s*[:：]/), '原责来');
    assert.equal(chars(/^a+b/), 'a');
    assert.equal(chars(/^ab?/), 'a');
  });

  it('reads no first characters from rules that do not have them for sure', () => {
    const unknown = [
      /a/, /^a?b/, /^a*b/, /^a{0,2}b/, /^.a/, /^\da/, /^\sa/, /^\u4e00/, /^\x41/, /^[ab]/, /^(?=a)a/, /^(?!a)b/, /^(a)/, /^(a)\1/, new RegExp('^\\1'), /^(?:a|b)?c/,
      /^(?:a|b)*c/, /^(?:a|b){0}c/, /^(?:|a)/, /^(?:a|)/, /^(?:a(b)|c)/, /^(?:[ab]|c)/, /^(?:\d|c)/, /^(?:$|c)/, /^a|b/, /^(?:a|b)c|d/,
      /^$/, /^/, /^ax/i, /^Ax/i, /^éx/i, /^a/m, /^a/g, /^a/y, /^a/u, /^a/s, /^\ud83d\ude00/, /^😀/, /^]/, /^}/, /^[|]a/,
    ];
    for (const rule of unknown) assert.equal(firstCharsOf(rule), undefined, String(rule));
  });

  it('never misses a match: whatever a rule with known first characters matches starts with one of them', () => {
    const rules = [/^获取更多RSS/, /^-\s*THE END\s*-$/i, /^(?:原文链接|原文連結|责任编辑|文章来源|来源)\s*[:：]/, /^a+b/, /^ab?c/, /^©.*(?:x|y)/, /^\-/, /^\[a\]/i];
    const alphabet = fc.constantFrom('获', '取', '更', '多', 'R', 'S', 'r', 's', '-', ' ', 'T', 't', 'H', 'E', 'N', 'D', 'e', 'n', 'd', '原', '文', '链', '接', '责', '任', '编', '辑', '来', '源', ':', '：', 'a', 'A', 'b', 'B', 'c', '©', 'x', 'y', '[', ']', '\u3000');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 14 }).map((parts) => parts.join('')), (text) => {
        for (const rule of rules) {
          const first = firstCharsOf(rule);
          assert.ok(first, String(rule));
          if (rule.test(text)) assert.ok(first.includes(text.charCodeAt(0)), `${rule} matches ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 20000 },
    );
  });

  it('removes and mutes the same blocks as judging every block by its whole text', () => {
    const cases = [
      '<p>获取更多RSS：https://feedx.net</p><p>正文</p>',
      '<p> \n <b>获取更多RSS</b></p><p>本文系观察者网独家稿件，未经授权，不得转载。</p>',
      '<p>© 2022 Deutsche Welle 版权声明</p><p>- THE END -</p><p>-  the end  -</p><p>- THE END - more</p>',
      '<ul><li>相关文章：</li><li>相关文章</li><li>原文链接：x</li></ul><h2>来源：新华社</h2><h3>责任编辑：张三</h3>',
      `<p>${' '.repeat(BOILERPLATE_TEXT_LENGTH + 5)}获取更多RSS</p>`,
      `<p><span>${' '.repeat(BOILERPLATE_TEXT_LENGTH - 1)}</span><b>获取更多RSS</b></p>`,
      `<p><span>${'\u3000'.repeat(BOILERPLATE_TEXT_LENGTH)}</span><b>获取更多RSS</b></p>`,
      '<p><!-- comment -->获取更多RSS</p><p></p><p> </p><li><img src="https://x/y.jpg">来源: x</li>',
      '<div><p>来源：x</p><blockquote><p>获取更多RSS</p></blockquote></div>',
    ];
    for (const html of cases) assertLikeReference(html);
    const text = fc.constantFrom(
      '获取更多RSS', '本文系观察者网独家稿件', '©', '版权所有', '- THE END -', '-', 'THE END', ' ', '\n', '\u3000', '\u00a0', '\t', '相关文章', '：', ':',
      '原文链接', '责任编辑', '來源', '来源', '文章来源', '正文', 'x', ' '.repeat(120), '\u3000'.repeat(90),
    );
    const inline = (inner: string, tag: string) => (tag === '' ? inner : `<${tag}>${inner}</${tag}>`);
    const piece = fc.tuple(fc.array(text, { maxLength: 4 }), fc.constantFrom('', 'b', 'span', 'a', 'i')).map(([texts, tag]) => inline(texts.join(''), tag));
    const block = fc
      .tuple(fc.constantFrom('p', 'h2', 'h3', 'li', 'div', 'blockquote', 'td', 'h6'), fc.array(piece, { maxLength: 4 }))
      .map(([tag, pieces]) => `<${tag}>${pieces.join('<!--c-->')}</${tag}>`);
    fc.assert(
      fc.property(fc.array(fc.oneof(block, block.map((b) => `<div>${b}${b}</div>`)), { minLength: 1, maxLength: 6 }), (blocks) => assertLikeReference(blocks.join(''))),
      { numRuns: 3000 },
    );
  });
});
