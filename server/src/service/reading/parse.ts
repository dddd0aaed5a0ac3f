import { createScanner, visit, type JSONPath } from 'jsonc-parser';
import { countKeys, skim, valueEnd, type Skim } from './skim';
import { Token } from './syntaxKind';

/** A problem found while reading the text, before any schema is applied. */
export interface TextProblem {
  offset: number;
  length: number;
  message: string;
}

export interface DuplicateKey extends TextProblem {
  key: string;
  /** Where the key that this one silently replaces starts. */
  earlierOffset: number;
}

/**
 * A number whose literal text says more than its JavaScript value: an integer beyond
 * 2^53 (which `Number` rounds) or a literal that overflows to Infinity. Checked against
 * the schema later, from its text.
 */
export interface NumberLiteral {
  path: JSONPath;
  offset: number;
  length: number;
  text: string;
}

export interface ParsedDocument {
  /**
   * The document's value, built tolerantly: broken parts are left out. From JSON.parse on the
   * fast path (ordinary objects, `__proto__` an own key), else objects without prototype: either
   * way, index it with document keys only through `own()`/`Object.hasOwn`.
   */
  value: unknown;
  syntaxErrors: TextProblem[];
  duplicateKeys: DuplicateKey[];
  bigNumbers: NumberLiteral[];
  /** Set when the text was longer than the limit it was read with, and so not read at all. */
  tooLarge?: { length: number; limit: number };
  /** The fast path read it: valid JSON without duplicate keys, big numbers or deep nesting (`value` came from JSON.parse). */
  fastPath?: boolean;
  /** False when no number in the text is long enough to be epoch milliseconds (known on the fast path). */
  mayHaveMilliseconds?: boolean;
  /** On the fast path, for an array document: where each item starts in the text. */
  itemStarts?: number[];
  /**
   * Set for an array document on the fast path: its value is built only when first read
   * (`value` is a getter), and validation reads the items a batch at a time (`itemBatches`).
   */
  inBatches?: boolean;
  /**
   * The batches the fast path's proof parsed, kept for the first validation, which takes them
   * (`takeBatches`) instead of parsing the text a second time. Later validations parse again.
   */
  provedBatches?: ItemBatch[];
}

export interface ParseOptions {
  /** Longer texts are not read (their size is reported instead); in UTF-16 code units. */
  maxLength?: number;
}

/** After this many syntax errors the rest are follow-ups of the first ones, not news. */
export const MAX_SYNTAX_ERRORS = 100;

/**
 * Containers nested deeper than this are not read. Real contacts are about ten levels deep;
 * the limit keeps every recursive step (ours and ajv's) far from the stack's end.
 */
export const MAX_DEPTH = 256;

// Keyed by jsonc-parser's ParseErrorCode, a const enum that isolated modules cannot read.
const syntaxMessages: Record<number, string> = {
  1 /* InvalidSymbol */: 'Unexpected character: this is not JSON.',
  2 /* InvalidNumberFormat */: 'Invalid number.',
  3 /* PropertyNameExpected */: 'Expected a property name in double quotes.',
  4 /* ValueExpected */: 'Expected a value.',
  5 /* ColonExpected */: 'Expected a colon after the property name.',
  6 /* CommaExpected */: 'Expected a comma.',
  7 /* CloseBraceExpected */: "Expected '}' to close the object.",
  8 /* CloseBracketExpected */: "Expected ']' to close the array.",
  9 /* EndOfFileExpected */: 'Expected the end of the document: JSON holds a single value.',
  10 /* InvalidCommentToken */: 'Comments are not allowed in JSON.',
  11 /* UnexpectedEndOfComment */: 'Unterminated comment.',
  12 /* UnexpectedEndOfString */: 'Unterminated string: a closing double quote is missing.',
  13 /* UnexpectedEndOfNumber */: 'Incomplete number.',
  14 /* InvalidUnicode */: 'Invalid \\u escape: it needs four hexadecimal digits.',
  15 /* InvalidEscapeCharacter */: 'Invalid escape sequence in string.',
  16 /* InvalidCharacter */: 'Invalid character in string: control characters must be escaped.',
};

type Container = Record<string, unknown> | unknown[];

/**
 * Reads JSON text in one pass, collecting what `JSON.parse` hides: every syntax error
 * (with recovery, so the rest is still read), duplicate keys and the literal text of big
 * numbers. Keys such as `__proto__` become ordinary own properties.
 */
export function parseDocument(text: string, options: ParseOptions = {}): ParsedDocument {
  const result: ParsedDocument = { value: undefined, syntaxErrors: [], duplicateKeys: [], bigNumbers: [] };
  if (options.maxLength !== undefined && text.length > options.maxLength) {
    result.tooLarge = { length: text.length, limit: options.maxLength };
    return result;
  }
  // Valid JSON first: it holds no control character but whitespace, so it never looks binary,
  // and the usual file is spared the scan for them.
  const fast = readValidJson(text);
  if (fast !== undefined && 'inBatches' in fast) return arrayInBatches(text, fast.inBatches.itemStarts ?? [], fast.inBatches.longNumber, fast.batches);
  if (fast !== undefined) return { ...result, value: fast.value, fastPath: true, mayHaveMilliseconds: fast.longNumber };
  if (looksBinary(text)) {
    result.syntaxErrors.push({ offset: 0, length: 0, message: 'This file holds binary data, not JSON text: it cannot be a Contact JSON file.' });
    return result;
  }
  if (text.trim() === '') {
    result.syntaxErrors.push({
      offset: 0,
      length: 0,
      message: 'The document is empty: a Contact JSON file holds a Contact object, a {"Contact": {...}} response or an array of them.',
    });
    return result;
  }
  try {
    build(text, result);
  } catch (error) {
    // jsonc-parser reads recursively; only absurd nesting gets here (the depth limit
    // below stops the building, not the reading).
    if (!(error instanceof RangeError)) throw error;
    result.value = undefined;
    result.duplicateKeys = [];
    result.bigNumbers = [];
    result.syntaxErrors = [tooDeep(text)];
  }
  return result;
}

/**
 * The fast path for the common case, valid JSON: the engine's own parser (several times
 * faster than any reader in JavaScript), and one quick scan that proves nothing was lost
 * on the way: no duplicate keys (as many keys in the text as in the value), no number
 * beyond what a double holds exactly, no nesting deeper than MAX_DEPTH. Otherwise the
 * general reader below runs. JSON.parse makes `__proto__` an ordinary own property.
 *
 * An array (a fixture file of many contacts) is read a batch of items at a time, and its
 * value is not kept: see `arrayInBatches`.
 */
function readValidJson(text: string): { value: unknown; longNumber: boolean } | { inBatches: Skim; batches: ItemBatch[] } | undefined {
  const found = skim(text);
  if (found.suspiciousNumber || found.maxDepth > MAX_DEPTH) return undefined;
  if (found.itemStarts !== undefined && found.itemStarts.length > 0) {
    const batches = provedInBatches(text, found);
    return batches === undefined ? undefined : { inBatches: found, batches };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return countKeys(value) === found.keys ? { value, longNumber: found.longNumber } : undefined;
}

/**
 * Items of an array document are read this many characters at a time. Every batch's
 * values are dropped once checked, so the engine's young generation never has to hold (and
 * copy, and grow for) the tree of a whole 3 MB file: that alone was a third of the memory
 * a large file cost.
 */
const BATCH_LENGTH = 64 * 1024;

/** A run of consecutive items of an array document, parsed: `items[0]` is item number `first`. */
export interface ItemBatch {
  first: number;
  items: unknown[];
}

/** The items of an array document (its `itemStarts` from the scan), a batch at a time. */
export function* itemBatches(text: string, itemStarts: number[]): Generator<ItemBatch> {
  for (let first = 0; first < itemStarts.length; ) {
    let next = first + 1;
    while (next < itemStarts.length && itemStarts[next] - itemStarts[first] < BATCH_LENGTH) next++;
    const boundary = next < itemStarts.length ? itemStarts[next] : text.lastIndexOf(']');
    yield { first, items: JSON.parse(`[${text.slice(itemStarts[first], valueEnd(text, boundary))}]`) as unknown[] };
    first = next;
  }
}

/**
 * The text's items a batch at a time when the text is valid JSON without duplicate keys, read
 * as the scan split it: each batch of items parses, the keys add up, and what lies between the
 * batches is exactly `[`, commas and `]` with whitespace. The scan splits any text, so a wrong
 * split of broken text shows up here as a batch that does not parse or glue that is not a comma.
 */
function provedInBatches(text: string, found: Skim): ItemBatch[] | undefined {
  const starts = found.itemStarts ?? [];
  const glue = (from: number, to: number) => text.slice(from, to).replace(/[ \t\n\r]+/g, '');
  if (glue(0, starts[0]) !== '[') return undefined;
  const batches: ItemBatch[] = [];
  let keys = 0;
  let end = 0;
  try {
    for (const batch of itemBatches(text, starts)) {
      const { first, items } = batch;
      if (first > 0 && glue(end, starts[first]) !== ',') return undefined;
      for (const item of items) keys += countKeys(item);
      const last = first + items.length;
      end = valueEnd(text, last < starts.length ? starts[last] : text.lastIndexOf(']'));
      batches.push(batch);
    }
  } catch {
    return undefined;
  }
  return glue(end, text.length) === ']' && keys === found.keys ? batches : undefined;
}

/** The items of an array document read in batches: the proof's, the first time, else parsed again from the text. */
export function takeBatches(parsed: ParsedDocument, text: string, itemStarts: number[]): Iterable<ItemBatch> {
  const proved = parsed.provedBatches;
  if (proved === undefined) return itemBatches(text, itemStarts);
  // Handed over once: the document's values are not kept beyond the validation that needs them.
  parsed.provedBatches = undefined;
  return proved;
}

/**
 * The parsed form of an array document known to be valid JSON without duplicate keys (proved by
 * `provedInBatches`, or by incremental.ts after an edit): its value is built when first read.
 */
export function arrayInBatches(text: string, itemStarts: number[], mayHaveMilliseconds: boolean, provedBatches?: ItemBatch[]): ParsedDocument {
  const parsed: ParsedDocument = { value: undefined, syntaxErrors: [], duplicateKeys: [], bigNumbers: [], fastPath: true, mayHaveMilliseconds, itemStarts, inBatches: true, provedBatches };
  return withLazyValue(parsed, text);
}

/** Makes `parsed.value` the value of `text` (valid JSON), parsed on first read. */
function withLazyValue(parsed: ParsedDocument, text: string): ParsedDocument {
  let value: unknown;
  Object.defineProperty(parsed, 'value', { enumerable: true, configurable: true, get: () => (value ??= JSON.parse(text)) });
  return parsed;
}

function build(text: string, result: ParsedDocument): void {
  const stack: Container[] = [];
  const keyStack: Map<string, number>[] = []; // per open object: key -> offset of its latest occurrence (the one a repeat replaces)
  let currentKey: string | undefined;
  let skippedDepth = 0; // > 0 while inside a container beyond MAX_DEPTH
  let depthReported = false;

  const add = (value: unknown) => {
    const parent = stack[stack.length - 1];
    if (parent === undefined) result.value = value;
    else if (Array.isArray(parent)) parent.push(value);
    else if (currentKey !== undefined) parent[currentKey] = value;
  };
  const begin = (container: Container, offset: number): boolean => {
    if (skippedDepth > 0 || stack.length >= MAX_DEPTH) {
      skippedDepth++;
      if (!depthReported) {
        depthReported = true;
        result.syntaxErrors.push({
          offset,
          length: 1,
          message: `The document is nested more than ${MAX_DEPTH} levels deep; what lies deeper is not checked.`,
        });
      }
      return false;
    }
    add(container);
    stack.push(container);
    return true;
  };
  const end = () => {
    if (skippedDepth > 0) skippedDepth--;
    else {
      if (!Array.isArray(stack.pop())) keyStack.pop();
    }
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => {
        if (!begin(Object.create(null) as Record<string, unknown>, offset)) return false;
        keyStack.push(new Map());
        return true;
      },
      onObjectProperty: (key, offset, length) => {
        currentKey = key;
        const seen = keyStack[keyStack.length - 1];
        const earlierOffset = seen.get(key);
        if (earlierOffset !== undefined) {
          result.duplicateKeys.push({
            key,
            offset,
            length,
            earlierOffset,
            message: `Duplicate key "${key}": JSON parsers keep only the last value, so the earlier one is silently lost.`,
          });
        }
        seen.set(key, offset);
      },
      onObjectEnd: end,
      onArrayBegin: (offset) => begin([], offset),
      onArrayEnd: end,
      onLiteralValue: (value, offset, length, _line, _char, pathSupplier) => {
        if (typeof value === 'number' && !(Number.isSafeInteger(value) || (!Number.isInteger(value) && Number.isFinite(value)))) {
          result.bigNumbers.push({ path: pathSupplier(), offset, length, text: text.substr(offset, length) });
        }
        add(value);
      },
      onError: (error, offset, length) => {
        if (result.syntaxErrors.length > MAX_SYNTAX_ERRORS) return;
        if (result.syntaxErrors.length === MAX_SYNTAX_ERRORS) {
          result.syntaxErrors.push({ offset, length, message: `More than ${MAX_SYNTAX_ERRORS} syntax errors: the rest are not listed; fix the first ones.` });
          return;
        }
        const problem = syntaxProblem(text, error, offset, length);
        // One mistake often trips several checks at the same spot: report the first.
        const last = result.syntaxErrors[result.syntaxErrors.length - 1];
        if (last !== undefined && problem.offset <= last.offset + last.length && problem.offset >= last.offset) return;
        result.syntaxErrors.push(problem);
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
}

/**
 * NUL characters, or mostly control characters, in the first 8 KB: not text at all. Saying
 * so once beats a page of "unexpected character".
 */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 8192);
  if (head.includes('\u0000')) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const code = head.charCodeAt(i);
    if (code < 32 && code !== 9 && code !== 10 && code !== 13) control++;
  }
  return head.length > 0 && control / head.length > 0.1;
}

const INVALID_SYMBOL = 1;
const PROPERTY_NAME_EXPECTED = 3;
const VALUE_EXPECTED = 4;

/** A syntax error in words, pointing at the token a person has to change. */
function syntaxProblem(text: string, error: number, offset: number, length: number): TextProblem {
  const token = text.substr(offset, length);
  if ((error === PROPERTY_NAME_EXPECTED || error === VALUE_EXPECTED) && (token === '}' || token === ']')) {
    const comma = /,\s*$/.exec(text.slice(Math.max(0, offset - 1000), offset));
    if (comma !== null) {
      return { offset: offset - comma[0].length, length: 1, message: `Trailing comma: JSON does not allow a comma before '${token}'.` };
    }
  }
  if (error === INVALID_SYMBOL) {
    if (offset === 0 && token.startsWith('\uFEFF')) {
      return { offset, length: 1, message: 'The text starts with a byte order mark (BOM), which JSON does not allow: save it as UTF-8 without BOM.' };
    }
    const shown = token.length > 40 ? `${token.slice(0, 37)}...` : token;
    return {
      offset,
      length,
      message: `Unexpected ${JSON.stringify(shown)}: a JSON value is a "string" in double quotes, a number, true, false, null, an object or an array.`,
    };
  }
  return { offset, length, message: syntaxMessages[error] ?? 'Invalid JSON.' };
}

/** Locates the first bracket beyond MAX_DEPTH without recursion. */
function tooDeep(text: string): TextProblem {
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let token = scanner.scan(); token !== Token.EOF; token = scanner.scan()) {
    if (token === Token.OpenBrace || token === Token.OpenBracket) {
      if (++depth > MAX_DEPTH) break;
    } else if (token === Token.CloseBrace || token === Token.CloseBracket) depth--;
  }
  return {
    offset: scanner.getTokenOffset(),
    length: 1,
    message: `The document is nested far too deeply to be read (more than ${MAX_DEPTH} levels); it is not checked.`,
  };
}
