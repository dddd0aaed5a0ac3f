// What other editors than VS Code do differently, and what the server must do for them.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LspClient, brief } from './lspClient';

describe('other editors over stdio', () => {
  test('settings given at start stand when the editor has no contactJson section to pull', async () => {
    const client = await LspClient.start({ settings: { rules: { enum: 'off' } }, configuration: null });
    try {
      await client.waitFor(() => (client.configurationRequests > 0 ? true : undefined));
      await client.hover('file:///none.contact.json', { line: 0, character: 0 }); // the answer to the pull is handled by now
      const result = await client.open('file:///pulled.contact.json', '{"Channel": "voice", "Id": ""}');
      assert.deepEqual(brief(result).map((line) => line.split(' ')[1]), ['length']);
    } finally {
      await client.stop();
    }
  });

  test('editors that can watch files are asked to, for workspace validation', async () => {
    const client = await LspClient.start({ watchRegistration: true, workspaceFolders: ['file:///nonexistent-folder'] });
    try {
      await client.waitFor(() => (client.registrations.length > 0 ? true : undefined));
      assert.deepEqual(client.registrations, ['workspace/didChangeWatchedFiles']);
    } finally {
      await client.stop();
    }
  });

  test('the light bulb (no kind asked) gets quick fixes, not the whole-document fix-all', async () => {
    const client = await LspClient.start();
    try {
      const uri = 'file:///bulb.contact.json';
      const { diagnostics } = await client.open(uri, '{"Channel": "voice"}');
      const actions = await client.codeActions(uri, diagnostics[0].range, diagnostics);
      assert.deepEqual(actions.map((action) => action.kind), ['quickfix']);
      const onSave = await client.codeActions(uri, diagnostics[0].range, [], ['source.fixAll']);
      assert.deepEqual(onSave.map((action) => action.kind), ['source.fixAll.contact-json']);
    } finally {
      await client.stop();
    }
  });
});
