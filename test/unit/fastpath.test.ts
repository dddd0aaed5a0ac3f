import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { largeDocument } from '../../bench/data';
import { itemBatches, parseDocument } from '../../server/src/service/reading/parse';
import { documentOf, service } from './helpers';
import { getLocation } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { locate, locateInValidJson, locationAt, positionsAt, toPointer } from '../../server/src/service/reading/positions';
import { countKeys, skim } from '../../server/src/service/reading/skim';

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

describe('array documents read in batches', () => {
  // ~330 KB: several batches. Mistakes of every kind, some in items next to a batch boundary.
  const items = JSON.parse(largeDocument(400, 7)) as Record<string, unknown>[];
  const text0 = JSON.stringify(items, null, 2);
  const starts0 = skim(text0).itemStarts!;
  const boundaries = [...itemBatches(text0, starts0)].map((batch) => batch.first).filter((first) => first > 0);
  for (const first of boundaries) {
    Object.assign(items[first - 1], { Channel: 'EMAIL', QueueTimeAdjustmentSeconds: 3 }); // newer-api, mutually-exclusive
    Object.assign(items[first], { Name: null, Tags: { 'aws:x': '1' }, DisconnectTimestamp: '2024-05-29T15:00:00Z' });
  }
  items[boundaries[0] + 1] = { AWSContactTraceRecordFormatVersion: '2017-03-10', ContactId: 'x' } as Record<string, unknown>;
  const text = JSON.stringify(items, null, 2);
  const document = TextDocument.create('file:///batches.contact.json', 'contact-json', 1, text);

  test('give the diagnostics of the whole array read at once', () => {
    const parsed = service.parse(document);
    assert.equal(parsed.inBatches, true);
    assert.ok(boundaries.length >= 3, `${boundaries.length} batch boundaries`);
    const whole = { value: JSON.parse(text), syntaxErrors: [], duplicateKeys: [], bigNumbers: [], fastPath: true, itemStarts: parsed.itemStarts };
    const expected = service.doValidation(document, whole);
    assert.ok(expected.length > 100);
    assert.deepEqual(service.doValidation(document, parsed), expected);
    assert.deepEqual(parsed.value, JSON.parse(text), 'the value, built when read');
  });

  test('the first validation takes the batches the proof parsed; the next parses them again, with the same result', () => {
    const parsed = service.parse(document);
    assert.equal(parsed.provedBatches?.length, boundaries.length + 1);
    const first = service.doValidation(document, parsed);
    assert.equal(parsed.provedBatches, undefined, 'handed over, not kept');
    assert.deepEqual(service.doValidation(document, parsed), first);
  });

  test('broken glue between batches, or a duplicate key in a later batch, takes the general reader', () => {
    const at = skim(text).itemStarts![boundaries[1]];
    const comma = text.lastIndexOf(',', at);
    const cases: [string, string][] = [
      [text.slice(0, comma) + text.slice(comma + 1), 'json-syntax'],
      [text.slice(0, comma) + ',,' + text.slice(comma + 1), 'json-syntax'],
      [text.slice(0, comma + 1) + '\u00a0' + text.slice(comma + 1), 'json-syntax'],
      [text.slice(0, at + 1) + '"Id": "again", ' + text.slice(at + 1), 'duplicate-key'],
      [text.replace(/\}\s*\]\s*$/, '},\n]'), 'json-syntax'],
      [`${text} []`, 'json-syntax'],
      [`{} ${text}`, 'json-syntax'],
    ];
    for (const [broken, code] of cases) {
      const parsed = parseDocument(broken);
      assert.notEqual(parsed.fastPath, true);
      assert.ok(service.doValidation(documentOf(broken), parsed).some((diagnostic) => diagnostic.code === code), code);
    }
  });
});
