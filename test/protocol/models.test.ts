import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { LspClient, brief } from './lspClient';

describe('model versions over stdio', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start({ clientCommands: ['contactJson.useModelVersion'] });
  });
  after(async () => {
    await client.stop();
  });

  test('changing contactJson.modelVersion re-validates open documents at once', async () => {
    const uri = 'file:///model.contact.json';
    const text = '{"Channel": "EMAIL", "DisconnectReason": "CUSTOMER_DISCONNECT", "Chanel": 1}';
    assert.deepEqual(brief(await client.open(uri, text)).map((line) => line.split(' ')[1]), ['newer-api', 'newer-api', 'unknown-property']);
    assert.deepEqual(brief(await client.configure({ modelVersion: '2026-08' }, uri)), [
      '1:65-1:73 unknown-property "Chanel" is not a member of Contact. Did you mean "Channel"?',
    ]);
    assert.deepEqual(brief(await client.configure({ modelVersion: '2024-09' }, uri)).map((line) => line.split(' ')[1]), ['newer-api', 'newer-api', 'unknown-property']);
  });

  test('newer-api and too-large messages name the editor\'s settings', async () => {
    const uri = 'file:///words.contact.json';
    assert.deepEqual(brief(await client.open(uri, '{"Recordings": []}')), [
      '1:2-1:14 newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.deepEqual(brief(await client.configure({ maxFileSize: 0.00001 }, uri)), [
      '1:1-1:19 too-large This document has 0.000018 MB of text, more than contactJson.maxFileSize (0.00001 MB): it is not checked. Raise the setting to check it.',
    ]);
    assert.deepEqual(brief(await client.configure({}, uri)).map((line) => line.split(' ')[1]), ['newer-api']);
  });

  test('a newer-api warning offers to validate against the newer model, through the client command', async () => {
    const uri = 'file:///switch.contact.json';
    const { diagnostics } = await client.open(uri, '{"Channel": "EMAIL"}');
    const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics, ['quickfix']);
    assert.deepEqual(actions.map((a) => [a.title, a.command?.command, a.command?.arguments]), [
      ['Validate against the 2026-08 model', 'contactJson.useModelVersion', ['2026-08']],
    ]);
  });

  test('an editor without the command gets no such action', async () => {
    const plain = await LspClient.start();
    try {
      const uri = 'file:///plain.contact.json';
      const { diagnostics } = await plain.open(uri, '{"Channel": "EMAIL"}');
      assert.deepEqual(await plain.codeActions(uri, diagnostics[0].range, diagnostics, ['quickfix']), []);
    } finally {
      await plain.stop();
    }
  });
});
