/**
 * A string kept once, in folded form, plus the few code units where the original differs
 * (upper case, full-width punctuation, traditional characters…). The original, or any slice of
 * it, is rebuilt on demand, so the engine holds one copy of each text instead of two.
 */
import { getFoldTable, unitsToString } from './normalize';

/** Slices up to this long are rebuilt by joining strings, longer ones through a unit buffer. */
const SHORT_SLICE = 512;

/** Reused buffers for {@link FoldedText.from}. */
let scratchUnits: Uint16Array = new Uint16Array(1 << 14);
let scratchDifferences: Uint32Array = new Uint32Array(1 << 10);

export class FoldedText {
  private constructor(
    /** The folded text (same length as the original). */
    readonly folded: string,
    /** Pairs (offset, original code unit) where the original differs, by increasing offset. */
    private readonly differences: Uint32Array,
  ) {}

  /** Folds `original` and records where it differs (one pass over the text). */
  static from(original: string): FoldedText {
    if (scratchUnits.length < original.length) scratchUnits = new Uint16Array(original.length * 2);
    const differing = foldInto(original, scratchUnits, 0, 0);
    return new FoldedText(unitsToString(scratchUnits.subarray(0, original.length)), scratchDifferences.slice(0, differing));
  }

  /** A folded text from its parts (as {@link differences} and {@link folded} give them); nothing is refolded. */
  static fromParts(folded: string, differences: Uint32Array): FoldedText {
    return new FoldedText(folded, differences);
  }

  /** The (offset, original unit) pairs, by increasing offset (shared, do not modify). */
  get differenceList(): Uint32Array {
    return this.differences;
  }

  get length(): number {
    return this.folded.length;
  }

  /** The original text. */
  original(): string {
    return this.originalSlice(0, this.folded.length);
  }

  /** `original().slice(start, end)`, rebuilt from the folded text. */
  originalSlice(start: number, end: number): string {
    const differences = this.differences;
    let index = lowerBound(differences, start);
    if (index >= differences.length || differences[index] >= end) return this.folded.slice(start, end);
    if (end - start > SHORT_SLICE) {
      const units = new Uint16Array(end - start);
      for (let i = start; i < end; i++) units[i - start] = this.folded.charCodeAt(i);
      for (; index < differences.length && differences[index] < end; index += 2) {
        units[differences[index] - start] = differences[index + 1];
      }
      return exactString(units);
    }
    // Short slices (snippets): the folded runs between differences, joined.
    let out = '';
    let at = start;
    for (; index < differences.length && differences[index] < end; index += 2) {
      const offset = differences[index];
      out += this.folded.slice(at, offset) + String.fromCharCode(differences[index + 1]);
      at = offset + 1;
    }
    return out + this.folded.slice(at, end);
  }
}

/**
 * Folds a batch of texts into one array of folded code units (text `i` at `units[starts[i]…starts[i + 1])`,
 * `starts` as {@link unitStarts} gives them) and returns their (offset, original unit) difference pairs
 * (text `i`'s at `differences[differenceStarts[i]…[i + 1])`): what {@link FoldedText.from} gives text
 * by text (the folded strings are `unitsToString` of the units), without a string or an array per text.
 */
export function foldAll(originals: readonly string[], units: Uint16Array, starts: Uint32Array): { differences: Uint32Array; differenceStarts: Uint32Array } {
  if (units.length !== starts[originals.length]) throw new RangeError('folded units do not match the texts');
  const differenceStarts = new Uint32Array(originals.length + 1);
  let differing = 0;
  for (let i = 0; i < originals.length; i++) {
    differenceStarts[i] = differing;
    differing = foldInto(originals[i], units, starts[i], differing);
  }
  differenceStarts[originals.length] = differing;
  return { differences: scratchDifferences.slice(0, differing), differenceStarts };
}

/** Where each text starts in the units {@link foldAll} folds them into, written into `starts` (and their total length after the last). */
export function unitStarts(texts: readonly string[], starts: Uint32Array): Uint32Array {
  let length = 0;
  for (let i = 0; i < texts.length; i++) {
    starts[i] = length;
    length += texts[i].length;
  }
  starts[texts.length] = length;
  return starts;
}

/**
 * Folds `original` into `units` from `at` on, as `unitsToString` then reads them (a lone surrogate
 * becomes U+FFFD), and writes its difference pairs (offsets in `original`) into
 * `scratchDifferences` from `differing` on; returns the new end of the pairs.
 */
function foldInto(original: string, units: Uint16Array, at: number, differing: number): number {
  const table = getFoldTable();
  const length = original.length;
  let differences = scratchDifferences;
  let surrogates = false;
  for (let i = 0; i < length; i++) {
    const unit = original.charCodeAt(i);
    const folded = table[unit];
    units[at + i] = folded;
    // Surrogates are recorded too: decoding turns a lone one into U+FFFD in `folded`.
    if (folded !== unit || (unit & 0xf800) === 0xd800) {
      if (differences.length < differing + 2) differences = scratchDifferences = growUint32(differences);
      differences[differing++] = i;
      differences[differing++] = unit;
      surrogates ||= (unit & 0xf800) === 0xd800;
    }
  }
  if (surrogates) replaceLoneSurrogates(units, at, at + length);
  return differing;
}

/** Replaces each lone surrogate in `units[start…end)` with U+FFFD, as decoding them does (pairs are kept). */
function replaceLoneSurrogates(units: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const unit = units[i];
    if ((unit & 0xf800) !== 0xd800) continue;
    if (unit < 0xdc00 && i + 1 < end && (units[i + 1] & 0xfc00) === 0xdc00) i++;
    else units[i] = 0xfffd;
  }
}

/**
 * The folded form of `original` given its (offset, original unit) difference pairs: only the
 * listed offsets go through the fold table (the others are equal), so it is a copy, not a refold.
 */
export function foldedFromDifferences(original: string, differences: Uint32Array): string {
  if (differences.length === 0) return original;
  const table = getFoldTable();
  const length = original.length;
  if (scratchUnits.length < length) scratchUnits = new Uint16Array(length * 2);
  const units = scratchUnits;
  Buffer.from(units.buffer, units.byteOffset, length * 2).write(original, 0, length * 2, 'utf16le');
  for (let k = 0; k < differences.length; k += 2) {
    const offset = differences[k];
    if (offset < length) units[offset] = table[differences[k + 1]];
  }
  return unitsToString(units.subarray(0, length));
}

/** The original text given its folded form and (offset, original unit) difference pairs. */
export function originalFromDifferences(folded: string, differences: Uint32Array): string {
  return FoldedText.fromParts(folded, differences).original();
}

/** Index (even) of the first pair whose offset is ≥ `offset`. */
function lowerBound(pairs: Uint32Array, offset: number): number {
  let low = 0;
  let high = pairs.length / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (pairs[middle * 2] < offset) low = middle + 1;
    else high = middle;
  }
  return low * 2;
}

function growUint32(array: Uint32Array): Uint32Array {
  const grown = new Uint32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Like `unitsToString`, but keeps lone surrogates (for rebuilding originals). */
function exactString(units: Uint16Array): string {
  let out = '';
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode.apply(null, units.subarray(i, i + 4096) as unknown as number[]);
  }
  return out;
}
