import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { decodeSource, type DecodedSource } from '../../src/core/index/decodeSource';

/** What decodeSource gave before it was made faster: a fatal TextDecoder, then a lenient one (the reference). */
function reference(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); not an article' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes), warning: 'invalid UTF-8; decoded with replacement characters' };
  }
}

const INVALID = { warning: 'invalid UTF-8; decoded with replacement characters' };
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** The same bytes at an odd offset in a larger buffer, and as a plain Uint8Array (not a Buffer). */
function views(input: Uint8Array): Uint8Array[] {
  const padded = new Uint8Array(input.length + 7);
  padded.set(input, 3);
  return [input, padded.subarray(3, 3 + input.length), Buffer.from(input), new Uint8Array(input)];
}

function assertLikeReference(input: Uint8Array): void {
  const expected = reference(input);
  for (const view of views(input)) assert.deepEqual(decodeSource(view), expected, `bytes ${Buffer.from(input).toString('hex').slice(0, 200)}`);
}

describe('decodeSource gives what a fatal TextDecoder gives', () => {
  it('drops one leading byte order mark, and only a leading one', () => {
    assert.deepEqual(decodeSource(utf8('\uFEFF北约')), { ok: true, text: '北约' });
    assert.deepEqual(decodeSource(utf8('\uFEFF\uFEFF北约')), { ok: true, text: '\uFEFF北约' });
    assert.deepEqual(decodeSource(utf8('北\uFEFF约')), { ok: true, text: '北\uFEFF约' });
    assert.deepEqual(decodeSource(utf8('\uFEFF')), { ok: true, text: '' });
    assert.deepEqual(decodeSource(utf8('\uFEFFabc')), { ok: true, text: 'abc' });
    // A byte order mark cut short is invalid UTF-8, not a byte order mark.
    assert.deepEqual(decodeSource(bytes(0xef, 0xbb, 0x61)), { ok: true, text: '\uFFFDa', ...INVALID });
    for (const input of [utf8('\uFEFF'), bytes(0xef, 0xbb), bytes(0xef), bytes(0xfe, 0xff, 0x61), bytes(0xff, 0xfe, 0x61, 0x62)]) assertLikeReference(input);
  });

  it('flags invalid UTF-8 and decodes it with replacement characters', () => {
    assert.deepEqual(decodeSource(bytes(0x61, 0xff, 0x62)), { ok: true, text: 'a\uFFFDb', ...INVALID });
    const cases = [
      bytes(0x80), bytes(0xc0, 0x80), bytes(0xc1, 0xbf), bytes(0xe0, 0x80, 0x80), bytes(0xf0, 0x80, 0x80, 0x80), // stray continuation, overlong forms
      bytes(0xf4, 0x90, 0x80, 0x80), bytes(0xf5, 0x80, 0x80, 0x80), bytes(0xf8, 0x88, 0x80, 0x80, 0x80), // above U+10FFFF, 5-byte forms
      bytes(0xe4, 0xb8), bytes(0x61, 0xe4, 0xb8), bytes(0xf0, 0x9f, 0x98), // cut short (at the end too)
      bytes(0xe4, 0x61, 0xb8, 0xad), bytes(0xc3), bytes(0xc3, 0xc3, 0xa9),
    ];
    for (const input of cases) {
      const decoded = decodeSource(input);
      assert.ok(decoded.ok && decoded.warning, Buffer.from(input).toString('hex'));
      assertLikeReference(input);
    }
  });

  it('treats surrogates encoded in UTF-8 (CESU-8, WTF-8) as invalid', () => {
    const cases = [
      bytes(0xed, 0xa0, 0x80), // U+D800 alone
      bytes(0xed, 0xbf, 0xbf), // U+DFFF alone
      bytes(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80), // U+1F600 as a CESU-8 pair
      concat(utf8('北约'), bytes(0xed, 0xb0, 0x80), utf8('谢尔曼')),
      concat(bytes(0xef, 0xbb, 0xbf), bytes(0xed, 0xa0, 0x80)),
    ];
    for (const input of cases) {
      const decoded = decodeSource(input);
      assert.ok(decoded.ok && decoded.warning && decoded.text.includes('\uFFFD'), Buffer.from(input).toString('hex'));
      assertLikeReference(input);
    }
    // The edges of the surrogate block stay valid.
    assert.deepEqual(decodeSource(utf8('\uD7FF\uE000\uFFFD\uFFFE\uFFFF\u{10FFFF}')), { ok: true, text: '\uD7FF\uE000\uFFFD\uFFFE\uFFFF\u{10FFFF}' });
  });

  it('refuses empty files and NUL bytes in the first 8 KiB only, as before', () => {
    assert.deepEqual(decodeSource(bytes()), { ok: false, reason: 'empty file' });
    assert.deepEqual(decodeSource(bytes(0x89, 0x50, 0x00, 0x01)), { ok: false, reason: 'binary file (contains NUL bytes); not an article' });
    const nulAt = (index: number, length: number) => {
      const input = new Uint8Array(length).fill(0x61);
      input[index] = 0;
      return input;
    };
    assert.equal(decodeSource(nulAt(8191, 9000)).ok, false);
    const late = decodeSource(nulAt(8192, 9000));
    assert.ok(late.ok && late.text.length === 9000 && late.text[8192] === '\0' && !late.warning);
    for (const input of [nulAt(8191, 9000), nulAt(8192, 9000), concat(new Uint8Array(8192).fill(0xe4), bytes(0))]) assertLikeReference(input);
    // Valid UTF-8 with NULs after 8 KiB, all through the non-ASCII path.
    assertLikeReference(concat(utf8('谢'.repeat(3000)), bytes(0, 0), utf8('尔曼\0')));
  });

  it('decodes every code point, in ASCII, Latin-1, two-byte and four-byte text', () => {
    const all: string[] = [];
    for (let cp = 1; cp <= 0x10ffff; cp++) if (cp < 0xd800 || cp > 0xdfff) all.push(String.fromCodePoint(cp));
    const text = all.join('');
    assert.deepEqual(decodeSource(utf8(text)), { ok: true, text });
    for (const sample of ['plain ASCII text\n', 'café naïve', 'Grüße — “quoted”', '北约秘书长斯托尔滕贝格', '😀 emoji 𠀀', '\t\r\n\u2028']) {
      assert.deepEqual(decodeSource(utf8(sample)), { ok: true, text: sample });
      assertLikeReference(utf8('\uFEFF' + sample));
    }
  });

  it('agrees with the reference on random bytes and on random text', () => {
    const interesting = fc.constantFrom(0x00, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xbb, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f);
    const byteArray = fc.array(fc.oneof(fc.integer({ min: 0, max: 255 }), interesting, fc.integer({ min: 0x20, max: 0x7e })), { maxLength: 64 });
    fc.assert(fc.property(byteArray, (values) => assertLikeReference(new Uint8Array(values))), { numRuns: 5000 });
    // Valid text with a few bytes spliced in (which may make it invalid) and maybe a byte order mark.
    const spliced = fc.tuple(fc.boolean(), fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.tuple(fc.nat(), fc.array(interesting, { maxLength: 4 })), { maxLength: 3 }));
    fc.assert(
      fc.property(spliced, ([bom, text, splices]) => {
        let input = utf8((bom ? '\uFEFF' : '') + text);
        for (const [at, insert] of splices) {
          const i = at % (input.length + 1);
          input = concat(input.subarray(0, i), new Uint8Array(insert), input.subarray(i));
        }
        assertLikeReference(input);
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the reference on large files', () => {
    const big = utf8('<p>北约与俄罗斯在日内瓦会谈。</p>\n'.repeat(50_000));
    assertLikeReference(big);
    assertLikeReference(concat(big, bytes(0xed, 0xa0, 0x80)));
    assertLikeReference(utf8('<p>Plain ASCII article text.</p>\n'.repeat(50_000)));
  });
});
