// A fingerprint of every file under a corpus folder (path, size, SHA-256), to prove that a whole UI run
// wrote, renamed or deleted nothing there.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Map of corpus-relative path → "size:sha256" for every file under `root` (symbolic links not followed). */
export function fingerprintCorpus(root) {
  const result = new Map();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile()) {
        const bytes = fs.readFileSync(full);
        result.set(path.relative(root, full), `${bytes.length}:${crypto.createHash('sha256').update(bytes).digest('hex')}`);
      }
    }
  };
  walk(root);
  return result;
}

/** The differences between two fingerprints, as readable lines (empty when the corpus is unchanged). */
export function compareFingerprints(before, after) {
  const lines = [];
  for (const [file, print] of before) {
    if (!after.has(file)) lines.push(`deleted: ${file}`);
    else if (after.get(file) !== print) lines.push(`changed: ${file}`);
  }
  for (const file of after.keys()) if (!before.has(file)) lines.push(`added: ${file}`);
  return lines;
}
