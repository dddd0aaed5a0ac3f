import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { brief, codes, member } from './helpers';

const repeat = (n: number) => 'a'.repeat(n);

describe('json-syntax', () => {
  test('comments, trailing commas, unclosed brackets, an empty file, stray text', () => {
    assert.deepEqual(brief('{"Id": "a" // note\n}'), ['1:12-1:19 json-syntax Comments are not allowed in JSON.']);
    assert.deepEqual(brief('{"Id": "a",}'), ["1:11-1:12 json-syntax Trailing comma: JSON does not allow a comma before '}'."]);
    assert.deepEqual(brief('{"Id": "a"'), ["1:11-1:11 json-syntax Expected '}' to close the object."]);
    assert.deepEqual(brief(''), [
      '1:1-1:1 json-syntax The document is empty: a Contact JSON file holds a Contact object, a {"Contact": {...}} response or an array of them.',
    ]);
    assert.deepEqual(brief('{"Channel": tru}'), [
      '1:13-1:16 json-syntax Unexpected "tru": a JSON value is a "string" in double quotes, a number, true, false, null, an object or an array.',
    ]);
    assert.deepEqual(brief('{"Id": "a"} {}'), ['1:13-1:14 json-syntax Expected the end of the document: JSON holds a single value.']);
  });

  test('the rest of a broken document is still checked', () => {
    assert.deepEqual(codes('{"Channel": "voice",, "Id": ""}'), ['enum', 'json-syntax', 'length']);
  });

  test('absurd nesting is reported, not a crash', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const result = brief(deep);
    assert.equal(result.length, 1);
    assert.match(result[0], /^1:257-1:258 json-syntax The document is nested far too deeply to be read \(more than 256 levels\)/);
    const moderate = '{"Tags": ' + '['.repeat(300) + ']'.repeat(300) + '}';
    assert.deepEqual(codes(moderate), ['type', 'json-syntax']);
  });
});

describe('duplicate-key', () => {
  test('the later key is marked', () => {
    assert.deepEqual(brief('{"Id": "a",\n "Id": "b"}'), [
      '2:2-2:6 duplicate-key Duplicate key "Id": JSON parsers keep only the last value, so the earlier one is silently lost.',
    ]);
  });
  test('the same key in different objects is fine', () => {
    assert.deepEqual(codes('{"Id": "a", "QueueInfo": {"Id": "q"}, "AgentInfo": {"Id": "b"}}'), []);
  });
});

describe('unknown-property', () => {
  test('with a suggestion when one member is clearly meant', () => {
    assert.deepEqual(brief('{"channel": "VOICE"}'), ['1:2-1:11 unknown-property "channel" is not a member of Contact. Did you mean "Channel"?']);
    assert.deepEqual(brief('{"QueuPriority": 1}'), ['1:2-1:16 unknown-property "QueuPriority" is not a member of Contact. Did you mean "QueuePriority"?']);
  });
  test('without one otherwise', () => {
    assert.deepEqual(brief('{"Foo": 1}'), ['1:2-1:7 unknown-property "Foo" is not a member of Contact.']);
  });
  test('__proto__, constructor and prototype are ordinary unknown keys, and Object.prototype stays clean', () => {
    const text = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "AgentInfo": {"__proto__": {"Id": 1}}}';
    assert.deepEqual(codes(text), ['unknown-property', 'unknown-property', 'unknown-property']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  });
  test('members added after the specified version are newer-api warnings that say so', () => {
    assert.deepEqual(brief('{"Recordings": []}'), [
      '1:2-1:14 newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.deepEqual(brief('{"AgentInfo": {"StateTransitions": []}}'), [
      '1:16-1:34 newer-api "StateTransitions" was added to Amazon Connect in 2025–2026; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
  });
});

describe('type', () => {
  test('wrong JSON types, one diagnostic per value', () => {
    assert.deepEqual(brief(member('Name', 42)), ['1:10-1:12 type Name must be a string, but it is a number.']);
    assert.deepEqual(brief(member('Channel', 1)), ['1:13-1:14 type Channel must be a string, but it is a number.']);
    assert.deepEqual(brief(member('AgentInfo', 'x')), ['1:15-1:18 type AgentInfo must be an object (AgentInfo), but it is a string ("x").']);
    assert.deepEqual(brief(member('Tags', [])), ['1:10-1:12 type Tags must be an object, but it is an array.']);
    assert.deepEqual(brief(member('InitiationTimestamp', true)), [
      '1:25-1:29 type InitiationTimestamp must be a timestamp (an ISO 8601 date-time string or epoch seconds), but it is true.',
    ]);
    assert.deepEqual(brief('42'), ['1:1-1:3 type The contact must be an object (Contact), but it is a number.']);
  });
  test('a fraction where an integer is required', () => {
    assert.deepEqual(brief(member('TotalPauseCount', 1.5)), ['1:21-1:24 type TotalPauseCount must be an integer, but it is a number with a fraction (1.5).']);
    assert.deepEqual(codes(member('TotalPauseCount', 'RAW:2.0')), []);
    assert.deepEqual(brief(member('QueuePriority', 'RAW:9223372036854775806.5')), [
      '1:19-1:40 type QueuePriority must be an integer, but 9223372036854775806.5 has a fraction.',
    ]);
  });
});

describe('enum', () => {
  test('values outside the valid ones, with the fix when it is certain', () => {
    assert.deepEqual(brief(member('Channel', 'voice')), ['1:13-1:20 enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?']);
    assert.deepEqual(brief(member('Channel', 'SMS')), ['1:13-1:18 enum "SMS" is not a valid Channel. Valid values: VOICE, CHAT, TASK.']);
    assert.deepEqual(codes(member('AnsweringMachineDetectionStatus', 'AMD_NOT_APPLICABLE')), []);
    assert.deepEqual(codes(member('AnsweringMachineDetectionStatus', 'AMD')), ['enum']);
  });
  test('values added after the specified version are newer-api warnings that say so', () => {
    assert.deepEqual(brief(member('InitiationMethod', 'FLOW')), [
      '1:22-1:28 newer-api "FLOW", a value of InitiationMethod, was added to Amazon Connect on 2024-11-22; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
  });
});

describe('length: both sides of every bound', () => {
  for (const id of ['Id', 'InitialContactId', 'PreviousContactId', 'RelatedContactId']) {
    test(`${id}: 1..256`, () => {
      assert.deepEqual(codes(member(id, '')), ['length']);
      assert.deepEqual(codes(member(id, 'a')), []);
      assert.deepEqual(codes(member(id, repeat(256))), []);
      assert.deepEqual(codes(member(id, repeat(257))), ['length']);
    });
  }
  test('Description: 0..4096', () => {
    assert.deepEqual(codes(member('Description', '')), []);
    assert.deepEqual(codes(member('Description', repeat(4096))), []);
    assert.deepEqual(brief(member('Description', repeat(4097)))[0].split(' ').slice(1).join(' '), 'length Description must be at most 4096 characters long; it has 4097.');
  });
  test('Name: 0..512; up to 1024 is newer data, beyond that an error', () => {
    assert.deepEqual(codes(member('Name', '')), []);
    assert.deepEqual(codes(member('Name', repeat(512))), []);
    assert.equal(
      brief(member('Name', repeat(700)))[0].split(' ').slice(1).join(' '),
      'newer-api Name has 700 characters: the 2024-09 Contact model this workspace validates against allows at most 512; Amazon Connect raised the limit to 1024 on 2024-11-22. Set contactJson.modelVersion to 2026-08 to validate it.',
    );
    assert.equal(
      brief(member('Name', repeat(1025)))[0].split(' ').slice(1).join(' '),
      'length Name must be at most 512 characters long; it has 1025.',
    );
  });
  test('lengths count characters, not UTF-16 units', () => {
    assert.deepEqual(codes(member('Id', '😀'.repeat(256))), []);
  });
});

describe('range: both sides of every bound', () => {
  const cases: [string, string, boolean][] = [
    ['TotalPauseCount', '-1', false],
    ['TotalPauseCount', '0', true],
    ['TotalPauseCount', '10', true],
    ['TotalPauseCount', '11', false],
    ['TotalPauseDurationInSeconds', '-1', false],
    ['TotalPauseDurationInSeconds', '0', true],
    ['TotalPauseDurationInSeconds', '2147483647', true],
    ['TotalPauseDurationInSeconds', '2147483648', false],
    ['QueueTimeAdjustmentSeconds', '-2147483648', true],
    ['QueueTimeAdjustmentSeconds', '-2147483649', false],
    ['QueueTimeAdjustmentSeconds', '2147483647', true],
    ['QueueTimeAdjustmentSeconds', '2147483648', false],
    ['QueuePriority', '0', false],
    ['QueuePriority', '1', true],
    ['QueuePriority', '9007199254740993', true],
    ['QueuePriority', '9223372036854775807', true],
    ['QueuePriority', '9223372036854775808', false],
    ['QueuePriority', '1e19', false],
    ['QueuePriority', '-9223372036854775809', false],
  ];
  for (const [name, literal, ok] of cases) {
    test(`${name} ${literal} is ${ok ? 'valid' : 'out of range'}`, () => {
      assert.deepEqual(codes(member(name, `RAW:${literal}`)), ok ? [] : ['range']);
    });
  }
  test('messages state the limit and the value, from the literal text', () => {
    assert.deepEqual(brief(member('QueuePriority', 'RAW:9223372036854775808')), [
      '1:19-1:38 range QueuePriority must be at most 9223372036854775807; it is 9223372036854775808.',
    ]);
    assert.deepEqual(brief(member('TotalPauseCount', 'RAW:11')), ['1:21-1:23 range TotalPauseCount must be at most 10; it is 11.']);
    assert.deepEqual(brief(member('QueuePriority', 'RAW:0')), ['1:19-1:20 range QueuePriority must be at least 1; it is 0.']);
    assert.deepEqual(brief(member('Name', 'RAW:1e400')), ['1:10-1:15 range 1e400 is too large to be a number.']);
  });
});

describe('timestamp', () => {
  const valid = [
    '2024-05-29T16:00:00Z',
    '2024-05-29T16:00:00.123Z',
    '2024-05-29T16:00:00.123000+00:00',
    '2024-05-29 16:00:00.123000+00:00',
    '2024-05-29T18:00:00+02:00',
    '2024-02-29T00:00:00Z',
  ];
  for (const value of valid) test(`accepts "${value}"`, () => assert.deepEqual(codes(member('InitiationTimestamp', value)), []));
  for (const literal of ['1716998400', '1716998400.123', '0']) {
    test(`accepts epoch seconds ${literal}`, () => assert.deepEqual(codes(member('InitiationTimestamp', `RAW:${literal}`)), []));
  }
  const invalid = ['2024-13-01T00:00:00Z', '2023-02-29T00:00:00Z', '2024-05-29T25:00:00Z', '2024-05-29T16:00:00', '2024-05-29', 'soon', ''];
  for (const value of invalid) test(`rejects "${value}"`, () => assert.deepEqual(codes(member('DisconnectTimestamp', value)), ['timestamp']));
  test('the message shows the forms that are accepted', () => {
    assert.deepEqual(brief('{"QueueInfo": {"EnqueueTimestamp": "soon"}}'), [
      '1:36-1:42 timestamp "soon" is not a valid timestamp for QueueInfo.EnqueueTimestamp: use an ISO 8601 date-time with a time zone, such as "2024-05-29T16:00:00Z", or epoch seconds, such as 1716998400.',
    ]);
  });
});

describe('Tags', () => {
  const tags = (n: number) => JSON.stringify({ Tags: Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v'])) });
  test('tags-max: 6 tags are fine, a seventh is not; the Tags key is marked', () => {
    assert.deepEqual(codes(tags(6)), []);
    assert.deepEqual(codes(tags(0)), []);
    assert.deepEqual(brief(tags(7)), ['1:2-1:8 tags-max Tags has 7 entries; at most 6 are allowed.']);
  });
  test('tag-key: length 1..128, the aws: prefix, the pattern read as a regex engine reads it', () => {
    const key = (k: string) => codes(JSON.stringify({ Tags: { [k]: 'v' } }));
    assert.deepEqual(key(''), ['tag-key']);
    assert.deepEqual(key(repeat(128)), []);
    assert.deepEqual(key(repeat(129)), ['tag-key']);
    assert.deepEqual(key('aws:createdBy'), ['tag-key']);
    assert.deepEqual(key('AWS:createdBy'), []);
    assert.deepEqual(key('cost-center/team.a_b:c+d=e'), []);
    assert.deepEqual(key('range,0-9;<'), [], '+-= is a range: it includes , / digits : ; <');
    assert.deepEqual(key('has space'), ['tag-key']);
    assert.deepEqual(key('ümlaut'), ['tag-key']);
    assert.deepEqual(key('a>b'), ['tag-key']);
  });
  test('tag-key messages', () => {
    assert.deepEqual(brief('{"Tags": {"aws:x": "v", "a b": "v", "": "v"}}'), [
      '1:11-1:18 tag-key Tags key "aws:x" must not start with "aws:": that prefix is reserved for AWS.',
      '1:25-1:30 tag-key Tags key "a b" is not allowed: use only letters, digits and + , - . / : ; < = _, not starting with "aws:".',
      '1:37-1:39 tag-key Tags keys must not be empty.',
    ]);
  });
  test('tag-value: a string of at most 256 characters', () => {
    assert.deepEqual(codes(JSON.stringify({ Tags: { a: repeat(256) } })), []);
    assert.deepEqual(codes(JSON.stringify({ Tags: { a: '' } })), []);
    assert.deepEqual(brief(JSON.stringify({ Tags: { a: repeat(257) } }))[0].split(' ').slice(1).join(' '), 'tag-value Tags.a must be at most 256 characters long; it has 257.');
    assert.deepEqual(brief('{"Tags": {"a": 1}}'), ['1:16-1:17 tag-value Tags.a must be a string, but it is a number.']);
  });
});

describe('SegmentAttributes', () => {
  const key = (k: string) => codes(JSON.stringify({ SegmentAttributes: { [k]: { ValueString: 'x' } } }));
  test('segment-attribute-key: letters, digits, - and _, with an optional connect: prefix; 1..128', () => {
    assert.deepEqual(key('connect:Subtype'), []);
    assert.deepEqual(key('customer_tier-1'), []);
    assert.deepEqual(key(repeat(128)), []);
    assert.deepEqual(key(repeat(129)), ['segment-attribute-key']);
    assert.deepEqual(key(''), ['segment-attribute-key']);
    assert.deepEqual(key('bad key'), ['segment-attribute-key']);
    assert.deepEqual(key('other:Subtype'), ['segment-attribute-key']);
    assert.deepEqual(key('connect:'), ['segment-attribute-key']);
  });
  test('values are SegmentAttributeValue objects', () => {
    assert.deepEqual(brief('{"SegmentAttributes": {"a": "x"}}'), [
      '1:29-1:32 type SegmentAttributes.a must be an object (SegmentAttributeValue), but it is a string ("x").',
    ]);
    assert.deepEqual(brief('{"SegmentAttributes": {"a": {"ValueString": ""}}}'), [
      '1:45-1:47 newer-api SegmentAttributes.a.ValueString is empty: the 2024-09 Contact model this workspace validates against requires at least 1; Amazon Connect lowered the limit to 0 in 2024–2025. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
  });
});

describe('mutually-exclusive', () => {
  test('QueuePriority and QueueTimeAdjustmentSeconds: one diagnostic on each key', () => {
    assert.deepEqual(brief('{"QueuePriority": 1,\n "QueueTimeAdjustmentSeconds": 30}'), [
      '1:2-1:17 mutually-exclusive QueuePriority and QueueTimeAdjustmentSeconds cannot both be set: remove one of them.',
      '2:2-2:30 mutually-exclusive QueuePriority and QueueTimeAdjustmentSeconds cannot both be set: remove one of them.',
    ]);
    assert.deepEqual(codes('{"QueuePriority": 1}'), []);
    assert.deepEqual(codes('{"QueueTimeAdjustmentSeconds": 1}'), []);
  });
});

describe('document shapes', () => {
  test('a DescribeContact response, an array of contacts, an array of responses', () => {
    assert.deepEqual(codes('{"Contact": {"Channel": "VOICE"}}'), []);
    assert.deepEqual(codes('[{"Channel": "VOICE"}, {"Contact": {"Channel": "CHAT"}}]'), []);
    assert.deepEqual(codes('[]'), []);
    assert.deepEqual(brief('{"Contact": {"Channel": "x"}}'), ['1:25-1:28 enum "x" is not a valid Channel. Valid values: VOICE, CHAT, TASK.']);
    assert.deepEqual(brief('{"Contact": "x"}'), ['1:13-1:16 type The contact must be an object (Contact), but it is a string ("x").']);
  });
});
