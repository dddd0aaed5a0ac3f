/// <reference types="mocha" />
// Runs inside VS Code's extension host: the real extension, client, server and workbench, checked
// only through the `vscode` API. The workspace is a copy of examples/ (see ../../vscode.test.ts).
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { briefs, diagnosticsWhen } from '../../editorDiagnostics';
import { FORMAT_MISTAKES, MISTAKES } from '../../expected';

const EXTENSION_ID = 'contact-json.contact-json';

const workspaceFile = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);

async function writeFile(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

function markdown(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n---\n');
}

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<{ labels: string[]; items: vscode.CompletionItem[] }> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  const items = list.items;
  return { labels: items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label)), items };
}

describe('Contact JSON in VS Code', () => {
  const mistakes = workspaceFile('mistakes.contact.json');
  const valid = workspaceFile('valid.contact.json');

  before(async () => {
    console.log(`VS Code ${vscode.version}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? 'none'}`);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens *.contact.json as contact-json and activates the extension from the expected place', async () => {
    const document = await vscode.workspace.openTextDocument(mistakes);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'contact-json');

    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    await diagnosticsWhen(mistakes, (d) => d.length > 0, 'the first diagnostics'); // the client is up
    assert.equal(extension.isActive, true);

    const expected = process.env.CONTACT_JSON_E2E_EXTENSION_PATH;
    if (expected) {
      const installed = process.env.CONTACT_JSON_E2E_FROM_VSIX === '1';
      console.log(`      extension loaded from ${extension.extensionPath}`);
      if (installed) {
        // Installed from the .vsix: in the extensions folder, as <publisher>.<name>-<version>.
        assert.equal(extension.extensionPath, `${expected}/${EXTENSION_ID}-${extension.packageJSON.version}`);
      } else assert.equal(extension.extensionPath, expected);
    }
  });

  it('runs in the workspace trust state it was given', async () => {
    const untrusted = process.env.CONTACT_JSON_E2E_UNTRUSTED === '1';
    console.log(`      workspace trusted: ${vscode.workspace.isTrusted}`);
    assert.equal(vscode.workspace.isTrusted, !untrusted);
  });

  it('shows every mistake of examples/mistakes.contact.json with its code, range and message', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(mistakes));
    const diagnostics = await diagnosticsWhen(mistakes, (d) => d.length > 0, 'diagnostics');
    assert.deepEqual(briefs(mistakes), MISTAKES);
    for (const diagnostic of diagnostics) {
      assert.equal(diagnostic.source, 'contact-json');
      assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    }
  });

  it('reads every contact format: examples/format-mistakes.contact.json, each item as its own', async () => {
    const formats = workspaceFile('format-mistakes.contact.json');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(formats));
    await diagnosticsWhen(formats, (d) => d.length === FORMAT_MISTAKES.length, 'the diagnostics of every format');
    assert.deepEqual(briefs(formats), FORMAT_MISTAKES);
  });

  it('shows nothing for examples/valid.contact.json', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(valid));
    // The server answers documents in the order they open: once a later one has its
    // diagnostics, the valid one's (empty) diagnostics have been published too.
    const later = await writeFile('later.contact.json', '{"Channel": 1}');
    await vscode.workspace.openTextDocument(later);
    await diagnosticsWhen(later, (d) => d.length === 1, 'the later document');
    assert.deepEqual(briefs(valid), []);
  });

  it('diagnostics follow edits: a mistake typed in appears, and goes when undone', async () => {
    const uri = await writeFile('edit.contact.json', '{\n  "Channel": "VOICE"\n}\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.length === 0, 'no diagnostics');
    await editor.edit((edit) => edit.replace(new vscode.Range(1, 14, 1, 19), 'voice'));
    await diagnosticsWhen(uri, (d) => d.length === 1, 'the new mistake');
    assert.deepEqual(briefs(uri), ['2:14-2:21 enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?']);
    await vscode.commands.executeCommand('undo');
    await diagnosticsWhen(uri, (d) => d.length === 0, 'the mistake to go');
    assert.equal(editor.document.getText(), '{\n  "Channel": "VOICE"\n}\n');
  });

  it('a value Amazon Connect added later is a newer-api warning (the newer model, a file of its own, is loaded)', async () => {
    const uri = await writeFile('newer.contact.json', '{\n  "Channel": "EMAIL"\n}\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.length === 1, 'the newer-api warning');
    assert.deepEqual(briefs(uri), [
      '2:14-2:21 newer-api "EMAIL", a value of Channel, was added to Amazon Connect on 2024-11-22; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
  });

  it('hovers on a key and on an enum value', async () => {
    const document = await vscode.workspace.openTextDocument(valid);
    const line = document.getText().split('\n').findIndex((text) => text.includes('"QueuePriority"'));
    const keyHover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', valid, new vscode.Position(line, 6));
    const text = markdown(keyHover);
    assert.ok(text.startsWith('**QueuePriority**: Long\n\nAn integer that represents the queue priority'), text);
    assert.ok(text.includes('- Range: 1 to 9223372036854775807\n- Cannot be set together with `QueueTimeAdjustmentSeconds`'), text);
    assert.ok(text.endsWith('[Contact in the Amazon Connect API Reference](https://docs.aws.amazon.com/connect/latest/APIReference/API_Contact.html)'), text);
    assert.deepEqual(keyHover[0].range, new vscode.Range(line, 2, line, 17));

    const channel = document.getText().split('\n').findIndex((text) => text.includes('"Channel": "VOICE"'));
    const valueHover = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', valid, new vscode.Position(channel, 16));
    assert.equal(markdown(valueHover), '`VOICE`: a valid value of **Channel**.\n\n- Valid values: `VOICE` | `CHAT` | `TASK`');
  });

  it('completes the keys not yet present, with a snippet of the valid values', async () => {
    const uri = await writeFile('keys.contact.json', '{\n  "Channel": "VOICE",\n  \n}\n');
    await vscode.workspace.openTextDocument(uri);
    const { labels, items } = await completionLabels(uri, new vscode.Position(2, 2));
    assert.equal(labels.length, 31, labels.join(', '));
    assert.ok(!labels.includes('Channel'), 'a key already present is not offered');
    for (const key of ['Id', 'InitiationMethod', 'QueuePriority', 'QueueTimeAdjustmentSeconds', 'Tags']) assert.ok(labels.includes(key), key);
    const method = items.find((item) => item.label === 'InitiationMethod')!;
    assert.equal(method.detail, 'String');
    assert.equal(method.kind, vscode.CompletionItemKind.Property);
    assert.equal(
      (method.insertText as vscode.SnippetString).value,
      '"InitiationMethod": "${1|INBOUND,OUTBOUND,TRANSFER,QUEUE_TRANSFER,CALLBACK,API,DISCONNECT,MONITOR,EXTERNAL_OUTBOUND|}"',
    );
  });

  it('completes the valid values of an enum', async () => {
    const uri = await writeFile('values.contact.json', '{"Channel": ""}\n');
    await vscode.workspace.openTextDocument(uri);
    const { labels } = await completionLabels(uri, new vscode.Position(0, 13));
    assert.deepEqual(labels.sort(), ['CHAT', 'TASK', 'VOICE']); // VS Code sorts them
  });

  it('loads the language configuration: typing { and " closes them', async () => {
    const uri = await writeFile('typing.contact.json', '');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('type', { text: '{' });
    await vscode.commands.executeCommand('type', { text: '"' });
    assert.equal(editor.document.getText(), '{""}');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('checks contact files that are not open (workspace validation), as they appear on disk', async () => {
    const unopened = await writeFile('unopened.contact.json', '{"TotalPauseCount": 11}');
    await diagnosticsWhen(unopened, (d) => d.length === 1, 'diagnostics of a file never opened');
    assert.deepEqual(briefs(unopened), ['1:21-1:23 range TotalPauseCount must be at most 10; it is 11.']);
    await vscode.workspace.fs.delete(unopened);
    await diagnosticsWhen(unopened, (d) => d.length === 0, 'the diagnostics of a deleted file to go');
  });

  it('a .json file matching contactJson.files opens as Contact JSON', async () => {
    const settings = () => vscode.workspace.getConfiguration('contactJson');
    try {
      await settings().update('files', ['**/*.contact.json', 'fixtures/*.json'], vscode.ConfigurationTarget.Global);
      const uri = await writeFile('fixtures/plain.json', '{"Channel": "voice"}');
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      await diagnosticsWhen(uri, (d) => d.length === 1, 'the diagnostics of a matched .json file');
      assert.equal((await vscode.workspace.openTextDocument(uri)).languageId, 'contact-json');
    } finally {
      await settings().update('files', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('restarts the server when its process dies, and diagnostics come back', async function () {
    if (process.platform === 'win32') this.skip();
    const { execSync } = await import('node:child_process');
    // The client starts the server with --clientProcessId=<this extension host>.
    const serverPids = () =>
      execSync('ps -eo pid=,args=', { encoding: 'utf8' })
        .split('\n')
        .filter((line) => line.includes('server.js') && line.includes(`--clientProcessId=${process.pid}`))
        .map((line) => Number(line.trim().split(/\s+/)[0]));
    const uri = await writeFile('restart.contact.json', '{\n  "Channel": "VOICE"\n}\n');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsWhen(uri, (d) => d.length === 0, 'no diagnostics');
    const [before] = serverPids();
    assert.ok(before, 'the server process was not found');
    process.kill(before, 'SIGKILL');
    // Only a running server can report a mistake made after the kill.
    await editor.edit((edit) => edit.replace(new vscode.Range(1, 14, 1, 19), 'voice'));
    await diagnosticsWhen(uri, (d) => d.length === 1, 'the diagnostics of a restarted server');
    const after = serverPids();
    assert.equal(after.length, 1, JSON.stringify(after));
    assert.notEqual(after[0], before);
  });

  it('turning contactJson.validate.enable off clears the diagnostics, and on brings them back', async () => {
    await vscode.workspace.openTextDocument(mistakes);
    await diagnosticsWhen(mistakes, (d) => d.length === MISTAKES.length, 'all diagnostics');
    const settings = () => vscode.workspace.getConfiguration('contactJson');
    try {
      await settings().update('validate.enable', false, vscode.ConfigurationTarget.Global);
      await diagnosticsWhen(mistakes, (d) => d.length === 0, 'the diagnostics to clear');
    } finally {
      await settings().update('validate.enable', undefined, vscode.ConfigurationTarget.Global);
    }
    await diagnosticsWhen(mistakes, (d) => d.length === MISTAKES.length, 'the diagnostics to come back');
    assert.deepEqual(briefs(mistakes), MISTAKES);
  });
});
