import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import schema2024 from '../../schemas/contact.schema.json';
import schema2026 from '../../schemas/contact-2026-08.schema.json';
import { brief, codes, documentOf, service, service2026 } from './helpers';

const valid = readFileSync(join(__dirname, '..', '..', 'examples', 'valid.contact.json'), 'utf8');

function diagnose2026(text: string): Diagnostic[] {
  const document = documentOf(text);
  return service2026.doValidation(document, service2026.parse(document));
}
const codes2026 = (text: string) => diagnose2026(text).map((d) => String(d.code));

describe('the 2026-08 model', () => {
  test('the valid example is valid in both versions', () => {
    assert.deepEqual(codes(valid), []);
    assert.deepEqual(codes2026(valid), []);
  });

  test('what the newer model added is valid there', () => {
    const newer = JSON.stringify({
      Channel: 'EMAIL',
      InitiationMethod: 'AGENT_REPLY',
      Name: 'n'.repeat(700),
      DisconnectReason: 'CUSTOMER_DISCONNECT',
      Recordings: [{ StorageType: 'S3', Location: 's3://bucket/recording.wav', MediaStreamType: 'AUDIO' }],
      AgentInfo: { AgentInitiatedHoldDuration: 3 },
      SegmentAttributes: { 'connect:Subtype': { ValueString: '' } },
    });
    assert.deepEqual(codes2026(newer), []);
  });

  test('the same mistakes at every depth are errors with the same codes', () => {
    for (const text of ['{"AgentInfo": {"ID": "a1"}}', '{"QueueInfo": {"EnqueueTimestamp": "soon"}}', '{"RoutingCriteria": {"Steps": [{"Status": "DONE"}]}}', '{"Channel": "voice"}', '{"Tags": {"aws:x": "1"}}', '{"QueuePriority": 9223372036854775808}']) {
      assert.deepEqual(codes2026(text), codes(text), text);
    }
    assert.deepEqual(codes2026('{"Name": "' + 'n'.repeat(1025) + '"}'), ['length']);
  });

  test('AgentInfo.ActiveRegion, from the SDK of 2026-09, is a member', () => {
    assert.deepEqual(codes2026('{"AgentInfo": {"Id": "a1", "ActiveRegion": "us-west-2"}}'), []);
    assert.deepEqual(
      diagnose2026('{"AgentInfo": {"ActiveRegion": 5}}').map((d) => `${d.range.start.character}-${d.range.end.character} ${d.code} ${d.message}`),
      ['31-32 type AgentInfo.ActiveRegion must be a string, but it is a number.'],
    );
  });

  test('NextContactMetadata is a tagged union: its one member is required', () => {
    assert.deepEqual(codes2026('{"NextContacts": [{"Type": "QUICK_CONNECT", "NextContactMetadata": {"QuickConnectContactData": {"ContactId": "c-2"}}}]}'), []);
    assert.deepEqual(
      diagnose2026('{"NextContacts": [{"NextContactMetadata": {}}]}').map((d) => `${d.code} ${d.message}`),
      ['required NextContacts[0].NextContactMetadata is missing its required member "QuickConnectContactData".'],
    );
  });

  test('members of newer nested types are checked as strictly', () => {
    assert.deepEqual(
      diagnose2026('{"Recordings": [{"StorageType": "DISK", "Extra": 1}]}').map((d) => `${d.code} ${d.message}`),
      [
        'enum "DISK" is not a valid Recordings[0].StorageType. Valid values: S3, KINESIS_VIDEO_STREAM, KINESIS_STREAM, KINESIS_FIREHOSE.',
        'unknown-property "Extra" is not a member of RecordingInfo.',
      ].sort((a, b) => a.localeCompare(b)),
    );
  });

  test('completion and hover follow the version', () => {
    const document = TextDocument.create('file:///a.contact.json', 'contact-json', 1, '{"Channel": ""}');
    const position = { line: 0, character: 13 };
    assert.deepEqual(service.doComplete(document, service.parse(document), position).items.map((item) => item.label), ['VOICE', 'CHAT', 'TASK']);
    assert.deepEqual(service2026.doComplete(document, service2026.parse(document), position).items.map((item) => item.label), ['VOICE', 'CHAT', 'TASK', 'EMAIL']);
    const keys = TextDocument.create('file:///b.contact.json', 'contact-json', 1, '{}');
    assert.equal(service.doComplete(keys, service.parse(keys), { line: 0, character: 1 }).items.length, 32);
    assert.equal(service2026.doComplete(keys, service2026.parse(keys), { line: 0, character: 1 }).items.length, 48);
  });

  test('definitions of shapes that did not change are the same in both files', () => {
    const defs2024 = schema2024.$defs as Record<string, unknown>;
    const defs2026 = schema2026.$defs as Record<string, unknown>;
    const unchanged = ['QueueInfo', 'RoutingCriteria', 'Step', 'Expiry', 'Customer', 'Campaign', 'CustomerVoiceActivity', 'QualityMetrics', 'DisconnectDetails', 'HierarchyGroups', 'AgentHierarchyGroup', 'DeviceInfo', 'AudioQualityMetricsInfo', 'MatchCriteria', 'AgentsCriteria', 'Tags', 'SegmentAttributes', 'Timestamp'];
    for (const name of unchanged) assert.deepEqual(defs2026[name], defs2024[name], name);
    const contact2024 = (defs2024.Contact as { properties: Record<string, unknown> }).properties;
    const contact2026 = (defs2026.Contact as { properties: Record<string, unknown> }).properties;
    assert.equal(Object.keys(contact2026).length, 48);
    for (const name of ['Id', 'Arn', 'QueuePriority', 'Tags', 'InitiationTimestamp', 'AgentInfo']) assert.deepEqual(contact2026[name], contact2024[name], name);
  });
});

describe('newer data under the specified model', () => {
  test('newer-api is a warning; what the newer model finds inside a newer member is an error', () => {
    const result = diagnose('{"Recordings": "x", "Channel": "EMAIL"}');
    assert.deepEqual(result.map((d) => [d.code, d.severity]), [['newer-api', 2], ['type', 1], ['newer-api', 2]]);
    assert.equal(result[1].message, 'Recordings must be an array, but it is a string ("x").');
  });
  test('a member only the newest SDK has (AgentInfo.ActiveRegion) is newer-api, not unknown-property', () => {
    const result = diagnose('{"AgentInfo": {"ActiveRegion": "us-west-2"}}');
    assert.deepEqual(
      result.map((d) => [`${d.range.start.character}-${d.range.end.character}`, d.code, d.severity, d.message]),
      [['15-29', 'newer-api', 2, '"ActiveRegion" was added to Amazon Connect in 2025–2026; it is not part of the 2024-09 Contact model this check validates against. Choose the 2026-08 model to validate it.']],
    );
    assert.deepEqual(codes('{"AgentInfo": {"ActiveRegion": 5}}'), ['newer-api', 'type'], 'what is wrong in the newer model too is still an error');
  });
  test('a typo is still an error with "did you mean", in both versions', () => {
    assert.deepEqual(brief('{"Recordngs": []}'), ['1:2-1:13 unknown-property "Recordngs" is not a member of Contact. Did you mean "Recordings"?']);
    assert.deepEqual(codes('{"Chanel": "VOICE"}'), ['unknown-property']);
  });
  test('a value invalid in both versions stays an error', () => {
    assert.deepEqual(codes('{"Channel": "SMS"}'), ['enum']);
  });
  test('the newer-api data names the version a quick fix can switch to', () => {
    const document = documentOf('{"Channel": "EMAIL"}');
    const [diagnostic] = service.doValidation(document, service.parse(document));
    assert.deepEqual(diagnostic.data, { fixes: [], modelVersion: '2026-08' });
    const actions = service.getCodeActions(document, [diagnostic], { modelVersionCommand: 'contactJson.useModelVersion' });
    assert.deepEqual(actions.map((a) => [a.title, a.command?.command, a.command?.arguments]), [['Validate against the 2026-08 model', 'contactJson.useModelVersion', ['2026-08']]]);
    assert.deepEqual(service.getCodeActions(document, [diagnostic]), [], 'no client command, no action');
  });
});

describe('which format a document is: told by its top-level members', () => {
  const formatOf = (value: unknown) => {
    const codes = diagnose(JSON.stringify(value)).map((d) => `${d.code} ${d.message}`);
    return codes;
  };
  const cases: [string, unknown, string[]][] = [
    ['a contact record', { AWSContactTraceRecordFormatVersion: '2017-03-10', ContactId: 'c', Agent: { Username: 'a' }, Channel: 'VOICE', Queue: { Name: 'q' } }, []],
    ['a contact record without its version', { ContactId: 'c', Agent: null, Queue: { ARN: 'x' }, Attributes: {} }, []],
    ['an EventBridge event', { version: '0', 'detail-type': 'Amazon Connect Contact Event', source: 'aws.connect', detail: { contactId: 'c', eventType: 'INITIATED' } }, []],
    ['an EventBridge detail alone', { contactId: 'c', eventType: 'CONNECTED_TO_AGENT', channel: 'VOICE' }, []],
    ['a Lambda contact flow event', { Details: { ContactData: { ContactId: 'c', Channel: 'VOICE' }, Parameters: {} }, Name: 'ContactFlowEvent' }, []],
    // Near misses: still their format, their mistakes reported as such.
    ['a Lambda event named as in one AWS fixture', { Details: { ContactData: { ContactId: 'c' } }, Name: 'ContactFlowExecution' }, ['enum "ContactFlowExecution" is not a valid Name. Valid values: ContactFlowEvent.']],
    ['a contact record with a misspelt member', { ContactId: 'c', Chanel: 'VOICE' }, ['unknown-property "Chanel" is not a member of ContactTraceRecord. Did you mean "Channel"?']],
    ['an EventBridge detail in PascalCase', { contactId: 'c', Channel: 'VOICE' }, ['unknown-property "Channel" is not a member of ContactEventDetail. Did you mean "channel"?']],
  ];
  for (const [what, value, expected] of cases) test(what, () => assert.deepEqual(formatOf(value), expected));

  test('an array may mix formats, item by item', () => {
    assert.deepEqual(brief('[\n  {"Channel": "voice"},\n  {"ContactId": "c", "Channel": "Voice"},\n  {"contactId": "c", "channel": "VOICE"}\n]').map((line) => line.split(' ').slice(0, 2).join(' ')), ['2:15-2:22 enum', '3:33-3:40 enum']);
  });
  test('a real Contact with a few mistakes is never taken for another format', () => {
    assert.deepEqual(codes('{"Id": "c", "ContactId": "c"}'), ['unknown-property'], 'ContactId beside Id: a misspelt member');
    assert.deepEqual(codes('{"Name": "ContactFlowEvent", "Channel": "VOICE"}'), [], 'a contact may be named so');
    assert.deepEqual(codes('{"Id": "c", "Agent": {}, "source": "agent"}'), ['unknown-property', 'unknown-property']);
    assert.deepEqual(codes('{"Id": "c", "contactId": "c"}'), ['unknown-property']);
  });
  test('Amazon Connect JSON of a format we do not check gets one not-a-contact error that names it', () => {
    const flow = diagnose(JSON.stringify({ Version: '2019-10-30', StartAction: 'a', Actions: [{ Identifier: 'a' }] }, null, 2));
    assert.deepEqual(flow.map((d) => [d.code, d.severity, d.range.start.line, d.range.end.character]), [['not-a-contact', 1, 0, 1]]);
    assert.match(String(flow[0].message), /^This is an Amazon Connect flow definition/);
    assert.deepEqual(codes('{"snapshot": {"state": {}}}'), ['not-a-contact']);
  });
});

describe('null for absent members', () => {
  test('a type error that says the API leaves absent members out, with a certain fix', () => {
    const document = documentOf('{\n  "Id": "c",\n  "DisconnectTimestamp": null\n}');
    const [diagnostic] = service.doValidation(document, service.parse(document));
    assert.equal(diagnostic.code, 'type');
    assert.equal(diagnostic.message, 'DisconnectTimestamp is null, but the API leaves absent members out: remove "DisconnectTimestamp" or give it a timestamp (an ISO 8601 date-time string or epoch seconds).');
    const [action] = service.getCodeActions(document, [diagnostic]);
    assert.equal(action.title, 'Remove "DisconnectTimestamp"');
    const fixed = TextDocument.applyEdits(document, service.getFixAllEdits(document));
    assert.equal(fixed, '{\n  "Id": "c"\n}');
  });
  test('at any depth; null in a list is an ordinary type error', () => {
    assert.match(String(diagnose('{"QueueInfo": {"Id": null}}')[0].message), /^QueueInfo\.Id is null, but the API leaves absent members out/);
    assert.equal(diagnose('{"RoutingCriteria": {"Steps": [null]}}')[0].message, 'RoutingCriteria.Steps[0] must be an object (Step), but it is null.');
  });
});

function diagnose(text: string): Diagnostic[] {
  const document = documentOf(text);
  return service.doValidation(document, service.parse(document));
}
