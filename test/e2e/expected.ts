/**
 * What every editor must show for examples/mistakes.contact.json, one line per diagnostic:
 * "line:col-line:col code message", 1-based, in the server's order. The protocol test
 * (test/protocol/diagnostics.test.ts) and every editor's test check this one list.
 */
export const MISTAKES = [
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
];

/**
 * What every editor must show for examples/format-mistakes.contact.json: a Lambda event, a
 * contact record and an EventBridge detail, each read as its format (test/protocol/formats.test.ts
 * and the VS Code and web suites check this one list).
 */
export const FORMAT_MISTAKES = [
  '7:20-7:27 enum "Voice" is not a valid Details.ContactData.Channel. Valid values: VOICE, CHAT, TASK, EMAIL. Did you mean "VOICE"?',
  '8:29-8:71 placeholder "INBOUND | OUTBOUND | TRANSFER | CALLBACK" is the documentation\'s list of values, not a value: Details.ContactData.InitiationMethod takes one of them (INBOUND, OUTBOUND, TRANSFER, CALLBACK).',
  '9:60-9:61 type Details.ContactData.Attributes.retries must be a string, but it is a number.',
  '10:27-10:123 instance-mismatch Details.ContactData.Queue.ARN belongs to instance bbbbbbbb-2222-4222-8222-222222222222, but Details.ContactData.InstanceARN names instance aaaaaaaa-1111-4111-8111-111111111111.',
  '19:26-19:64 self-reference PreviousContactId equals ContactId: it must name another contact.',
  '21:28-21:50 timestamp-order DisconnectTimestamp (2025-03-11T09:10:00Z) is before InitiationTimestamp (2025-03-11T09:14:02Z).',
  '22:5-22:13 unknown-property "Chanel" is not a member of ContactTraceRecord. Did you mean "Channel"?',
  '28:5-28:23 unknown-property "InitiationMethod" is not a member of ContactEventDetail. Did you mean "initiationMethod"?',
];

/** The "line:col-line:col code message" of a diagnostic given 0-based positions. */
export function brief(start: { line: number; character: number }, end: { line: number; character: number }, code: unknown, message: string): string {
  return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1} ${String(code)} ${message}`;
}

/** "line code" of each expected diagnostic: what an editor that only keeps lines can be held to. */
export const MISTAKE_LINES = MISTAKES.map((line) => line.replace(/^(\d+):\S+ (\S+) .*$/, '$1 $2'));
