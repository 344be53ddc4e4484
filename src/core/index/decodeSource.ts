import * as nodeBuffer from 'node:buffer';

/** The result of turning a file's bytes into text. */
export type DecodedSource = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

// simdutf's validators (Node 18.14+) and ICU's converter. Looked up rather than imported by name: a
// runtime built without them (some Electron builds lack `transcode`) falls back to the TextDecoder.
const isUtf8: ((input: Uint8Array) => boolean) | undefined = typeof nodeBuffer.isUtf8 === 'function' ? nodeBuffer.isUtf8 : undefined;
const isAscii: ((input: Uint8Array) => boolean) | undefined = typeof nodeBuffer.isAscii === 'function' ? nodeBuffer.isAscii : undefined;
let transcode: typeof nodeBuffer.transcode | undefined = typeof nodeBuffer.transcode === 'function' ? nodeBuffer.transcode : undefined;

/**
 * Decodes a file's bytes as UTF-8. Empty and binary files are refused with a reason;
 * invalid UTF-8 is decoded with replacement characters and flagged.
 *
 * The text is exactly what a fatal `TextDecoder('utf-8')` gives (a leading byte order mark dropped),
 * made faster: the bytes are validated with simdutf and converted to UTF-16 by ICU, both much quicker
 * than V8's UTF-8 decoder for mostly non-Latin text; pure ASCII is read as Latin-1 (the same string).
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL bytes); not an article' };
  const text = validUtf8Text(bytes);
  if (text !== undefined) return { ok: true, text };
  return { ok: true, text: lenientUtf8.decode(bytes), warning: 'invalid UTF-8; decoded with replacement characters' };
}

/** The text of valid UTF-8 bytes without a leading byte order mark; undefined when they are not valid UTF-8. */
function validUtf8Text(bytes: Uint8Array): string | undefined {
  if (!isUtf8) {
    try {
      return strictUtf8.decode(bytes);
    } catch {
      return undefined;
    }
  }
  if (!isUtf8(bytes)) return undefined;
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  if (start === bytes.length) return '';
  const view = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  if (isAscii?.(view)) return view.toString('latin1');
  if (transcode) {
    try {
      return transcode(view, 'utf8', 'utf16le').toString('utf16le');
    } catch {
      transcode = undefined; // not usable here: V8's decoder from now on
    }
  }
  return view.toString('utf8');
}

/** Whether the first 8 KiB hold a NUL byte. */
function looksBinary(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).indexOf(0) !== -1;
}
