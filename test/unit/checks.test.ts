import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { removeMember } from '../../server/src/service/features/edits';
import { timestampInstant } from '../../server/src/service/reading/timestamps';
import { brief, codes } from './helpers';

const ARN = 'arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d/contact/c-1';

describe('cross-field checks (warnings), both sides', () => {
  test('arn-format', () => {
    assert.deepEqual(codes(JSON.stringify({ Arn: ARN })), []);
    assert.deepEqual(codes(JSON.stringify({ Arn: 'arn:aws-us-gov:connect:us-gov-west-1:123456789012:instance/i/contact/c' })), []);
    assert.deepEqual(brief('{"Arn": "c-1"}'), [
      '1:9-1:14 arn-format Arn is not an Amazon Connect contact ARN: expected arn:<partition>:connect:<region>:<12-digit account>:instance/<instance id>/contact/<contact id>.',
    ]);
    assert.deepEqual(codes(JSON.stringify({ Arn: 'arn:aws:connect:us-east-1:1234:instance/i/contact/c' })), ['arn-format'], 'account of 4 digits');
    assert.deepEqual(codes(JSON.stringify({ Arn: 'arn:aws:connect:us-east-1:123456789012:instance/i/agent/c' })), ['arn-format']);
  });
  test('arn-id-mismatch', () => {
    assert.deepEqual(codes(JSON.stringify({ Arn: ARN, Id: 'c-1' })), []);
    assert.deepEqual(brief(JSON.stringify({ Arn: ARN, Id: 'c-2' })), [
      `1:8-1:${8 + ARN.length + 2} arn-id-mismatch The contact id at the end of Arn ("c-1") differs from Id ("c-2").`,
    ]);
  });
  test('timestamp-order: each pair, whatever form each timestamp takes', () => {
    const order = (contact: object) => codes(JSON.stringify(contact));
    assert.deepEqual(order({ InitiationTimestamp: '2024-05-01T10:00:00Z', ConnectedToSystemTimestamp: 1714557600, DisconnectTimestamp: '2024-05-01 10:05:00+00:00' }), []);
    assert.deepEqual(order({ InitiationTimestamp: '2024-05-01T10:00:00Z', ConnectedToSystemTimestamp: '2024-05-01T11:59:59+02:00' }), ['timestamp-order']);
    assert.deepEqual(order({ InitiationTimestamp: 1714557600, DisconnectTimestamp: 1714557599.5 }), ['timestamp-order']);
    assert.deepEqual(order({ ConnectedToSystemTimestamp: '2024-05-01T10:00:00.500Z', DisconnectTimestamp: '2024-05-01T10:00:00.499Z' }), ['timestamp-order']);
    assert.deepEqual(order({ InitiationTimestamp: '2024-05-01T10:00:00Z', QueueInfo: { EnqueueTimestamp: '2024-05-01T09:59:00Z' } }), ['timestamp-order']);
    assert.deepEqual(order({ InitiationTimestamp: '2024-05-01T10:00:00Z', QueueInfo: { EnqueueTimestamp: '2024-05-01T10:00:00Z' } }), []);
    assert.deepEqual(order({ CustomerVoiceActivity: { GreetingStartTimestamp: 1714557600, GreetingEndTimestamp: 1714557590 } }), ['timestamp-order']);
    assert.deepEqual(order({ CustomerVoiceActivity: { GreetingStartTimestamp: 1714557600, GreetingEndTimestamp: 1714557610 } }), []);
    assert.deepEqual(brief('{"InitiationTimestamp": 1714557600, "DisconnectTimestamp": 1714557000}'), [
      '1:60-1:70 timestamp-order DisconnectTimestamp (2024-05-01T09:50:00Z) is before InitiationTimestamp (2024-05-01T10:00:00Z).',
    ]);
  });
  test('epoch-milliseconds: a number that only makes sense as milliseconds, at any depth', () => {
    assert.deepEqual(codes('{"InitiationTimestamp": 99999999999}'), []);
    assert.deepEqual(codes('{"RoutingCriteria": {"Steps": [{"Expiry": {"ExpiryTimestamp": 1714558351000}}]}}'), ['epoch-milliseconds']);
    assert.deepEqual(brief('{"InitiationTimestamp": 1714558351000}'), [
      '1:25-1:38 epoch-milliseconds InitiationTimestamp is 1714558351000: as epoch seconds that is the year 56302. It looks like milliseconds; Contact timestamps are in seconds (1714558351 = 2024-05-01T10:12:31Z).',
    ]);
  });
  test('self-reference: previous and related contacts are others; the initial may be itself when first', () => {
    assert.deepEqual(codes('{"Id": "a", "InitialContactId": "a"}'), [], 'the first contact of a chain');
    assert.deepEqual(codes('{"Id": "a", "InitialContactId": "a", "PreviousContactId": "p"}'), ['self-reference']);
    assert.deepEqual(codes('{"Id": "a", "InitialContactId": "p", "PreviousContactId": "p"}'), []);
    assert.deepEqual(codes('{"Id": "a", "PreviousContactId": "a"}'), ['self-reference']);
    assert.deepEqual(codes('{"Id": "a", "RelatedContactId": "a"}'), ['self-reference']);
    assert.deepEqual(codes('{"Id": "a", "RelatedContactId": "b"}'), []);
  });
  test('pause-inconsistent: a count without duration, or a duration without count', () => {
    assert.deepEqual(codes('{"TotalPauseCount": 0, "TotalPauseDurationInSeconds": 0}'), []);
    assert.deepEqual(codes('{"TotalPauseCount": 2, "TotalPauseDurationInSeconds": 40}'), []);
    assert.deepEqual(codes('{"TotalPauseCount": 0, "TotalPauseDurationInSeconds": 5}'), ['pause-inconsistent']);
    assert.deepEqual(codes('{"TotalPauseCount": 1, "TotalPauseDurationInSeconds": 0}'), ['pause-inconsistent']);
  });
  test('checks run for each contact of an array and inside a DescribeContact response', () => {
    assert.deepEqual(codes('[{"Contact": {"Id": "a", "PreviousContactId": "a"}}, {"Id": "b", "RelatedContactId": "b"}]'), ['self-reference', 'self-reference']);
  });
  test('they are warnings', () => {
    assert.deepEqual(codes('{"Arn": "x"}'), ['arn-format']);
  });
});

describe('timestampInstant', () => {
  test('every accepted form, to the same instant', () => {
    const expected = Date.UTC(2024, 4, 29, 16, 0, 0, 123);
    for (const value of ['2024-05-29T16:00:00.123Z', '2024-05-29T16:00:00.123000+00:00', '2024-05-29 16:00:00.123000+00:00', '2024-05-29T18:00:00.123+02:00', '2024-05-29T18:00:00.123+0200', 1716998400.123]) {
      assert.equal(Math.round(timestampInstant(value) as number), expected, String(value));
    }
    assert.equal(timestampInstant('soon'), undefined);
    assert.equal(timestampInstant(true), undefined);
  });
});

describe('removeMember keeps the layout and the JSON valid', () => {
  const remove = (text: string, key: string) => {
    const change = removeMember(text, text.indexOf(`"${key}"`));
    assert.ok(change);
    return text.slice(0, change.offset) + change.newText + text.slice(change.offset + change.length);
  };
  test('first, middle, last and only members; nested values', () => {
    const text = '{\n  "A": 1,\n  "B": {"x": [1, {"y": 2}]},\n  "C": "c"\n}';
    assert.equal(remove(text, 'A'), '{\n  "B": {"x": [1, {"y": 2}]},\n  "C": "c"\n}');
    assert.equal(remove(text, 'B'), '{\n  "A": 1,\n  "C": "c"\n}');
    assert.equal(remove(text, 'C'), '{\n  "A": 1,\n  "B": {"x": [1, {"y": 2}]}\n}');
    assert.equal(remove('{"A": 1}', 'A'), '{}');
    assert.equal(remove('{"A": null, "B": true}', 'A'), '{"B": true}');
  });
  test('nothing when the text there is not a member', () => {
    assert.equal(removeMember('{"A" 1}', 1), undefined);
    assert.equal(removeMember('{"A": {', 1), undefined);
  });
});
