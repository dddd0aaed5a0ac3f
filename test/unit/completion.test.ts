import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { cursor, service } from './helpers';

const NOW = () => new Date('2026-11-25T12:00:00Z');

function complete(textWithMarker: string): CompletionItem[] {
  const { document, position } = cursor(textWithMarker);
  return service.doComplete(document, service.parse(document), position, { now: NOW }).items;
}

/** The document text after applying the item, as an editor would (snippet markers left in). */
function apply(textWithMarker: string, label: string): string {
  const { document } = cursor(textWithMarker);
  const item = complete(textWithMarker).find((candidate) => candidate.label === label);
  assert.ok(item, `no completion item ${label}`);
  return TextDocument.applyEdits(document, [item.textEdit as TextEdit]);
}

describe('key completion', () => {
  test('offers every Contact member in an empty object, with type and documentation', () => {
    const items = complete('{|}');
    assert.equal(items.length, 32);
    const channel = items.find((item) => item.label === 'Channel');
    assert.equal(channel?.detail, 'String');
    assert.match((channel?.documentation as { value: string }).value, /How the contact reached your contact center\.[\s\S]*Valid values: `VOICE` \| `CHAT` \| `TASK`/);
  });
  test('snippets fit the type; enum members offer their values as a choice', () => {
    assert.equal(apply('{|}', 'Channel'), '{"Channel": "${1|VOICE,CHAT,TASK|}"}');
    assert.equal(apply('{|}', 'Id'), '{"Id": "$1"}');
    assert.equal(apply('{|}', 'QueuePriority'), '{"QueuePriority": ${1:1}}');
    assert.equal(apply('{|}', 'AgentInfo'), '{"AgentInfo": {$1}}');
    assert.equal(apply('{|}', 'Tags'), '{"Tags": {$1}}');
    assert.equal(apply('{|}', 'InitiationTimestamp'), '{"InitiationTimestamp": "${1:2024-05-29T16:00:00Z}"}');
  });
  test('members already present are not offered; a half-typed key is replaced whole', () => {
    const items = complete('{"Channel": "VOICE", "Na|"}');
    assert.equal(items.some((item) => item.label === 'Channel'), false);
    assert.equal(apply('{"Channel": "VOICE", "Na|"}', 'Name'), '{"Channel": "VOICE", "Name": "$1"}');
    assert.equal(apply('{"Na|": "x"}', 'Name'), '{"Name": "x"}', 'a key that has a value gets only the name');
    assert.equal(apply('{|\n"Id": "a"}', 'Name'), '{"Name": "$1",\n"Id": "a"}', 'a comma when a member follows');
  });
  test('QueueTimeAdjustmentSeconds is not offered beside QueuePriority, nor the reverse', () => {
    const labels = (text: string) => complete(text).map((item) => item.label);
    assert.equal(labels('{"QueuePriority": 1, |}').includes('QueueTimeAdjustmentSeconds'), false);
    assert.equal(labels('{"QueueTimeAdjustmentSeconds": 1, |}').includes('QueuePriority'), false);
    assert.equal(labels('{|}').includes('QueuePriority') && labels('{|}').includes('QueueTimeAdjustmentSeconds'), true);
  });
  test('inside the DescribeContact wrapper and array items, and in nested objects', () => {
    assert.equal(complete('{"Contact": {|}}').length, 32);
    assert.equal(complete('[{"Id": "a"}, {|}]').length, 32);
    assert.deepEqual(complete('{"Contact": {}, |}').map((item) => item.label), [], 'the wrapper has one member, present');
    assert.deepEqual(complete('{"QueueInfo": {|}}').map((item) => item.label).sort(), ['EnqueueTimestamp', 'Id']);
    assert.deepEqual(
      complete('{"RoutingCriteria": {"Steps": [{"Expression": {"AndExpression": [{"AttributeCondition": {|}}]}}]}}').map((item) => item.label).sort(),
      ['ComparisonOperator', 'MatchCriteria', 'Name', 'ProficiencyLevel', 'Value'],
    );
  });
  test('no keys for maps, whose keys are data', () => {
    assert.deepEqual(complete('{"Tags": {|}}'), []);
  });
});

describe('value completion', () => {
  test('enum values, with or without the opening quote typed', () => {
    assert.deepEqual(complete('{"Channel": |}').map((item) => item.label), ['VOICE', 'CHAT', 'TASK']);
    assert.equal(apply('{"Channel": |}', 'CHAT'), '{"Channel": "CHAT"}');
    assert.equal(apply('{"Channel": "v|"}', 'VOICE'), '{"Channel": "VOICE"}');
    assert.equal(apply('{"Channel": "|"}', 'TASK'), '{"Channel": "TASK"}');
  });
  test('enum values are documented with the member and its valid values', () => {
    const [voice] = complete('{"Channel": |}');
    assert.equal((voice.documentation as { value: string }).value, 'How the contact reached your contact center.\n\n- Valid values: `VOICE` | `CHAT` | `TASK`');
  });
  test('enum values keep the reference order; the one meant is preselected', () => {
    const items = complete('{"Channel": "voi|ce"}');
    assert.deepEqual(items.map((item) => [item.label, item.sortText, item.preselect ?? false]), [['VOICE', '000', true], ['CHAT', '001', false], ['TASK', '002', false]]);
  });
  test('enum values three levels down', () => {
    assert.deepEqual(complete('{"RoutingCriteria": {"Steps": [{"Status": |}]}}').map((item) => item.label), ['ACTIVE', 'INACTIVE', 'JOINED', 'EXPIRED']);
    assert.deepEqual(complete('{"AgentInfo": {"Capabilities": {"Video": "|"}}}').map((item) => item.label), ['SEND']);
  });
  test('timestamps: now, in both forms', () => {
    assert.deepEqual(complete('{"DisconnectTimestamp": |}').map((item) => item.label), ['"2026-11-25T12:00:00Z"', '1795608000']);
  });
  test('an object member offers an empty object', () => {
    assert.deepEqual(complete('{"AgentInfo": |}').map((item) => item.textEdit?.newText), ['{$1}']);
  });
});

describe('an empty file', () => {
  test('offers a whole contact to start from, with the valid values from the schema', () => {
    const items = complete('|');
    assert.deepEqual(items.map((item) => item.label), ['New contact']);
    const snippet = String(items[0].insertText);
    assert.match(snippet, /"Channel": "\$\{5\|VOICE,CHAT,TASK\|\}"/);
    assert.match(snippet, /"InitiationMethod": "\$\{6\|INBOUND,OUTBOUND,TRANSFER,QUEUE_TRANSFER,CALLBACK,API,DISCONNECT,MONITOR,EXTERNAL_OUTBOUND\|\}"/);
    assert.match(snippet, /"InitiationTimestamp": "\$\{7:2026-11-25T12:00:00Z\}"/);
    assert.match(snippet, /"Arn": "arn:aws:connect:\$\{2:us-east-1\}:\$\{3:123456789012\}:instance\/\$\{4:instance-id\}\/contact\/\$\{1\}"/);
  });
});

