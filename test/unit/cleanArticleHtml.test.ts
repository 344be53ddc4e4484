import * as assert from 'node:assert/strict';
import type { Element } from 'domhandler';
import { findAll } from 'domutils';
import fc from 'fast-check';
import { cleanArticleHtml } from '../../src/core/clean/cleanArticleHtml';
import { parseHtml } from '../../src/core/clean/dom';

const clean = (html: string) => cleanArticleHtml(html).html;

/** Every element of clean HTML, parsed back. */
function elements(html: string): Element[] {
  return findAll(() => true, parseHtml(html).children);
}

const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'svg', 'math', 'base', 'meta', 'link', 'form', 'noscript', 'template']);

/** Asserts the safety properties every cleaned body must have. */
function assertSafe(html: string): void {
  for (const el of elements(html)) {
    assert.ok(!FORBIDDEN_ELEMENTS.has(el.name), `forbidden <${el.name}> in ${html}`);
    for (const [name, value] of Object.entries(el.attribs)) {
      assert.ok(!/^on/i.test(name) && name !== 'style' && name !== 'id' && !name.startsWith('data-'), `attribute ${name} in ${html}`);
      if (name === 'href' || name === 'src') assert.match(value, /^https?:\/\//i, `${name}=${value} in ${html}`);
    }
  }
  assert.doesNotMatch(html, /<script/i);
}

describe('cleanArticleHtml: hostile input', () => {
  const hostile: Record<string, string> = {
    'script element': '<p>a<script>alert(1)</script>b</p>',
    'script in attributes': '<p title="x" onclick="alert(1)" onmouseover=alert(2)>text</p>',
    'entity-encoded javascript: URL': '<a href="jav&#x09;ascript:alert(1)">link</a>',
    'whitespace-obfuscated javascript: URL': '<a href=" \n javascript:alert(1)">link</a><a href="JaVaScRiPt&colon;alert(1)">l2</a>',
    'img onerror': '<img src=x onerror=alert(1)>',
    'svg script': '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)">x</a></svg><p>ok</p>',
    'style import': '<style>@import url(https://evil.example/x.css);</style><p style="background:url(javascript:alert(1))">ok</p>',
    'base href': '<base href="https://evil.example/"><p><a href="/relative">rel</a></p>',
    'meta refresh': '<meta http-equiv="refresh" content="0;url=https://evil.example"><p>ok</p>',
    'data and vbscript and file URLs': '<img src="data:image/png;base64,AAAA"><a href="vbscript:msgbox(1)">v</a><a href="file:///etc/passwd">f</a><p>ok</p>',
    'iframe object embed form': '<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x"><form action="https://x"><input name=a></form><p>ok</p>',
    'math and template': '<math><mi xlink:href="javascript:alert(1)">x</mi></math><template><img src=x onerror=alert(1)></template><p>ok</p>',
    'protocol-relative and relative URLs': '<a href="//evil.example/x">a</a><img src="/img.png"><p>ok</p>',
    'unclosed comment and CDATA': '<p>a<!-- <script>alert(1)</script> --></p><![CDATA[<script>alert(1)</script>]]><p>b',
    'textarea and title raw text': '<textarea><img src=x onerror=alert(1)></textarea><title><script>alert(1)</script></title><p>ok</p>',
  };
  for (const [name, html] of Object.entries(hostile)) {
    it(`neutralises ${name}`, () => {
      const out = clean(html);
      assertSafe(out);
      assert.doesNotMatch(out, /javascript:|vbscript:|data:|file:|\son\w+=|style=|evil/i);
    });
  }

  it('keeps the text of links it cannot keep, and drops non-http images', () => {
    assert.equal(clean('<p><a href="jav&#x09;ascript:alert(1)">link</a></p>'), '<p>link</p>');
    assert.equal(clean('<p>a<img src=x onerror=alert(1)>b</p>'), '<p>ab</p>');
  });

  it('keeps allowed attributes only, with rel=noopener on links', () => {
    assert.equal(
      clean('<p class="c" id="i" data-x="1"><a href="https://e.example/a?b=1&amp;c=2" target="_blank" class="k">x</a></p>'),
      '<p><a href="https://e.example/a?b=1&amp;c=2" rel="noopener noreferrer">x</a></p>',
    );
    assert.equal(
      clean('<p><img src="https://e.example/a.jpg" srcset="https://e.example/b.jpg 2x" width="970px" height="100%" alt="A" loading="lazy" referrerpolicy="no-referrer"></p>'),
      '<p><img src="https://e.example/a.jpg" alt="A" width="970"></p>',
    );
  });

  it('property: random HTML-ish input never yields unsafe output', function () {
    this.timeout(60_000);
    const token = fc.oneof(
      fc.constantFrom(
        '<script>', '</script>', '<iframe src="https://x">', '<object>', '<embed src=x>', '<style>', '</style>', '<svg>', '<math>',
        '<a href="', '<img src="', '" onerror="alert(1)"', ' onclick=alert(1) ', 'javascript:', 'jav&#x09;ascript:', 'data:text/html,',
        'https://ok.example/x', '<p>', '</p>', '<div>', '</div>', '<br>', '<br><br>', '>', '<', '"', "'", '&#106;', '&lt;', '<!--', '-->',
        '<base href=x>', '<meta http-equiv=refresh>', '<video poster="', '<table><tr><td>', ' style="x"', '<h1>', '<![CDATA[', ']]>', '\n', ' ',
      ),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 40 }), (tokens) => {
        assertSafe(clean(tokens.join('')));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('cleanArticleHtml: structure', () => {
  it('turns <br><br>-separated text into paragraphs and wraps bare text', () => {
    assert.equal(clean('<div>  first line\n<br>\n<br>second <b>bold</b>\n<br><br>third</div>'), '<p>first line</p><p>second <b>bold</b></p><p>third</p>');
    assert.equal(clean('<p>one<br /><br />two<br>still two</p>'), '<p>one</p><p>two<br>still two</p>');
  });

  it('collapses whitespace, trims blocks and removes empty paragraphs', () => {
    assert.equal(clean('<div>\n<p>\n  a   b \n</p>\n<p> </p><p>&nbsp;</p><p><span style="x"> </span></p>\n</div>'), '<p>a b</p>');
    assert.equal(clean('<p>x <strong> y</strong> <em> z </em></p>'), '<p>x <strong>y</strong> <em>z</em></p>');
  });

  it('maps h1/h2 to h2/h3 and a video to its poster image', () => {
    assert.equal(clean('<h1>A</h1><h2>B</h2><h3>C</h3>'), '<h2>A</h2><h3>B</h3><h3>C</h3>');
    assert.equal(clean('<video poster="https://e.example/p.jpg" src="https://e.example/v.mp4">fallback</video><p>x</p>'), '<p><img src="https://e.example/p.jpg"></p><p>x</p>');
    assert.equal(clean('<video src="https://e.example/v.mp4"></video><p>x</p>'), '<p>x</p>');
  });

  it('drops a video without a usable poster with its fallback text (a browser notice, not the article)', () => {
    assert.equal(clean('<p>a</p><video src="https://e.example/v.mp4">您的浏览器不支持视频播放</video><p>x</p>'), '<p>a</p><p>x</p>');
    assert.equal(clean('<video poster="javascript:alert(1)">Your browser does not support <b>video</b>.</video><p>x</p>'), '<p>x</p>');
  });

  it('drops tracking pixels and ads', () => {
    assert.equal(clean('<p>x<img src="https://t.example/p.gif" width="1" height="1"><img src="https://t.example/q.gif" width="0"></p>'), '<p>x</p>');
    assert.equal(
      clean('<p align="center"><a href="http://click.aliyun.com/m/1000253340/" target="_blank" rel="nofollow"><img src="https://icons.mydrivers.com/2021/news/ayun72890.png" width="600" height="74"></a></p><p>正文</p>'),
      '<p>正文</p>',
    );
    assert.equal(clean('<p>与<a data-link="1" href="https://c.duomai.com/track.php?t=https://intel.jd.com/">英特尔</a>相比</p>'), '<p>与英特尔相比</p>');
  });

  it('removes outlet and feed boilerplate, keeps credit lines muted', () => {
    const html = clean(
      '<p>正文。</p><p><strong>本文系观察者网独家稿件，未经授权，不得转载。</strong></p>' +
        '<p><em>© 2022年德國之聲版權聲明：本文所有內容受到著作權法保護。</em></p>' +
        '<p class="end"> - THE END -</p><p class="bqian"><a href="https://news.mydrivers.com/tag/a.htm"><i>#</i>肺部</a></p>' +
        '<p class="url"><span>原文链接：<a href="https://mp.weixin.qq.com/s/x">科普中国</a></span>\n<span>责任编辑：随心</span></p>' +
        '<div class="article-relation"><p><strong>相关文章:</strong></p><p><a href="https://www.cnbeta.com/a.htm">x</a></p></div>' +
        '<p> </p><br><hr><div>获取更多RSS：<br><a href="https://feedx.net" style="color:orange">https://feedx.net</a> <br><a href="https://feedx.top">https://feedx.top</a><br></div>',
    );
    assert.equal(
      html,
      '<p>正文。</p><p class="nc-muted"><span>原文链接：<a href="https://mp.weixin.qq.com/s/x" rel="noopener noreferrer">科普中国</a></span> <span>责任编辑：随心</span></p>',
    );
  });

  it('closes the elements after a dropped or unwrapped one correctly', () => {
    assert.equal(clean('<p><a class="s_tag" href="https://www.ithome.com/">IT之家</a> x <span class="k">y</span> z</p>'), '<p>IT之家 x <span>y</span> z</p>');
    assert.equal(clean('<p><img src=x>a <strong>b</strong> c</p><p>d</p>'), '<p>a <strong>b</strong> c</p><p>d</p>');
    assert.equal(clean('<p><span data-nc-clean="drop">kept</span></p>'), '<p><span>kept</span></p>');
  });

  it("unwraps IT之家's link to itself", () => {
    assert.equal(clean('<p><a class="s_tag" href="https://www.ithome.com/" target="_blank">IT之家</a> 1 月 26 日消息</p>'), '<p>IT之家 1 月 26 日消息</p>');
  });
});
