/** The result of turning a file's bytes into text. */
export type DecodedSource = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

/**
 * Decodes a file's bytes as UTF-8. Empty and binary files are refused with a reason;
 * invalid UTF-8 is decoded with replacement characters and flagged.
 */
export function decodeSource(bytes: Uint8Array): DecodedSource {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary file (contains NUL bytes); not an article' };
  try {
    return { ok: true, text: strictUtf8.decode(bytes) };
  } catch {
    return { ok: true, text: lenientUtf8.decode(bytes), warning: 'invalid UTF-8; decoded with replacement characters' };
  }
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}
