import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { cursor, service } from './helpers';

function hover(textWithMarker: string): string | undefined {
  const { document, position } = cursor(textWithMarker);
  const result = service.doHover(document, service.parse(document), position);
  return (result?.contents as MarkupContent | undefined)?.value;
}

describe('hover', () => {
  test('a key: description, type, rules in words, exclusivity and the reference link', () => {
    assert.equal(
      hover('{"Queue|Priority": 1}'),
      [
        '**QueuePriority**: Long',
        'An integer that represents the queue priority to be applied to the contact (lower priorities are routed preferentially). Cannot be specified if the QueueTimeAdjustmentSeconds is specified. Must be statically defined, must be larger than zero, and a valid integer value. Default Value is 5.',
        '- Range: 1 to 9223372036854775807\n- Cannot be set together with `QueueTimeAdjustmentSeconds`',
        '[Contact in the Amazon Connect API Reference](https://docs.aws.amazon.com/connect/latest/APIReference/API_Contact.html)',
      ].join('\n\n'),
    );
  });
  test('Tags: the map rules', () => {
    assert.match(hover('{"Ta|gs": {}}') ?? '', /- Entries: at most 6\n- Keys: 1 to 128 characters; letters, digits and \+ , - \. \/ : ; < = _, not starting with "aws:"\n- Values: String, at most 256 characters/);
  });
  test('lengths, enums and timestamps', () => {
    assert.match(hover('{"I|d": "x"}') ?? '', /\*\*Id\*\*: String\n\nThe identifier for the contact\.\n\n- Length: 1 to 256 characters/);
    assert.match(hover('{"Chan|nel": "x"}') ?? '', /- Valid values: `VOICE` \| `CHAT` \| `TASK`/);
    assert.match(hover('{"InitiationTime|stamp": 1}') ?? '', /\*\*InitiationTimestamp\*\*: Timestamp[\s\S]*For `INBOUND`, this is when the contact arrived/);
  });
  test('a timestamp: one Format line, not the pattern the schema states for other validators', () => {
    assert.equal(
      hover('{"QueueInfo": {"EnqueueTime|stamp": 1}}'),
      [
        '**EnqueueTimestamp**: Timestamp',
        'When the contact entered the queue.',
        '- Format: an ISO 8601 date-time string with a time zone (`"2024-05-29T16:00:00Z"`) or epoch seconds (`1716998400`)',
        '[QueueInfo in the Amazon Connect API Reference](https://docs.aws.amazon.com/connect/latest/APIReference/API_QueueInfo.html)',
      ].join('\n\n'),
    );
  });
  test('an enum value: its member and the valid values', () => {
    assert.equal(hover('{"Channel": "VO|ICE"}'), '`VOICE`: a valid value of **Channel**.\n\n- Valid values: `VOICE` | `CHAT` | `TASK`');
    assert.equal(hover('{"Channel": "vo|ice"}'), 'Value of **Channel**.\n\n- Valid values: `VOICE` | `CHAT` | `TASK`');
  });
  test('three levels down, in a wrapper and an array', () => {
    assert.match(
      hover('[{"Contact": {"RoutingCriteria": {"Steps": [{"Expiry": {"Duration|InSeconds": 5}}]}}}]') ?? '',
      /^\*\*DurationInSeconds\*\*: Integer\n\n.+\n\n[\s\S]*\[Expiry in the Amazon Connect API Reference\]\(https:\/\/docs\.aws\.amazon\.com\/connect\/latest\/APIReference\/API_Expiry\.html\)$/,
    );
    assert.equal(
      hover('{"RoutingCriteria": {"Steps": [{"Status": "AC|TIVE"}]}}'),
      '`ACTIVE`: a valid value of **RoutingCriteria.Steps[0].Status**.\n\n- Valid values: `ACTIVE` | `INACTIVE` | `JOINED` | `EXPIRED`',
    );
  });
  test('a newer member: its description from the newer model, and when it was added', () => {
    assert.equal(
      hover('{"Record|ings": []}'),
      [
        '**Recordings**: Array of RecordingInfo object',
        'Not part of the 2024-09 model this workspace validates against: Amazon Connect added it on 2025-05-01 (in the 2026-08 model).',
        'The recordings and transcripts made of the contact, when recording was turned on.',
        '[Contact in the Amazon Connect API Reference](https://docs.aws.amazon.com/connect/latest/APIReference/API_Contact.html)',
      ].join('\n\n'),
    );
  });
  test('nothing on unknown keys, punctuation or whitespace', () => {
    assert.equal(hover('{"Unknown|X": 1}'), undefined);
    assert.equal(hover('{"Id": "a",|   "Name": "b"}'), undefined);
  });
  test('a timestamp value: UTC, ISO 8601, epoch seconds and local time', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'America/New_York';
    try {
      const expected = (local: RegExp) => (text: string | undefined) => {
        assert.match(text ?? '', /^\*\*InitiationTimestamp\*\*: 2024-05-01 10:12:31 UTC\n\n- ISO 8601: `2024-05-01T10:12:31Z`\n- Epoch seconds: `1714558351`\n- Local time: /);
        assert.match(text ?? '', local);
      };
      expected(/Local time: May 1, 2024, 6:12:31\sAM EDT$/)(hover('{"InitiationTimestamp": 17145|58351}'));
      expected(/Local time: May 1, 2024, 6:12:31\sAM EDT$/)(hover('{"InitiationTimestamp": "2024-05-01 12:12|:31+02:00"}'));
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});
