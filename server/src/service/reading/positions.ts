import { getLocation, visit, type JSONPath, type Location } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import { endOfString } from './skim';

/** Where one value sits in the text, and the key that names it when it is an object member. */
export interface NodeSpan {
  offset: number;
  length: number;
  keyOffset?: number;
  keyLength?: number;
}

interface Trie {
  wanted: boolean;
  children: Map<string, Trie>;
}

interface Frame {
  node: Trie | undefined;
  isArray: boolean;
  index: number;
  key?: string;
  keyOffset?: number;
  keyLength?: number;
  /** Set when this container itself is wanted: where it began. */
  span?: NodeSpan;
  pointer?: string;
}

function trieOf(pointers: Iterable<string>): Trie {
  const root: Trie = { wanted: false, children: new Map() };
  for (const pointer of pointers) {
    let node = root;
    for (const segment of fromPointer(pointer)) {
      let child = node.children.get(segment);
      if (child === undefined) node.children.set(segment, (child = { wanted: false, children: new Map() }));
      node = child;
    }
    node.wanted = true;
  }
  return root;
}

/** `["Tags", "a/b"]` -> `/Tags/a~1b`, the form ajv's `instancePath` uses. */
export function toPointer(path: JSONPath): string {
  let pointer = '';
  for (const segment of path) pointer += `/${escapeSegment(String(segment))}`;
  return pointer;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function fromPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Finds the spans of the values at the given JSON pointers in one pass over the text.
 * Used only for the few nodes that have problems, so a valid document never pays for it,
 * and no tree of the whole document is built. In a tolerant reading of broken text, the
 * last occurrence of a duplicated key wins, as in the parsed value.
 */
export function locate(text: string, pointers: Iterable<string>): Map<string, NodeSpan> {
  const root = trieOf(pointers);

  const found = new Map<string, NodeSpan>();
  const frames: Frame[] = [];
  const pointerOf = (frame: Frame | undefined, segment: string) =>
    (frame?.pointer ?? '') + (frame === undefined ? '' : `/${escapeSegment(segment)}`);

  // Called at the start of every value: which trie node it is, and its span if wanted.
  const enter = (offset: number, length: number): { node: Trie | undefined; span?: NodeSpan; pointer?: string } => {
    const parent = frames[frames.length - 1];
    let node: Trie | undefined;
    let segment = '';
    if (parent === undefined) node = root;
    else if (parent.node !== undefined) {
      segment = parent.isArray ? String(parent.index) : (parent.key ?? '');
      node = parent.node.children.get(segment);
    }
    if (parent?.isArray) parent.index++;
    if (node === undefined) return { node };
    const pointer = pointerOf(parent, segment);
    if (!node.wanted) return { node, pointer };
    const span: NodeSpan = { offset, length };
    if (parent !== undefined && !parent.isArray) {
      span.keyOffset = parent.keyOffset;
      span.keyLength = parent.keyLength;
    }
    found.set(pointer, span);
    return { node, span, pointer };
  };
  const begin = (isArray: boolean) => (offset: number) => {
    const { node, span, pointer } = enter(offset, 1);
    frames.push({ node, isArray, index: 0, span, pointer });
  };
  const end = (offset: number, length: number) => {
    const frame = frames.pop();
    if (frame?.span !== undefined) frame.span.length = offset + length - frame.span.offset;
  };

  visit(text, {
    onObjectBegin: begin(false),
    onArrayBegin: begin(true),
    onObjectEnd: end,
    onArrayEnd: end,
    onObjectProperty: (key, offset, length) => {
      const frame = frames[frames.length - 1];
      frame.key = key;
      frame.keyOffset = offset;
      frame.keyLength = length;
      // A member without a value (broken text) still has a key to point at.
      const node = frame.node?.children.get(key);
      if (node?.wanted) found.set(pointerOf(frame, key), { offset, length, keyOffset: offset, keyLength: length });
    },
    onLiteralValue: (_value, offset, length) => {
      enter(offset, length);
    },
  });
  return found;
}

/**
 * `locate` for text that `JSON.parse` accepted and that has no duplicate keys (parse.ts
 * checked both): it walks down only the paths wanted and skips every other value with a
 * character scan, several times faster than the general visitor on large documents.
 */
export function locateInValidJson(text: string, pointers: Iterable<string>, itemStarts?: number[]): Map<string, NodeSpan> {
  const found = new Map<string, NodeSpan>();
  let i = 0;
  const skipWhitespace = () => {
    for (let code = text.charCodeAt(i); code === 32 || code === 10 || code === 13 || code === 9; code = text.charCodeAt(++i));
  };
  const skipValue = () => {
    const code = text.charCodeAt(i);
    if (code === 34) {
      i = endOfString(text, i);
      return;
    }
    if (code !== 123 && code !== 91) {
      // A number or a literal: up to the next delimiter.
      for (let next = text.charCodeAt(i); i < text.length && next !== 44 && next !== 125 && next !== 93 && next !== 32 && next !== 10 && next !== 13 && next !== 9; next = text.charCodeAt(++i));
      return;
    }
    let depth = 0;
    do {
      const next = text.charCodeAt(i);
      if (next === 34) {
        i = endOfString(text, i);
        continue;
      }
      if (next === 123 || next === 91) depth++;
      else if (next === 125 || next === 93) depth--;
      i++;
    } while (depth > 0);
  };
  const visitValue = (node: Trie | undefined, pointer: string, keyOffset?: number, keyLength?: number) => {
    skipWhitespace();
    const start = i;
    if (node === undefined) {
      skipValue();
      return;
    }
    const code = text.charCodeAt(i);
    if (code === 123) {
      i++;
      for (skipWhitespace(); text.charCodeAt(i) !== 125; skipWhitespace()) {
        const keyStart = i;
        i = endOfString(text, i);
        const keyEnd = i;
        const raw = text.slice(keyStart + 1, keyEnd - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(keyStart, keyEnd)) as string) : raw;
        skipWhitespace();
        i++; // the colon
        const child = node.children.get(key);
        const childPointer = child === undefined ? '' : `${pointer}/${escapeSegment(key)}`;
        visitValue(child, childPointer, keyStart, keyEnd - keyStart);
        skipWhitespace();
        if (text.charCodeAt(i) === 44) i++;
      }
      i++;
    } else if (code === 91) {
      i++;
      let index = 0;
      for (skipWhitespace(); text.charCodeAt(i) !== 93; skipWhitespace()) {
        const child = node.children.get(String(index));
        visitValue(child, child === undefined ? '' : `${pointer}/${index}`);
        index++;
        skipWhitespace();
        if (text.charCodeAt(i) === 44) i++;
      }
      i++;
    } else skipValue();
    if (node.wanted) found.set(pointer, keyOffset === undefined ? { offset: start, length: i - start } : { offset: start, length: i - start, keyOffset, keyLength });
  };
  const root = trieOf(pointers);
  if (itemStarts !== undefined && !root.wanted) {
    // An array document: jump straight to the items concerned (skim.ts noted where each starts).
    for (const [segment, child] of root.children) {
      const index = Number(segment);
      if (!Number.isInteger(index) || index < 0 || index >= itemStarts.length) continue;
      i = itemStarts[index];
      visitValue(child, `/${index}`);
    }
    return found;
  }
  visitValue(root, '');
  return found;
}

/**
 * jsonc-parser's `getLocation`, which reads the text from its start up to `offset`. In an
 * array document whose item starts are known (parse.ts, on valid JSON) it reads only the
 * item under the cursor, so hover and completion stay fast at the end of a large file.
 */
export function locationAt(text: string, offset: number, itemStarts?: number[]): Location {
  if (itemStarts === undefined || itemStarts.length < 2 || offset < itemStarts[0]) return getLocation(text, offset);
  let low = 0;
  let high = itemStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (itemStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  const start = itemStarts[low];
  const end = low + 1 < itemStarts.length ? itemStarts[low + 1] : text.length;
  const inner = getLocation(text.slice(start, end), offset - start);
  // Between two items (after this one's comma) the item's own reading says nothing: read it all.
  if (inner.path.length === 0) return getLocation(text, offset);
  const node = inner.previousNode;
  return {
    ...inner,
    path: [low, ...inner.path],
    previousNode: node === undefined ? undefined : { ...node, offset: node.offset + start },
    matches: (pattern) => pattern.length > 0 && (pattern[0] === '*' || pattern[0] === low) && inner.matches(pattern.slice(1)),
  };
}

/**
 * The positions of many offsets at once, in one forward pass over the newlines with
 * `indexOf` (under 1 ms for 3 MB). `TextDocument.positionAt` would first build an array of
 * every line's start (6 ms and a megabyte for a 4,000-contact file), just to place a few
 * diagnostics. A text with a carriage return takes TextDocument's way, which also counts a
 * lone `\r` as a line break.
 */
export function positionsAt(document: TextDocument, offsets: number[]): Position[] {
  const text = document.getText();
  if (text.includes('\r')) return offsets.map((offset) => document.positionAt(offset));
  const order = offsets.map((_, index) => index).sort((a, b) => offsets[a] - offsets[b]);
  const positions: Position[] = new Array(offsets.length);
  let line = 0;
  let lineStart = 0;
  let newline = text.indexOf('\n');
  for (const index of order) {
    const offset = Math.max(0, Math.min(offsets[index], text.length));
    while (newline !== -1 && newline < offset) {
      line++;
      lineStart = newline + 1;
      newline = text.indexOf('\n', lineStart);
    }
    positions[index] = { line, character: offset - lineStart };
  }
  return positions;
}
