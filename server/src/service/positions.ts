import { visit, type JSONPath } from 'jsonc-parser';

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

/** `["Tags", "a/b"]` -> `/Tags/a~1b`, the form ajv's `instancePath` uses. */
export function toPointer(path: JSONPath): string {
  let pointer = '';
  for (const segment of path) pointer += '/' + String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
  return pointer;
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

  const found = new Map<string, NodeSpan>();
  const frames: Frame[] = [];
  const pointerOf = (frame: Frame | undefined, segment: string) =>
    (frame?.pointer ?? '') + (frame === undefined ? '' : '/' + segment.replace(/~/g, '~0').replace(/\//g, '~1'));

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
