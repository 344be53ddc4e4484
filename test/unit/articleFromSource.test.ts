import * as assert from 'node:assert/strict';
import { articleForIndex, articleFromSource, type SourceLocation } from '../../src/core/articleFromSource';
import type { ArticleForIndex } from '../../src/core/index/corpusIndex';
import { ArticleFormatError } from '../../src/core/formats/readRawArticle';
import type { Article } from '../../src/core/model/article';
import { sharedArticleFiles, sharedFile } from './sharedCorpus';

const read = (relative: string): Article => {
  const f = sharedFile(relative);
  return articleFromSource(f.source, f);
};

describe('articleFromSource over the shared seeds and corpus', () => {
  const files = sharedArticleFiles();

  it('finds all 17 files', () => assert.equal(files.length, 17));

  for (const f of files) {
    it(`reads ${f.path}`, () => {
      const a = articleFromSource(f.source, f);
      assert.equal(a.id, f.file);
      assert.ok(a.outlet.trim(), 'outlet');
      assert.ok(a.published !== undefined, 'date');
      assert.ok(a.title.trim(), 'title');
      assert.ok(a.text.length > 50, `body text (${a.text.length})`);
      assert.doesNotMatch(a.html, /<script|\son\w+=|javascript:|style=|获取更多RSS|feedx|本文系观察者网独家稿件|THE END|版權聲明/i);
      assert.doesNotMatch(a.text, /^\s|\s$|\n\n| {2}/);
    });
  }

  it('gives the seeds the right outlets: the VOA pair together, four groups in all', () => {
    const outlets = ['000_67a2099cef571f01', '001_ce6e3d70b9a590f6', '002_9be3b2f621e543aa', '003_72ee53b23b60c233', '004_ef5e09785f40b86f'].map(
      (name) => read(`seeds/${name}.txt`).outlet,
    );
    assert.deepEqual(outlets, ['Aljazeera 半岛网', '观察者网', '美国之音', '美国之音', '德国之声']);
    assert.equal(new Set(outlets).size, 4);
  });

  it('gives the seeds the right instants', () => {
    const at = (name: string) => new Date(read(`seeds/${name}.txt`).published ?? NaN).toISOString();
    assert.equal(at('000_67a2099cef571f01'), '2022-01-13T03:36:35.000Z');
    assert.equal(at('001_ce6e3d70b9a590f6'), '2022-01-13T10:30:07.000Z');
    assert.equal(at('002_9be3b2f621e543aa'), '2022-01-05T01:45:00.000Z');
    assert.equal(at('004_ef5e09785f40b86f'), '2022-01-11T01:33:44.003Z');
  });

  it('keeps titles as written, including quotes mangled to _', () => {
    assert.equal(read('seeds/000_67a2099cef571f01.txt').title, '莫斯科指责西方威胁其利益 俄罗斯与北约在布鲁塞尔就乌克兰问题进行_不确定_会谈');
    assert.equal(read('seeds/004_ef5e09785f40b86f.txt').title, '俄国称无意入侵乌克兰  与美8小时对谈无突破');
  });

  it('splits <br><br> text into paragraphs (VOA, Phoronix, cnBeta)', () => {
    assert.ok((read('seeds/003_72ee53b23b60c233.txt').html.match(/<p>/g) ?? []).length > 15);
    const phoronix = read('corpus/Phoronix/FreeBSD_ Sway Compositor Can Run While KDE Plasma On Wayland Is Still A Work-In-Progress.md');
    assert.ok((phoronix.html.match(/<p>/g) ?? []).length >= 5);
    assert.doesNotMatch(phoronix.html, /<br>/);
    assert.match(read('corpus/cnBeta/Hot Chips 34：摆脱x86束缚 英伟达详解Grace服务器CPU设计.md').html, /^<p><strong>在 Hot Chips 大会期间/);
  });

  it('drops the mydrivers ad banner (body and header image) and keeps the credits muted', () => {
    const a = read('corpus/快科技（原驱动之家）/"老戏骨"张少华因病去世！这种病高病死率 钟南山这样建议.md');
    assert.doesNotMatch(a.html, /ayun|aliyun|bqian|#肺部/);
    assert.equal(a.headImage, undefined);
    assert.match(a.html, /<p class="nc-muted">.*原文链接：.*科普中国.*责任编辑：随心<\/span><\/p>$/);
    assert.match(a.text, /责任编辑：随心$/);
  });

  it('drops the cnBeta relation block and affiliate links but keeps their words', () => {
    const a = read('corpus/cnBeta/Hot Chips 34：摆脱x86束缚 英伟达详解Grace服务器CPU设计.md');
    assert.doesNotMatch(a.html, /相关文章|duomai/);
    assert.match(a.text, /相媲美的企业级处理器/);
  });

  it('keeps captions and the IT之家 self-link text', () => {
    assert.match(read('seeds/002_9be3b2f621e543aa.txt').html, /<small>资料照片：一名俄罗斯士兵/);
    const it = read('corpus/IT 之家/13 年诉讼终获胜，法院驳回欧盟对英特尔 12 亿美元反垄断罚款：被指向戴尔、联想等提供回扣，以打压 AMD.md');
    assert.match(it.text, /^IT之家 1 月 26 日消息/);
    assert.doesNotMatch(it.html, /ithome\.com/);
  });

  it('falls back to the first heading, the text, then the file name for a missing title', () => {
    const where = { root: '/c', path: 'Some Outlet/a-story.md', file: '/c/Some Outlet/a-story.md' };
    assert.equal(articleFromSource('---\ndate: 2022-01-13\n---\n<h1>Heading</h1><p>body</p>', where).title, 'Heading');
    assert.equal(articleFromSource('---\ndate: 2022-01-13\n---\n<p>一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十多余</p>', where).title.length, 40);
    const bare = articleFromSource('---\ndate: 2022-01-13\n---\n<img src="https://e.example/a.jpg">', where);
    assert.equal(bare.title, 'a-story');
    assert.equal(bare.outlet, 'Some Outlet');
  });
});

describe('articleFromSource: one-line fields', () => {
  it('shows titles and outlets with markup as plain text, without script content', () => {
    const source = `---\ntitle: '<script>alert(1)</script><b onmouseover="x()">北约</b> &amp; 俄罗斯'\nauthor: '<i>某报</i>'\ndate: 2022-01-01T00:00:00Z\n---\n<p>正文。</p>`;
    const article = articleFromSource(source, { root: '/r', path: 'a.md', file: '/r/a.md' });
    assert.equal(article.title, '北约 & 俄罗斯');
    assert.equal(article.outlet, '某报');
  });
});

/** What `articleFromSource` gives without its HTML, or the format error's message. */
function forIndexFromFull(source: string, where: SourceLocation): ArticleForIndex | string {
  try {
    const { html: _html, ...rest } = articleFromSource(source, where);
    return rest;
  } catch (error) {
    if (error instanceof ArticleFormatError) return error.message;
    throw error;
  }
}

function forIndex(source: string, where: SourceLocation): ArticleForIndex | string {
  try {
    return articleForIndex(source, where);
  } catch (error) {
    if (error instanceof ArticleFormatError) return error.message;
    throw error;
  }
}

describe('articleForIndex: articleFromSource without the HTML', () => {
  it('gives every field articleFromSource gives, text above all, for every shared file', () => {
    const files = sharedArticleFiles();
    assert.equal(files.length, 17);
    for (const f of files) assert.deepEqual(articleForIndex(f.source, f), forIndexFromFull(f.source, f), f.path);
  });

  it('has no html field', () => {
    const f = sharedFile('seeds/000_67a2099cef571f01.txt');
    assert.ok(!('html' in articleForIndex(f.source, f)));
  });

  it('makes the same title from the body when the source has none', () => {
    const where = { root: '/c', path: 'Some Outlet/a-story.md', file: '/c/Some Outlet/a-story.md' };
    for (const body of [
      '<h1>Heading</h1><p>body</p>',
      '<p>intro</p><h2>Second &amp; <b>bold</b>\u00a0 heading</h2>',
      '<h3>a<h4>b</h4></h3>',
      '<h2> </h2><p>一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十多余</p>',
      '<h2>&lt;i&gt;not a tag&lt;/i&gt; &amp;nbsp;</h2>',
      '<img src="https://e.example/a.jpg">',
      '',
    ]) {
      const source = `---\ndate: 2022-01-13\n---\n${body}`;
      assert.deepEqual(forIndex(source, where), forIndexFromFull(source, where), body);
    }
    assert.equal(articleForIndex('---\ndate: 2022-01-13\n---\n<h1>Heading</h1><p>body</p>', where).title, 'Heading');
  });

  it('refuses what articleFromSource refuses, with the same reason', () => {
    const where = { root: '/c', path: 'x.md', file: '/c/x.md' };
    for (const source of ['', '  \n', 'plain text', '---js\nmodule.exports = {}\n---\n<p>x</p>', '---\ntitle: [unclosed\n---\n<p>x</p>', '---\ntitle: x\n']) {
      const full = forIndexFromFull(source, where);
      assert.equal(typeof full, 'string', source);
      assert.deepEqual(forIndex(source, where), full, source);
    }
  });
});
