import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { LspClient, brief } from './lspClient';

/** The text after applying one action's edits to `text`. */
function applyAction(uri: string, text: string, action: CodeAction): string {
  const edits = (action.edit?.changes?.[uri] ?? []) as TextEdit[];
  return TextDocument.applyEdits(TextDocument.create(uri, 'contact-json', 1, text), edits);
}

describe('quick fixes over stdio: apply, re-validate, the problem is gone and the JSON valid', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  let counter = 0;
  /** Opens `text`, finds the diagnostic with `code`, applies the action titled `title`, re-validates. */
  const fix = async (text: string, code: string, title: string) => {
    const uri = `file:///fix-${counter++}.contact.json`;
    const opened = await client.open(uri, text);
    const diagnostic = opened.diagnostics.find((d) => d.code === code) as Diagnostic;
    assert.ok(diagnostic, `no ${code} diagnostic in ${JSON.stringify(brief(opened))}`);
    const actions = await client.codeActions(uri, diagnostic.range, [diagnostic], ['quickfix']);
    const action = actions.find((candidate) => candidate.title === title);
    assert.ok(action, `no action "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(action.kind, 'quickfix');
    assert.deepEqual(action.diagnostics, [diagnostic]);
    const fixed = applyAction(uri, text, action);
    JSON.parse(fixed); // still JSON
    const after = await client.change(uri, fixed);
    return { fixed, codes: after.diagnostics.map((d) => String(d.code)), action, actions };
  };

  test('enum: the certain case and whitespace fixes, preferred', async () => {
    const result = await fix('{"Channel": "voice"}', 'enum', 'Change to "VOICE"');
    assert.equal(result.fixed, '{"Channel": "VOICE"}');
    assert.deepEqual(result.codes, []);
    assert.equal(result.action.isPreferred, true);
    assert.equal((await fix('{"InitiationMethod": "INBOUND "}', 'enum', 'Change to "INBOUND"')).fixed, '{"InitiationMethod": "INBOUND"}');
  });

  test('enum: otherwise the closest valid values, none preferred', async () => {
    const result = await fix('{"AnsweringMachineDetectionStatus": "AMD_EROR"}', 'enum', 'Change to "AMD_ERROR"');
    assert.deepEqual(result.codes, []);
    assert.equal(result.action.isPreferred, false, 'a guess is offered, not preferred');
  });

  test('unknown-property: rename to the member it most likely meant', async () => {
    assert.equal((await fix('{"channel": "VOICE"}', 'unknown-property', 'Rename to "Channel"')).fixed, '{"Channel": "VOICE"}');
    const typo = await fix('{"QueuPriority": 3}', 'unknown-property', 'Rename to "QueuePriority"');
    assert.equal(typo.fixed, '{"QueuePriority": 3}');
    assert.deepEqual(typo.codes, []);
  });

  test('unknown-property beside the member it meant, with the same value: remove it, certain and preferred', async () => {
    // The same JSON value written differently (key order, spacing, escapes) is the same.
    const text = '{\n  "Channel": "CHAT",\n  "Chanel": "\\u0043HAT",\n  "AgentInfo": {"Id": "a", "ConnectedToAgentTimestamp": 1},\n  "agentInfo": {"ConnectedToAgentTimestamp": 1.0, "Id":"a"}\n}';
    const opened = await client.open(`file:///same-${counter}.contact.json`, text);
    assert.deepEqual(brief(opened), [
      '3:3-3:11 unknown-property "Chanel" is not a member of Contact. Did you mean "Channel"?',
      '5:3-5:14 unknown-property "agentInfo" is not a member of Contact. Did you mean "AgentInfo"?',
    ]);
    const result = await fix(text, 'unknown-property', 'Remove "Chanel": "Channel" has the same value');
    assert.deepEqual(result.actions.map((a) => [a.title, a.isPreferred]), [['Remove "Chanel": "Channel" has the same value', true]]);
    assert.equal(result.fixed, '{\n  "Channel": "CHAT",\n  "AgentInfo": {"Id": "a", "ConnectedToAgentTimestamp": 1},\n  "agentInfo": {"ConnectedToAgentTimestamp": 1.0, "Id":"a"}\n}');
    assert.deepEqual(result.codes, ['unknown-property']);
    // Fix all removes both, as both are certain.
    const uri = 'file:///same-fix-all.contact.json';
    await client.open(uri, text);
    const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.contact-json']);
    assert.equal(applyAction(uri, text, fixAll), '{\n  "Channel": "CHAT",\n  "AgentInfo": {"Id": "a", "ConnectedToAgentTimestamp": 1}\n}');
  });

  test('unknown-property beside the member it meant, with another value: remove it, or let its value win; neither certain', async () => {
    const text = '{\n  "Chanel": "CHAT",\n  "Channel": "VOICE",\n  "Id": "c-1"\n}';
    const kept = await fix(text, 'unknown-property', 'Remove "Chanel", keeping the value of "Channel"');
    assert.deepEqual(kept.actions.map((a) => [a.title, a.isPreferred]), [
      ['Remove "Chanel", keeping the value of "Channel"', false],
      ['Replace the value of "Channel" with that of "Chanel", removing "Chanel"', false],
    ]);
    assert.equal(kept.fixed, '{\n  "Channel": "VOICE",\n  "Id": "c-1"\n}');
    assert.deepEqual(kept.codes, []);
    const taken = await fix(text, 'unknown-property', 'Replace the value of "Channel" with that of "Chanel", removing "Chanel"');
    assert.equal(taken.fixed, '{\n  "Channel": "CHAT",\n  "Id": "c-1"\n}');
    assert.deepEqual(taken.codes, []);
    // The value moves as written, whatever its shape; the misspelled member may come last.
    const nested = '{"QueueInfo": {"Id": "q"}, "QueueInf": {\n  "Id": "r",\n  "EnqueueTimestamp": 1714558351\n}}';
    const moved = await fix(nested, 'unknown-property', 'Replace the value of "QueueInfo" with that of "QueueInf", removing "QueueInf"');
    assert.equal(moved.fixed, '{"QueueInfo": {\n  "Id": "r",\n  "EnqueueTimestamp": 1714558351\n}}');
    assert.deepEqual(moved.codes, []);
    // Fix all leaves both choices to the user.
    const uri = 'file:///differ-fix-all.contact.json';
    await client.open(uri, text);
    assert.deepEqual(await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.contact-json']), []);
    // Beside a certain one, fix all applies that one only.
    const mixedUri = 'file:///mixed-fix-all.contact.json';
    const mixed = '{\n  "Chanel": "CHAT",\n  "Channel": "VOICE",\n  "Name": "n",\n  "name": "n"\n}';
    await client.open(mixedUri, mixed);
    const [fixAll] = await client.codeActions(mixedUri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.contact-json']);
    assert.equal(applyAction(mixedUri, mixed, fixAll), '{\n  "Chanel": "CHAT",\n  "Channel": "VOICE",\n  "Name": "n"\n}');
  });

  test('mutually-exclusive: remove either member, the commas handled', async () => {
    const text = '{\n  "QueuePriority": 1,\n  "QueueTimeAdjustmentSeconds": 30\n}';
    const first = await fix(text, 'mutually-exclusive', 'Remove QueuePriority');
    assert.equal(first.fixed, '{\n  "QueueTimeAdjustmentSeconds": 30\n}');
    assert.deepEqual(first.codes, []);
    const second = await fix(text, 'mutually-exclusive', 'Remove QueueTimeAdjustmentSeconds');
    assert.equal(second.fixed, '{\n  "QueuePriority": 1\n}');
    assert.deepEqual(second.codes, []);
  });

  test('duplicate-key: remove the earlier entry, or this one', async () => {
    const text = '{\n  "Id": "a",\n  "Name": "n",\n  "Id": "b"\n}';
    assert.equal((await fix(text, 'duplicate-key', 'Remove the earlier "Id"')).fixed, '{\n  "Name": "n",\n  "Id": "b"\n}');
    const later = await fix(text, 'duplicate-key', 'Remove this "Id"');
    assert.equal(later.fixed, '{\n  "Id": "a",\n  "Name": "n"\n}');
    assert.deepEqual(later.codes, []);
  });

  test('tag-key with the aws: prefix: remove the tag; tags-max has no fix', async () => {
    const result = await fix('{"Tags": {"team": "a", "aws:x": "b"}}', 'tag-key', 'Remove the entry "aws:x"');
    assert.equal(result.fixed, '{"Tags": {"team": "a"}}');
    assert.deepEqual(result.codes, []);
    const uri = 'file:///tags-max.contact.json';
    const opened = await client.open(uri, JSON.stringify({ Tags: { a: '1', b: '2', c: '3', d: '4', e: '5', f: '6', g: '7' } }));
    assert.deepEqual(await client.codeActions(uri, opened.diagnostics[0].range, opened.diagnostics, ['quickfix']), []);
  });

  test('epoch-milliseconds: divide by 1000', async () => {
    const result = await fix('{"InitiationTimestamp": 1714558351000}', 'epoch-milliseconds', 'Change to epoch seconds (1714558351)');
    assert.equal(result.fixed, '{"InitiationTimestamp": 1714558351}');
    assert.deepEqual(result.codes, []);
  });

  test('fix all applies only the certain fixes, as one edit', async () => {
    const uri = 'file:///fix-all.contact.json';
    const text = '{\n  "channel": "voice",\n  "InitiationMethod": "inbound",\n  "QueuPriority": 3,\n  "InitiationTimestamp": 1714558351000\n}';
    await client.open(uri, text);
    const actions = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll.contact-json']);
    assert.deepEqual(actions.map((a) => [a.title, a.kind]), [['Fix all auto-fixable problems', 'source.fixAll.contact-json']]);
    const fixed = applyAction(uri, text, actions[0]);
    assert.equal(fixed, '{\n  "Channel": "VOICE",\n  "InitiationMethod": "INBOUND",\n  "QueuPriority": 3,\n  "InitiationTimestamp": 1714558351\n}');
    assert.deepEqual(brief(await client.change(uri, fixed)).map((line) => line.split(' ')[1]), ['unknown-property'], 'the uncertain rename is left to the user');
    const generic = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.deepEqual(generic, [], 'nothing certain is left');
  });
});

describe('cross-field checks and severities over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ settings: { rules: { 'arn-format': 'off', 'pause-inconsistent': 'error', type: 'info' } } });
  });
  after(async () => {
    await client.stop();
  });

  test('contactJson.rules changes the severity of any code, or turns it off', async () => {
    const result = await client.open('file:///rules.contact.json', '{"Arn": "x", "TotalPauseCount": 0, "TotalPauseDurationInSeconds": 5, "Name": 1, "InitiationTimestamp": 1714558351000}');
    assert.deepEqual(result.diagnostics.map((d) => [d.code, d.severity]), [
      ['pause-inconsistent', 1],
      ['type', 3],
      ['epoch-milliseconds', 2],
    ]);
  });
});

describe('reading aids over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  const text = '{\n  "Id": "c-1",\n  "InitiationTimestamp": 1714558351,\n  "QueueInfo": {\n    "EnqueueTimestamp": 1714558360.5\n  },\n  "DisconnectTimestamp": "2024-05-01T10:20:00Z"\n}';
  const whole = { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } };

  test('inlay hints after epoch-seconds timestamps, at any depth', async () => {
    const uri = 'file:///hints.contact.json';
    await client.open(uri, text);
    const hints = await client.inlayHints(uri, whole);
    assert.deepEqual(hints.map((hint) => [hint.position, hint.label]), [
      [{ line: 2, character: 35 }, '▸ 2024-05-01 10:12:31 UTC'],
      [{ line: 4, character: 36 }, '▸ 2024-05-01 10:12:40.500 UTC'],
    ]);
    assert.deepEqual(await client.inlayHints(uri, { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }).then((h) => h.length), 1, 'only the requested range');
    const next = client.nextPublication(uri);
    await client.configure({ inlayHints: { timestamps: false } }, uri).catch(() => undefined);
    await next;
    assert.deepEqual(await client.inlayHints(uri, whole), []);
    await client.configure({}, uri);
  });

  test('the outline names members, nested objects and array items by Id', async () => {
    const uri = 'file:///symbols.contact.json';
    await client.open(uri, '[\n  {"Id": "c-1", "QueueInfo": {"Id": "q"}},\n  {"Name": "no id"}\n]');
    const symbols = await client.symbols(uri);
    const shape = (list: typeof symbols): unknown => list.map((s) => (s.children?.length ? [s.name, shape(s.children)] : s.name));
    assert.deepEqual(shape(symbols), [['c-1', ['Id', ['QueueInfo', ['Id']]]], ['[1]', ['Name']]]);
    assert.equal(symbols[0].detail, '[0]');
  });

  test('folding, selection ranges and formatting', async () => {
    const uri = 'file:///format.contact.json';
    await client.open(uri, '{"Id":"c-1","QueueInfo":{"Id":"q"},\n"Tags":{\n"a":"b"\n}}');
    assert.deepEqual((await client.folding(uri)).map((r) => [r.startLine, r.endLine]), [[0, 2], [1, 2]]);
    const [selection] = await client.selectionRanges(uri, [{ line: 0, character: 8 }]);
    assert.deepEqual(selection.range, { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } });
    assert.deepEqual(selection.parent?.range, { start: { line: 0, character: 1 }, end: { line: 0, character: 11 } });
    const edits = await client.format(uri, 4, true);
    const formatted = TextDocument.applyEdits(TextDocument.create(uri, 'contact-json', 1, '{"Id":"c-1","QueueInfo":{"Id":"q"},\n"Tags":{\n"a":"b"\n}}'), edits);
    assert.equal(formatted, '{\n    "Id": "c-1",\n    "QueueInfo": {\n        "Id": "q"\n    },\n    "Tags": {\n        "a": "b"\n    }\n}');
  });
});
