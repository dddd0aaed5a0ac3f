import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, cursor } from './lspClient';

describe('completion and hover over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const at = async (uri: string, textWithMarker: string) => {
    const { text, position } = cursor(textWithMarker);
    await client.open(uri, text);
    return position;
  };

  test('keys of a Contact, with documentation and a snippet', async () => {
    const uri = 'file:///keys.contact.json';
    const items = await client.completion(uri, await at(uri, '{\n  "Channel": "VOICE",\n  |\n}'));
    assert.equal(items.length, 31);
    const method = items.find((item) => item.label === 'InitiationMethod');
    assert.equal(method?.detail, 'String');
    assert.equal(method?.insertTextFormat, 2);
    assert.deepEqual(method?.textEdit, {
      range: { start: { line: 2, character: 2 }, end: { line: 2, character: 2 } },
      newText: '"InitiationMethod": "${1|INBOUND,OUTBOUND,TRANSFER,QUEUE_TRANSFER,CALLBACK,API,DISCONNECT,MONITOR,EXTERNAL_OUTBOUND|}"',
    });
    assert.match((method?.documentation as MarkupContent).value, /^\*\*InitiationMethod\*\*: String\n\nIndicates how the contact was initiated\./);
  });

  test('enum values three levels deep', async () => {
    const uri = 'file:///deep.contact.json';
    const items = await client.completion(uri, await at(uri, '{"RoutingCriteria": {"Steps": [{"Status": "|"}]}}'));
    assert.deepEqual(items.map((item) => item.label), ['ACTIVE', 'INACTIVE', 'JOINED', 'EXPIRED']);
  });

  test('keys four levels deep, in a DescribeContact response', async () => {
    const uri = 'file:///nested.contact.json';
    const items = await client.completion(uri, await at(uri, '{"Contact": {"AgentInfo": {"HierarchyGroups": {"Level1": {|}}}}}'));
    assert.deepEqual(items.map((item) => item.label), ['Arn']);
  });

  test('hover on a key and on an enum value', async () => {
    const uri = 'file:///hover.contact.json';
    const position = await at(uri, '{"Tags": {"team": "a"}, "Channel": "CH|AT"}');
    const value = await client.hover(uri, position);
    assert.deepEqual(value?.range, { start: { line: 0, character: 35 }, end: { line: 0, character: 41 } });
    assert.equal((value?.contents as MarkupContent).value, '`CHAT`: a valid value of **Channel**.\n\n- Valid values: `VOICE` | `CHAT` | `TASK`');
    const key = await client.hover(uri, { line: 0, character: 3 });
    assert.match((key?.contents as MarkupContent).value, /^\*\*Tags\*\*: String to string map\n\nTags associated with the contact\./);
  });

  test('hover three levels deep', async () => {
    const uri = 'file:///hover-deep.contact.json';
    const position = await at(uri, '{"QualityMetrics": {"Agent": {"Audio": {"Quality|Score": 4}}}}');
    const result = await client.hover(uri, position);
    assert.match((result?.contents as MarkupContent).value, /^\*\*QualityScore\*\*: Float\n\n/);
    assert.match((result?.contents as MarkupContent).value, /API_AudioQualityMetricsInfo\.html\)$/);
  });
});
