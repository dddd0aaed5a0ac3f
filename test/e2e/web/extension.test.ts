/// <reference types="mocha" />
// Runs inside VS Code for the Web: the extension host is a web worker, the extension was loaded
// through package.json's `browser` entry, its server runs in another worker. The workspace is the
// virtual file system `vscode-test-web://mount/`, a copy of examples/ (see run.ts). Everything is
// checked through the `vscode` API; every wait is on an event and bounded.
import * as vscode from 'vscode';
import { briefs, diagnosticsWhen } from '../editorDiagnostics';
import { FORMAT_MISTAKES, MISTAKES } from '../expected';
import { FIXTURES } from './fixtures';

const EXTENSION_ID = 'contact-json.contact-json';

const workspaceFile = (name: string) => vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);

/** node:assert is not there in a browser: the three checks the suite needs. */
const assert: {
  ok(value: unknown, message?: string): asserts value;
  equal(actual: unknown, expected: unknown, message?: string): void;
  deepEqual(actual: unknown, expected: unknown, message?: string): void;
} = {
  ok(value: unknown, message = 'expected a truthy value'): asserts value {
    if (!value) throw new Error(message);
  },
  equal(actual: unknown, expected: unknown, message?: string): void {
    if (actual !== expected) throw new Error(message ?? `expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  },
  deepEqual(actual: unknown, expected: unknown, message?: string): void {
    if (JSON.stringify(actual) === JSON.stringify(expected)) return;
    // Lists (of diagnostics, mostly): only the entries that differ, - expected + actual.
    const lines = (value: unknown) => (Array.isArray(value) ? value : [value]).map((item) => JSON.stringify(item));
    const [a, e] = [lines(actual), lines(expected)];
    const diff = Array.from({ length: Math.max(a.length, e.length) }, (_, i) => (a[i] === e[i] ? [] : [`- ${e[i] ?? '(none)'}`, `+ ${a[i] ?? '(none)'}`])).flat();
    throw new Error(`${message ?? 'not deeply equal'} (- expected, + actual)\n${diff.join('\n')}`);
  },
};

/** Opens one of the fixtures (written into the workspace by run.ts) and checks its text. */
async function openFixture(name: keyof typeof FIXTURES): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  assert.equal(document.getText(), FIXTURES[name], `${name} is not the fixture`);
  return document;
}

function markdown(hovers: vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n---\n');
}

const lineOf = (document: vscode.TextDocument, text: string) => document.getText().split('\n').findIndex((line) => line.includes(text));

describe('Contact JSON in VS Code for the Web', () => {
  const mistakes = workspaceFile('mistakes.contact.json');
  const valid = workspaceFile('valid.contact.json');

  before(() => {
    console.log(`VS Code ${vscode.version}, ui ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, workspace ${vscode.workspace.workspaceFolders?.[0].uri.toString()}`);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('runs in the web, on a virtual workspace, with the extension activated through its browser entry', async () => {
    assert.equal(vscode.env.uiKind, vscode.UIKind.Web, 'vscode.env.uiKind is not Web');
    assert.equal(mistakes.scheme, 'vscode-test-web');
    // The extension host of the web is a web worker: no Node (no process, no require of fs).
    assert.equal(typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope, 'function', 'the extension host is not a web worker');
    assert.equal(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node, 'undefined', 'Node is present');

    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not loaded`);
    assert.equal(extension.packageJSON.browser, './dist/browser/extension.js');
    // A development extension in the web is served over http(s) by the test server.
    assert.ok(/^https?$/.test(extension.extensionUri.scheme), `extension served from ${extension.extensionUri.toString()}`);

    const document = await vscode.workspace.openTextDocument(mistakes);
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'contact-json');
    await diagnosticsWhen(mistakes, (d) => d.length > 0, 'the first diagnostics'); // the client and its worker are up
    assert.equal(extension.isActive, true);
    console.log(`      extension at ${extension.extensionUri.toString()}, entry ${extension.packageJSON.browser}`);
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
    const later = await openFixture('later.contact.json');
    await diagnosticsWhen(later.uri, (d) => d.length === 1, 'the later document');
    assert.deepEqual(briefs(valid), []);
  });

  it('hovers on an enum value with the valid values', async () => {
    const document = await vscode.workspace.openTextDocument(valid);
    const line = lineOf(document, '"Channel": "VOICE"');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', valid, new vscode.Position(line, 16));
    assert.equal(markdown(hovers), '`VOICE`: a valid value of **Channel**.\n\n- Valid values: `VOICE` | `CHAT` | `TASK`');
  });

  it('completes the valid values of Channel', async () => {
    const document = await openFixture('values.contact.json');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 13));
    const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.deepEqual(labels.sort(), ['CHAT', 'TASK', 'VOICE']);
  });

  it('applies a quick fix: "voice" becomes "VOICE" and the diagnostic goes', async () => {
    const document = await openFixture('fix.contact.json');
    const [diagnostic] = await diagnosticsWhen(document.uri, (d) => d.length === 1, 'the enum diagnostic');
    assert.deepEqual(briefs(document.uri), ['2:14-2:21 enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?']);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((candidate) => candidate.title === 'Change to "VOICE"');
    assert.ok(action?.edit, `no "Change to "VOICE"" among ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.equal(action.isPreferred, true);
    assert.equal(await vscode.workspace.applyEdit(action.edit), true, 'the edit was not applied');
    assert.equal(document.getText(), '{\n  "Channel": "VOICE"\n}\n');
    await diagnosticsWhen(document.uri, (d) => d.length === 0, 'the diagnostic to go');
  });

  it('outline, timestamp inlay hints, formatting and fix-all work too', async () => {
    const document = await openFixture('aids.contact.json');
    await diagnosticsWhen(document.uri, (d) => d.length === 1, 'the enum diagnostic');
    type Symbol = vscode.DocumentSymbol | vscode.SymbolInformation;
    const symbols = await vscode.commands.executeCommand<Symbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const shape = (list: Symbol[]): unknown => list.map((s) => ('children' in s && s.children.length > 0 ? [s.name, shape(s.children)] : s.name));
    assert.deepEqual(shape(symbols), ['Id', 'InitiationTimestamp', 'Channel', ['QueueInfo', ['Id']]]);

    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
    assert.deepEqual(
      hints.map((hint) => [hint.position.line, hint.position.character, typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('')]),
      [[0, 44, '▸ 2024-05-01 10:12:31 UTC']],
    );

    const formatting = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, { tabSize: 2, insertSpaces: true });
    const formatted = new vscode.WorkspaceEdit();
    formatted.set(document.uri, formatting);
    assert.equal(await vscode.workspace.applyEdit(formatted), true, 'the formatting was not applied');
    assert.equal(document.getText(), JSON.stringify(JSON.parse(FIXTURES['aids.contact.json']), null, 2));

    const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.contact-json');
    assert.deepEqual(fixAll.map((action) => action.title), ['Fix all auto-fixable problems']);
    assert.equal(await vscode.workspace.applyEdit(fixAll[0].edit!), true, 'fix-all was not applied');
    assert.ok(document.getText().includes('"Channel": "VOICE"'), document.getText());
    await diagnosticsWhen(document.uri, (d) => d.length === 0, 'no diagnostics after fix-all');
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

  it('"Validate against the 2026-08 model" sets contactJson.modelVersion, and EMAIL is then no longer a newer-api warning', async () => {
    const document = await openFixture('email.contact.json');
    const [warning] = await diagnosticsWhen(document.uri, (d) => d.length === 1, 'the newer-api warning');
    assert.deepEqual(briefs(document.uri), [
      '1:13-1:20 newer-api "EMAIL", a value of Channel, was added to Amazon Connect on 2024-11-22; it is not part of the 2024-09 Contact model this workspace validates against. Set contactJson.modelVersion to 2026-08 to validate it.',
    ]);
    assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
    // The quick fix runs the client's command, which writes the setting the server then reads.
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, warning.range, vscode.CodeActionKind.QuickFix.value);
    const action = actions.find((candidate) => candidate.title === 'Validate against the 2026-08 model');
    assert.ok(action?.command, `no "Validate against the 2026-08 model" among ${JSON.stringify(actions.map((a) => a.title))}`);
    try {
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      assert.equal(vscode.workspace.getConfiguration('contactJson').get('modelVersion'), '2026-08');
      await diagnosticsWhen(document.uri, (d) => d.length === 0, 'the warning to go under 2026-08');
    } finally {
      await vscode.workspace.getConfiguration('contactJson').update('modelVersion', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(document.uri, (d) => d.length === 1, 'the warning to come back under 2024-09');
  });

  it('checks open documents only: a contact file never opened has no diagnostics (no workspace validation in the browser)', async () => {
    // Every test before this one has had its diagnostics: the server has long been up.
    const later = await openFixture('later.contact.json');
    await diagnosticsWhen(later.uri, (d) => d.length === 1, 'the later document');
    assert.deepEqual(briefs(workspaceFile('unopened.contact.json')), []);
  });
});
