import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { MISTAKES } from '../e2e/expected';
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
    assert.deepEqual(brief(result), MISTAKES);
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
