// The four contact formats through the real server: each example as it is, the mistakes
// fixtures make at their exact tokens, hover, completion and fixes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { FORMAT_MISTAKES } from '../e2e/expected';
import { LspClient, brief, cursor } from './lspClient';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const example = (name: string) => readFileSync(join(EXAMPLES, name), 'utf8');

describe('every contact format over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  for (const name of ['lambda-event.contact.json', 'trace-record.contact.json', 'eventbridge-event.contact.json']) {
    test(`examples/${name}, every member of its format, has no problem`, async () => {
      assert.deepEqual(brief(await client.open(`file:///examples/${name}`, example(name))), []);
    });
  }

  test('the mistakes fixtures make, in each format, at their tokens', async () => {
    assert.deepEqual(brief(await client.open('file:///examples/format-mistakes.contact.json', example('format-mistakes.contact.json'))), FORMAT_MISTAKES);
  });

  test('fixes: one per value of a placeholder (none certain), a certain quote for a number in Attributes, and fix-all', async () => {
    const uri = 'file:///fixes.contact.json';
    const text = example('format-mistakes.contact.json');
    const published = await client.open(uri, text);
    const placeholder = published.diagnostics.find((d) => d.code === 'placeholder');
    const placeholderActions = await client.codeActions(uri, placeholder!.range, [placeholder!]);
    assert.deepEqual(
      placeholderActions.map((action) => [action.title, action.isPreferred]),
      ['INBOUND', 'OUTBOUND', 'TRANSFER', 'CALLBACK'].map((value) => [`Change to "${value}"`, false]),
    );
    const number = published.diagnostics.find((d) => d.code === 'type');
    assert.deepEqual((await client.codeActions(uri, number!.range, [number!])).map((action) => [action.title, action.isPreferred]), [['Quote it: "3"', true]]);

    const [fixAll] = (await client.codeActions(uri, number!.range, [], ['source.fixAll.contact-json'])) as CodeAction[];
    const edits = fixAll.edit?.changes?.[uri] as TextEdit[];
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'contact-json', 1, text), edits);
    assert.match(fixed, /"Channel": "VOICE",/);
    assert.match(fixed, /"retries": "3"/);
    assert.match(fixed, /"InitiationMethod": "INBOUND \| OUTBOUND \| TRANSFER \| CALLBACK"/, 'a placeholder is never fixed without a choice');
    assert.match(fixed, /"initiationMethod": "INBOUND"/, 'a case-only rename is certain');
  });

  test('hover: the member of its format, its rules, and a link to its format\'s page', async () => {
    const uri = 'file:///hover-lambda.contact.json';
    const { text, position } = cursor('{"Details": {"ContactData": {"Chan|nel": "VOICE"}}}');
    await client.open(uri, text);
    const hover = await client.hover(uri, position);
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /^\*\*Channel\*\*: String\n\n/);
    assert.match(value, /- Valid values: `VOICE` \| `CHAT` \| `TASK` \| `EMAIL`/);
    assert.match(value, /\[The Lambda contact flow event in the Amazon Connect Administrator Guide\]\(https:\/\/docs\.aws\.amazon\.com\/connect\/latest\/adminguide\/connect-lambda-functions\.html\)$/);

    const top = cursor('[{"ContactId": "c", "Chan|nel": "VOICE"}]');
    await client.open('file:///hover-top.contact.json', top.text);
    const topHover = (await client.hover('file:///hover-top.contact.json', top.position))?.contents as MarkupContent;
    assert.match(topHover.value, /\n\n_This item is read as a contact record \(CTR\)\._$/, 'a top-level member says which format');

    const record = 'file:///hover-record.contact.json';
    const inRecord = cursor('{"ContactId": "c", "Agent": {"User|name": "a"}}');
    await client.open(record, inRecord.text);
    const recordHover = (await client.hover(record, inRecord.position))?.contents as MarkupContent;
    assert.match(recordHover.value, /^\*\*Username\*\*: /);
    assert.match(recordHover.value, /\(https:\/\/docs\.aws\.amazon\.com\/connect\/latest\/adminguide\/ctr-data-model\.html\)$/);
  });

  test('completion: the members and values of the format the document is', async () => {
    const uri = 'file:///complete-event.contact.json';
    const members = cursor('{"contactId": "c", "queueInfo": {|}}');
    await client.open(uri, members.text);
    const labels = (await client.completion(uri, members.position)).map((item) => item.label);
    assert.ok(labels.includes('queueArn') && labels.includes('enqueueTimestamp'), labels.join(', '));
    assert.ok(!labels.some((label) => /^[A-Z]/.test(label)), 'camelCase members only');

    const values = cursor('{"AWSContactTraceRecordFormatVersion": "2017-03-10", "Channel": "|"}');
    const record = 'file:///complete-record.contact.json';
    await client.open(record, values.text);
    assert.deepEqual((await client.completion(record, values.position)).map((item) => item.label), ['VOICE', 'CHAT', 'TASK', 'EMAIL']);
  });

  test('an array may mix the four formats; each item is read as its own', async () => {
    const text = JSON.stringify([{ Id: 'c', Channel: 'VOICE' }, { Details: { ContactData: { Channel: 'CHAT' } } }, { ContactId: 'c', Channel: 'TASK' }, { contactId: 'c', channel: 'EMAIL' }], null, 2);
    assert.deepEqual(brief(await client.open('file:///mixed.contact.json', text)), []);
    const wrong = text.replace('"Channel": "CHAT"', '"channel": "CHAT"');
    assert.deepEqual(brief(await client.change('file:///mixed.contact.json', wrong)), ['9:9-9:18 unknown-property "channel" is not a member of ContactData. Did you mean "Channel"?']);
  });
});

describe('the outline of a file of records', () => {
  test('items are named by their ContactId (records) or contactId (event details), as contacts by their Id', async () => {
    const client = await LspClient.start();
    try {
      const uri = 'file:///outline.contact.json';
      await client.open(uri, JSON.stringify([{ ContactId: 'record-1' }, { contactId: 'detail-2' }, { Id: 'contact-3' }, { Details: {} }]));
      assert.deepEqual((await client.symbols(uri)).map((symbol) => [symbol.name, symbol.detail]), [['record-1', '[0]'], ['detail-2', '[1]'], ['contact-3', '[2]'], ['[3]', undefined]]);
    } finally {
      await client.stop();
    }
  });
});

describe('contactJson.readAs: files read as one format whatever their content says', () => {
  test('a fixture too partial to show its markers is read as the format its glob names; other files by their content', async () => {
    const client = await LspClient.start({ workspaceFolders: ['file:///ws'], settings: { readAs: { 'fixtures/ctr/**': 'contact-record', 'bogus/**': 'no-such-format' } } });
    try {
      const partial = '{"Channel": "VOICE", "Agent": {"Username": "a"}}';
      assert.deepEqual(brief(await client.open('file:///ws/fixtures/ctr/one.json', partial)), []);
      assert.deepEqual(brief(await client.open('file:///ws/other/one.contact.json', partial)), ['1:22-1:29 unknown-property "Agent" is not a member of Contact.']);
      assert.deepEqual(brief(await client.open('file:///ws/bogus/one.contact.json', partial)).length, 1, 'a format that does not exist is ignored');
      // Read as a record, a Contact's own members are unknown there.
      assert.deepEqual(brief(await client.change('file:///ws/fixtures/ctr/one.json', '{"Id": "c"}')), ['1:2-1:6 unknown-property "Id" is not a member of ContactTraceRecord.']);
      const hover = await client.hover('file:///ws/fixtures/ctr/one.json', { line: 0, character: 3 });
      assert.equal(hover, null);
    } finally {
      await client.stop();
    }
  });
});

describe('inlay hints in a Lambda event', () => {
  test('epoch milliseconds written as digits get their UTC date-time, as epoch seconds do in a Contact', async () => {
    const client = await LspClient.start();
    try {
      const uri = 'file:///hints-lambda.contact.json';
      const text = '{"Details": {"ContactData": {"MediaStreams": {"Customer": {"Audio": {"StartTimestamp": "1716998400123", "StopTimestamp": null}}}}}}';
      await client.open(uri, text);
      const hints = await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } });
      assert.deepEqual(
        hints.map((hint) => [hint.position, hint.label]),
        [[{ line: 0, character: text.indexOf('"1716998400123"') + 15 }, '▸ 2024-05-29 16:00:00.123 UTC']],
      );
    } finally {
      await client.stop();
    }
  });
});
