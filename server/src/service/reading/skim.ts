/**
 * Fast character-level passes over JSON text. They assume valid JSON, which keeps them
 * small: on other text their results mean nothing, but they still end. They exist because
 * the general reader (jsonc-parser's visitor, parse.ts) takes several times as long as
 * JSON.parse itself on large documents, and large documents are revalidated on every pause
 * in typing.
 */

const QUOTE = 34;
const BACKSLASH = 92;
const COLON = 58;

export interface Skim {
  /** Object keys in the text, duplicates included. */
  keys: number;
  maxDepth: number;
  /** A number JavaScript may not hold exactly: 16+ integer digits, or an exponent. */
  suspiciousNumber: boolean;
  /** A number of 12+ integer digits: only those can be epoch milliseconds (checks.ts). */
  longNumber: boolean;
  /** When the document is an array: where each of its items starts (lets positions.ts jump to an item). */
  itemStarts?: number[];
}

/** The end (index after the closing quote) of the string starting at `start`; the text's end if it is never closed. */
export function endOfString(text: string, start: number): number {
  let quote = text.indexOf('"', start + 1);
  for (;;) {
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
}

function isWhitespace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

export function skim(text: string): Skim {
  const result: Skim = { keys: 0, maxDepth: 0, suspiciousNumber: false, longNumber: false };
  let depth = 0;
  const length = text.length;
  let i = 0;
  // Items of a root array start at depth 1 after '[' or ',' (skipping whitespace).
  let rootIsArray = false;
  let expectItem = false;
  const items: number[] = [];
  while (i < length) {
    const code = text.charCodeAt(i);
    // Whitespace first: indentation is most of what this loop sees in a pretty-printed file
    // (outside strings, valid JSON has no other character below 33).
    if (code <= 32) {
      i++;
      continue;
    }
    if (expectItem) {
      if (code !== 93) items.push(i);
      expectItem = false;
    }
    if (depth === 1 && rootIsArray && code === 44) expectItem = true;
    if (code === QUOTE) {
      i = endOfString(text, i);
      let j = i;
      while (isWhitespace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) === COLON) {
        result.keys++;
        i = j + 1;
      }
    } else if (code === 123 || code === 91) {
      if (++depth > result.maxDepth) result.maxDepth = depth;
      if (depth === 1 && code === 91) rootIsArray = expectItem = true;
      i++;
    } else if (code === 125 || code === 93) {
      depth--;
      i++;
    } else if (code === 45 || (code >= 48 && code <= 57)) {
      let digits = 0;
      if (code === 45) i++;
      while (i < length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) {
        digits++;
        i++;
      }
      if (digits >= 12) result.longNumber = true;
      if (digits >= 16) result.suspiciousNumber = true;
      while (i < length) {
        const next = text.charCodeAt(i);
        if (next === 101 || next === 69) result.suspiciousNumber = true; // e, E
        else if (!(next === 46 || next === 43 || next === 45 || (next >= 48 && next <= 57))) break;
        i++;
      }
    } else i++;
  }
  if (rootIsArray) result.itemStarts = items;
  return result;
}

/** Where the item before `boundary` (the next item's start, or the closing bracket) ends: before the whitespace and comma. */
export function valueEnd(text: string, boundary: number): number {
  let end = boundary;
  for (let code = text.charCodeAt(end - 1); code === 32 || code === 10 || code === 13 || code === 9 || code === 44; code = text.charCodeAt(--end - 1));
  return end;
}

/** The number of object keys in a parsed value, at every depth. */
export function countKeys(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) {
    for (const item of value) count += countKeys(item);
    return count;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    count += 1 + countKeys((value as Record<string, unknown>)[key]);
  }
  return count;
}
