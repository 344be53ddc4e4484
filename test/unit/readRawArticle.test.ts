import * as assert from 'node:assert/strict';
import { ArticleFormatError, readRawArticle } from '../../src/core/formats/readRawArticle';

const FRONT = `---
title: '俄罗斯与北约_不确定_会谈'
categories:
 - 新媒体
 - Aljazeera 半岛网
author: Aljazeera 半岛网
date: Thu, 13 Jan 2022 03:36:35 GMT
headimg: 'https://example.com/a.jpg'
---

<div><p>正文</p></div>`;

function reason(source: string): string {
  try {
    readRawArticle(source);
  } catch (error) {
    assert.ok(error instanceof ArticleFormatError, `expected ArticleFormatError, got ${String(error)}`);
    return error.message;
  }
  assert.fail('expected a format error');
}

describe('readRawArticle', () => {
  it('reads front matter fields and the HTML body', () => {
    const raw = readRawArticle(FRONT);
    assert.equal(raw.format, 'front-matter');
    assert.equal(raw.title, '俄罗斯与北约_不确定_会谈');
    assert.deepEqual(raw.categories, ['新媒体', 'Aljazeera 半岛网']);
    assert.equal(raw.outletHint, 'Aljazeera 半岛网');
    assert.equal(raw.dateText, 'Thu, 13 Jan 2022 03:36:35 GMT');
    assert.equal(raw.headImage, 'https://example.com/a.jpg');
    assert.match(raw.bodyHtml, /^\s*<div><p>正文<\/p><\/div>$/);
  });

  it('tolerates a BOM, blank lines, CRLF, unquoted titles and missing fields', () => {
    const raw = readRawArticle('\uFEFF\r\n  \r\n---\r\ntitle: RISC-V XIP Support To "eXecute In Place"\r\n---\r\n<p>x</p>');
    assert.equal(raw.title, 'RISC-V XIP Support To "eXecute In Place"');
    assert.equal(raw.outletHint, undefined);
    assert.equal(raw.dateText, undefined);
    assert.equal(raw.bodyHtml.trim(), '<p>x</p>');
  });

  it('keeps zone-less dates as text (no YAML timestamps) and numbers as text', () => {
    const raw = readRawArticle('---\ntitle: 2022\ndate: 2022-01-13 10:30:07\n---\n<p>x</p>');
    assert.equal(raw.title, '2022');
    assert.equal(raw.dateText, '2022-01-13 10:30:07');
  });

  it('never runs code from front matter', () => {
    const g = globalThis as { ncPwned?: boolean };
    assert.match(reason('---\nx: !!js/function "function () { globalThis.ncPwned = true }"\n---\n<p>x</p>'), /^invalid YAML front matter: /);
    assert.match(reason('---\nx: !!js/undefined ""\n---\n<p>x</p>'), /^invalid YAML front matter: /);
    assert.match(reason('---js\n({ title: (globalThis.ncPwned = true) })\n---\n<p>x</p>'), /^front matter in "js" is not supported; only YAML/);
    assert.equal(g.ncPwned, undefined);
  });

  it('gives human reasons for files it cannot read', () => {
    assert.equal(reason(''), 'empty file');
    assert.equal(reason(' \n\t\n'), 'empty file');
    assert.equal(reason('<p>just html</p>'), 'no front matter or feed header found');
    assert.match(reason('---\ntitle: [unclosed\n---\n<p>x</p>'), /^invalid YAML front matter: \S/);
    assert.match(reason('---\n- a list\n---\n<p>x</p>'), /^invalid YAML front matter: front matter is not a mapping/);
    assert.match(reason('---\ntitle: x\n<p>never closed</p>'), /not closed/);
  });

  it('does not cache by input (gray-matter keeps every string it saw when called without options)', async () => {
    const matter = (await import('gray-matter')).default as unknown as { cache: Record<string, unknown> };
    const before = Object.keys(matter.cache).length;
    readRawArticle(FRONT + ' ');
    assert.equal(Object.keys(matter.cache).length, before);
  });

  it('reads a feed dump header, date line and body', () => {
    const raw = readRawArticle(
      '<!--1641865623000-->\n[标题 [1]](https://www.dw.com/zh/a-60384110)\n------\n\n<div><i><br>2022-01-11T01:33:44.003Z</i></div><img src="https://x/y.jpg"><p>正文</p>',
    );
    assert.equal(raw.format, 'feed-dump');
    assert.equal(raw.title, '标题 [1]');
    assert.equal(raw.url, 'https://www.dw.com/zh/a-60384110');
    assert.equal(raw.epochMs, 1641865623000);
    assert.equal(raw.dateText, '2022-01-11T01:33:44.003Z');
    assert.equal(raw.bodyHtml, '<img src="https://x/y.jpg"><p>正文</p>');
  });

  it('reads a feed dump without the epoch comment or the date line', () => {
    const raw = readRawArticle('[Title](https://example.com/a)\n------\n<p>body</p>');
    assert.equal(raw.title, 'Title');
    assert.equal(raw.epochMs, undefined);
    assert.equal(raw.dateText, undefined);
    assert.equal(raw.bodyHtml, '<p>body</p>');
    assert.equal(reason('<!--1641865623000-->\nno link line\n<p>x</p>'), 'feed header has no "[title](url)" line');
  });
});
