import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { largeDocument } from '../../bench/data';
import { parseDocument } from '../../server/src/service/parse';
import { getLocation } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { locate, locateInValidJson, locationAt, positionsAt, toPointer } from '../../server/src/service/positions';
import { countKeys, skim } from '../../server/src/service/skim';

const examples = join(__dirname, '..', '..', 'examples');
const texts = [
  readFileSync(join(examples, 'valid.contact.json'), 'utf8'),
  readFileSync(join(examples, 'mistakes.contact.json'), 'utf8').replace(/"Description": "Second description"/, '"Other": 1'),
  largeDocument(30, 7),
  '{"a\\"b": {"c\\\\": ["x\\"", {"d/e~f": [1, 2.5, -3e-2, true, null]}]}, "g": "\\u0041\\n"}',
  '[]',
  '  {"__proto__": {"x": 1}, "constructor": 2}  ',
  '"just a string"',
  '[[[{"a": [{"b": {}}]}]]]',
];

/** Every pointer of a value. */
function pointers(value: unknown, path: (string | number)[] = []): string[] {
  const here = [toPointer(path)];
  if (Array.isArray(value)) return here.concat(...value.map((item, index) => pointers(item, [...path, index])));
  if (typeof value === 'object' && value !== null) return here.concat(...Object.keys(value).map((key) => pointers((value as Record<string, unknown>)[key], [...path, key])));
  return here;
}

describe('the fast path for valid JSON agrees with the general reader', () => {
  for (const [index, text] of texts.entries()) {
    test(`text ${index}: same value, and the same span for every node`, () => {
      const parsed = parseDocument(text);
      // Big numbers (the first texts have QueuePriority 2^63-1, the fourth an exponent) take the general reader.
      assert.equal(parsed.fastPath, [0, 1, 3].includes(index) ? undefined : true);
      assert.deepEqual(JSON.parse(JSON.stringify(parsed.value)), JSON.parse(text));
      const all = pointers(JSON.parse(text));
      assert.deepEqual(Object.fromEntries(locateInValidJson(text, all)), Object.fromEntries(locate(text, all)));
      const items = skim(text).itemStarts;
      if (Array.isArray(JSON.parse(text))) {
        const inItems = all.filter((pointer) => pointer !== '');
        assert.deepEqual(Object.fromEntries(locateInValidJson(text, inItems, items)), Object.fromEntries(locate(text, inItems)), 'jumping to items');
      } else assert.equal(items, undefined);
    });
  }

  test('duplicate keys, big numbers and deep nesting take the general reader', () => {
    for (const text of ['{"a": 1, "a": 2}', '{"a": {"b": 1, "b": 1}}', '{"QueuePriority": 9223372036854775808}', '{"x": 1e5}', '['.repeat(300) + ']'.repeat(300)]) {
      assert.notEqual(parseDocument(text).fastPath, true, text);
    }
    assert.equal(parseDocument('{"a": 1, "b": {"a": 2}}').fastPath, true, 'the same key in different objects is no duplicate');
  });

  test('skim counts keys, not strings that look like keys', () => {
    const text = '{"a": "b: c", "d": ["e", "f:"], "g\\":": {"h" : 1}}';
    assert.equal(skim(text).keys, 4);
    assert.equal(countKeys(JSON.parse(text)), 4);
  });
});

describe('locationAt reads only the item under the cursor, with the same answer', () => {
  test('at every 37th offset of an array of contacts', () => {
    const text = largeDocument(12, 5);
    const items = skim(text).itemStarts;
    assert.equal(items?.length, 12);
    for (let offset = 0; offset <= text.length; offset += 37) {
      const fast = locationAt(text, offset, items);
      const full = getLocation(text, offset);
      assert.deepEqual([fast.path, fast.isAtPropertyKey, fast.previousNode?.offset, fast.previousNode?.length], [full.path, full.isAtPropertyKey, full.previousNode?.offset, full.previousNode?.length], `offset ${offset}`);
    }
  });
});

describe('positionsAt', () => {
  test('gives what TextDocument.positionAt gives, for any offsets in any order, with any line breaks', () => {
    for (const text of ['', '\n', 'a\nb\n\nc', 'a\r\nb\rc\n', largeDocument(20, 3), largeDocument(5, 2).replace(/\n/g, '\r\n')]) {
      const document = TextDocument.create('file:///t.contact.json', 'contact-json', 1, text);
      const offsets = [text.length, 0, -3, text.length + 9, ...Array.from({ length: 200 }, (_, i) => (i * 7919) % (text.length + 1))];
      assert.deepEqual(positionsAt(document, offsets), offsets.map((offset) => document.positionAt(offset)), JSON.stringify(text.slice(0, 40)));
    }
  });
});
