import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { MAX_DIAGNOSTICS } from '../../server/src/service/rules/validate';
import { EDITOR_WORDS } from '../../server/src/settings';
import { brief, codes, diagnose, documentOf, service } from './helpers';

describe('hostile and extreme input: clear diagnostics, never a crash or a silence', () => {
  test('100,000 nested arrays or objects', () => {
    for (const [open, close] of [['[', ']'], ['{"a":', '}']]) {
      const result = diagnose(open.repeat(100_000) + '1' + close.repeat(100_000));
      assert.equal(result.length, 1);
      assert.equal(result[0].code, 'json-syntax');
      assert.match(String(result[0].message), /nested far too deeply to be read \(more than 256 levels\)/);
    }
  });

  test('a document larger than the limit gets one warning on line 1 naming the setting', () => {
    const document = documentOf('{"Id": "a",\n"Name": "' + 'x'.repeat(2_000_000) + '"}');
    const result = service.doValidation(document, service.parse(document, { maxLength: 1_000_000 }), { settingWords: EDITOR_WORDS });
    assert.deepEqual(
      result.map((d) => [d.code, d.severity, d.range.start.line, d.range.end.line, d.message]),
      [['too-large', 2, 0, 0, 'This document has 2 MB of text, more than contactJson.maxFileSize (1 MB): it is not checked. Raise the setting to check it.']],
    );
  });

  test('a 10 MB string value, and thousands of keys', () => {
    assert.deepEqual(codes('{"Name": "' + 'x'.repeat(10_000_000) + '"}'), ['length']);
    const keys = '{' + Array.from({ length: 900 }, (_, i) => `"k${i}": ${i}`).join(',') + '}';
    const result = diagnose(keys);
    assert.equal(result.length, 900);
    assert.ok(result.every((d) => d.code === 'unknown-property'));
  });

  test('more problems than anyone reads are summed up', () => {
    const keys = '{' + Array.from({ length: MAX_DIAGNOSTICS + 500 }, (_, i) => `"k${i}": ${i}`).join(',') + '}';
    const result = diagnose(keys);
    assert.equal(result.length, MAX_DIAGNOSTICS + 1);
    assert.deepEqual([result[MAX_DIAGNOSTICS].code, result[MAX_DIAGNOSTICS].message], ['too-many-problems', `Showing the first ${MAX_DIAGNOSTICS} of ${MAX_DIAGNOSTICS + 500} problems in this document.`]);
  });

  test('numbers like 1e400 and -0', () => {
    assert.deepEqual(brief('{"TotalPauseCount": 1e400}'), ['1:21-1:26 range 1e400 is too large to be a number.']);
    assert.deepEqual(codes('{"TotalPauseCount": -0}'), []);
    assert.deepEqual(codes('{"QueuePriority": -0}'), ['range']);
  });

  test('binary data, an empty file, a lone BOM, NUL', () => {
    const binary = String.fromCharCode(...Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    assert.deepEqual(brief(binary), ['1:1-1:1 json-syntax This file holds binary data, not JSON text: it cannot be a Contact JSON file.']);
    const empty = '1:1-1:1 json-syntax The document is empty: a Contact JSON file holds a Contact object, a {"Contact": {...}} response or an array of them.';
    assert.deepEqual(brief(''), [empty]);
    assert.deepEqual(brief('\uFEFF'), [empty]);
    assert.deepEqual(brief('\n\n  \t'), [empty]);
    assert.deepEqual(codes('{"Name": "a\u0000b"}'), ['json-syntax']);
  });

  test('a flood of syntax errors is capped', () => {
    const result = brief('{' + ' @'.repeat(5000));
    assert.equal(result.length, 101);
    assert.equal(result[100], '1:203-1:204 json-syntax More than 100 syntax errors: the rest are not listed; fix the first ones.');
  });

  test('__proto__, constructor and prototype anywhere are unknown keys; Object.prototype stays clean', () => {
    const text = JSON.stringify({
      constructor: { prototype: { polluted: 1 } },
      AgentInfo: { prototype: 1, HierarchyGroups: { constructor: 1 } },
      RoutingCriteria: { Steps: [{ Expression: { __proto__x: 1 } }] },
      Tags: { constructor: 'ok', __proto__: 'ok', prototype: 'ok' },
      SegmentAttributes: { constructor: { ValueString: 'x' } },
    }).replace('"__proto__x"', '"__proto__"');
    assert.deepEqual(codes(text), ['unknown-property', 'unknown-property', 'unknown-property', 'unknown-property']);
    for (const probe of [{}, [], Object.create(Object.prototype)]) assert.equal((probe as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(Object.prototype), []);
    assert.deepEqual(codes('{"__proto__": {"Channel": "VOICE"}, "Channel": "x"}'), ['unknown-property', 'enum']);
  });
});
