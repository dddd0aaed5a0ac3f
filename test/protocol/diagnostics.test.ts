import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { LspClient, brief } from './lspClient';

const examples = join(__dirname, '..', '..', 'examples');
const valid = readFileSync(join(examples, 'valid.contact.json'), 'utf8');
const mistakes = readFileSync(join(examples, 'mistakes.contact.json'), 'utf8');

describe('diagnostics over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  test('the complete valid example has no diagnostics', async () => {
    const result = await client.open('file:///valid.contact.json', valid);
    assert.deepEqual(brief(result), []);
  });

  test('every mistake in the example is reported at its token, with source and code', async () => {
    const result = await client.open('file:///mistakes.contact.json', mistakes);
    assert.ok(result.diagnostics.every((d) => d.source === 'contact-json' && d.severity === 1));
    assert.deepEqual(brief(result), [
      '2:9-2:11 length Id must not be empty (at least 1 character).',
      '4:14-4:21 enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
      '5:23-5:33 enum "INBOUND " is not a valid InitiationMethod. Valid values: INBOUND, OUTBOUND, TRANSFER, QUEUE_TRANSFER, CALLBACK, API, DISCONNECT, MONITOR, EXTERNAL_OUTBOUND. Did you mean "INBOUND"?',
      '6:3-6:11 unknown-property "Chanel" is not a member of Contact. Did you mean "Channel"?',
      '7:26-7:48 timestamp "2024-13-01T00:00:00Z" is not a valid timestamp for InitiationTimestamp: use an ISO 8601 date-time with a time zone, such as "2024-05-29T16:00:00Z", or epoch seconds, such as 1716998400.',
      '8:26-8:32 timestamp "soon" is not a valid timestamp for DisconnectTimestamp: use an ISO 8601 date-time with a time zone, such as "2024-05-29T16:00:00Z", or epoch seconds, such as 1716998400.',
      '9:3-9:18 mutually-exclusive QueuePriority and QueueTimeAdjustmentSeconds cannot both be set: remove one of them.',
      '9:20-9:39 range QueuePriority must be at most 9223372036854775807; it is 9223372036854775808.',
      '10:3-10:31 mutually-exclusive QueuePriority and QueueTimeAdjustmentSeconds cannot both be set: remove one of them.',
      '11:22-11:24 range TotalPauseCount must be at most 10; it is 11.',
      '12:34-12:37 type TotalPauseDurationInSeconds must be an integer, but it is a number with a fraction (1.5).',
      '13:11-13:13 type Name must be a string, but it is a number.',
      '14:18-14:22 unknown-property "ID" is not a member of AgentInfo. Did you mean "Id"?',
      '15:38-15:44 timestamp "soon" is not a valid timestamp for QueueInfo.EnqueueTimestamp: use an ISO 8601 date-time with a time zone, such as "2024-05-29T16:00:00Z", or epoch seconds, such as 1716998400.',
      '16:3-16:9 tags-max Tags has 7 entries; at most 6 are allowed.',
      '17:5-17:20 tag-key Tags key "aws:createdBy" must not start with "aws:": that prefix is reserved for AWS.',
      '23:13-23:14 tag-value Tags.tier must be a string, but it is a number.',
      '26:5-26:15 segment-attribute-key SegmentAttributes key "bad key!" is not allowed: use only letters, digits, - and _, after an optional "connect:" prefix.',
      '28:3-28:16 duplicate-key Duplicate key "Description": JSON parsers keep only the last value, so the earlier one is silently lost.',
    ]);
  });

  test('diagnostics follow edits, for the version edited', async () => {
    const uri = 'file:///edit.contact.json';
    assert.deepEqual(brief(await client.open(uri, '{"Channel": "VOICE"}')), []);
    const changed = await client.change(uri, '{"Channel": "EMAIL"}');
    assert.equal(changed.diagnostics[0].severity, 2, 'newer data is a warning');
    assert.equal(changed.version, 2);
    assert.deepEqual(brief(changed), [
      '1:13-1:20 newer-api "EMAIL", a value of Channel, was added to Amazon Connect on 2024-11-22; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.deepEqual(brief(await client.change(uri, '{"Channel": "CHAT"}')), []);
  });

  test('a DescribeContact response and arrays of contacts are checked as contacts', async () => {
    const text = '[\n  {"Contact": {"Channel": "voice"}},\n  {"Channel": "SMS"},\n  {"Contact": {}, "NextToken": "x"}\n]';
    assert.deepEqual(brief(await client.open('file:///array.contact.json', text)), [
      '2:27-2:34 enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
      '3:15-3:20 enum "SMS" is not a valid Channel. Valid values: VOICE, CHAT, TASK.',
      '4:19-4:30 unknown-property "NextToken" is not a member of DescribeContactResponse.',
    ]);
  });

  test('turning validation off clears the diagnostics, turning it on brings them back', async () => {
    const uri = 'file:///settings.contact.json';
    assert.equal((await client.open(uri, '{"Channel": "voice"}')).diagnostics.length, 1);
    assert.deepEqual((await client.configure({ validate: { enable: false } }, uri)).diagnostics, []);
    assert.equal((await client.configure({ validate: { enable: true } }, uri)).diagnostics.length, 1);
  });

  test('closing a document clears its diagnostics', async () => {
    const uri = 'file:///closed.contact.json';
    assert.equal((await client.open(uri, '{"Channel": 1}')).diagnostics.length, 1);
    const next = client.nextPublication(uri);
    await client.close(uri);
    assert.deepEqual((await next).diagnostics, []);
  });
});
