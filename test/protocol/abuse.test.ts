// A careless or hostile client against `dist/server.js --stdio`. Whatever it sends, the server
// stays up, answers the next ordinary request correctly, and never returns a range outside the
// document it names.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient, SERVER, brief } from './lspClient';

const MISTAKE = '{\n  "Channel": "voice",\n  "Id": "abc"\n}';
const MISTAKE_DIAGNOSTICS = ['2:14-2:21 enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?'];

let probes = 0;
/** The server is up and right: a new document gets its exact diagnostics and hover. */
async function assertAlive(client: LspClient): Promise<void> {
  assert.equal(client.exited, false, 'the server process has ended');
  const uri = `file:///alive-${++probes}.contact.json`;
  assert.deepEqual(brief(await client.open(uri, MISTAKE)), MISTAKE_DIAGNOSTICS);
  const hover = await client.hover(uri, { line: 2, character: 4 });
  assert.deepEqual(hover?.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } });
  await client.close(uri);
}

/** Every position anywhere in `result` lies inside `text`: whole lines, whole characters. */
function assertInside(text: string, result: unknown, what: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  const visit = (value: unknown, path: string) => {
    if (value === null || typeof value !== 'object') return;
    const { line, character } = value as Partial<Position>;
    if (typeof line === 'number' && typeof character === 'number') {
      const ok = Number.isInteger(line) && Number.isInteger(character) && line >= 0 && line < lines.length && character >= 0 && character <= lines[line].length;
      assert.ok(ok, `${what}: ${path} = ${JSON.stringify(value)} lies outside the ${lines.length}-line document`);
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, `${path}.${key}`);
  };
  visit(result, 'result');
}

/** A request's answer, or the JSON-RPC error it got: either is fine, a crash is not. */
async function answer(client: LspClient, method: string, params: unknown): Promise<{ result?: unknown; error?: { code: number; message: string } }> {
  try {
    return { result: await client.request(method, params) };
  } catch (error) {
    return { error: error as { code: number; message: string } };
  }
}

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

describe('a careless client over stdio', () => {
  let root: string;
  let folder: string;
  let client: LspClient;
  const fileUri = (...parts: string[]) => pathToFileURL(join(root, ...parts)).toString();

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'contact-json-abuse-'));
    folder = join(root, 'ws');
    mkdirSync(join(folder, 'inside'), { recursive: true });
    mkdirSync(join(root, 'elsewhere'));
    writeFileSync(join(root, 'outside.contact.json'), '{"Channel": "outside"}');
    writeFileSync(join(root, 'elsewhere', 'secret.contact.json'), '{"Channel": "secret"}');
    symlinkSync(join(root, 'elsewhere'), join(folder, 'linked'));
    // One mistake, so that the scan publishes this file (a clean one gets no message) and a change to it is seen.
    writeFileSync(join(folder, 'inside', 'a.contact.json'), '{"Channel": "VOICE", "TotalPauseCount": -1}');
    client = await LspClient.start({
      workspaceFolders: [pathToFileURL(folder).toString()],
      settings: { files: ['../*.contact.json', '**/*.contact.json', 'linked/*.contact.json'] },
    });
    await client.waitFor(() => (client.progress.includes('end') ? true : undefined));
  });
  after(async () => {
    if (!client.exited) await Promise.race([client.stop(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
    client.kill();
    rmSync(root, { recursive: true, force: true });
  });

  test('the workspace scan reads nothing outside the folder, through .. or a symbolic link', async () => {
    assert.deepEqual(brief(await client.publicationNumber(fileUri('ws', 'inside', 'a.contact.json'), 1)).map((line) => line.split(' ')[1]), ['range']);
    // A file event for a file behind the link, then one for a real file: events are handled in order.
    await client.filesChanged([
      { uri: fileUri('ws', 'linked', 'secret.contact.json'), type: 1 },
      { uri: `${pathToFileURL(folder).toString()}/../outside.contact.json`, type: 1 },
      { uri: fileUri('ws', 'inside', 'a.contact.json'), type: 2 },
    ]);
    await client.publicationNumber(fileUri('ws', 'inside', 'a.contact.json'), 2);
    const leaked = [...client.publishedUris()].filter((uri) => uri.includes('outside') || uri.includes('secret') || uri.includes('..'));
    assert.deepEqual(leaked, []);
    await assertAlive(client);
  });

  test('closing a Windows share (UNC) URI, or any URI vscode-uri rejects, does not end the server', async () => {
    for (const uri of ['file:////server/share/unc.contact.json', 'file:///bad%E0%A4%A.contact.json', 'file:///%', 'not a uri', '']) {
      assert.deepEqual(brief(await client.open(uri, MISTAKE)), MISTAKE_DIAGNOSTICS, uri);
      const cleared = client.nextPublication(uri);
      await client.close(uri);
      assert.deepEqual((await cleared).diagnostics, [], uri);
    }
    await assertAlive(client);
  });

  test('odd URIs work like any other: untitled, virtual, percent-encoded, unicode, 10,000 characters', async () => {
    const uris = [
      'untitled:Untitled-1',
      'vscode-vfs://github/owner/repo/fixtures/a.contact.json',
      `${pathToFileURL(folder).toString()}/a%20b%23c.contact.json`,
      `${pathToFileURL(folder).toString()}/donn%C3%A9es/%D0%BA%D0%BE%D0%BD%D1%82%D0%B0%D0%BA%D1%82.contact.json`,
      `file:///${'x'.repeat(10_000)}.contact.json`,
    ];
    for (const uri of uris) {
      assert.deepEqual(brief(await client.open(uri, MISTAKE)), MISTAKE_DIAGNOSTICS, uri);
      assert.equal((await client.hover(uri, { line: 1, character: 5 }))?.range?.start.character, 2, uri);
      const cleared = client.nextPublication(uri);
      await client.close(uri);
      assert.deepEqual((await cleared).diagnostics, [], `${uri.slice(0, 80)} keeps its problems after closing`);
    }
    await assertAlive(client);
  });

  test('a new, unsaved workspace file loses its problems when closed; so does a renamed one', async () => {
    const unsaved = fileUri('ws', 'inside', 'never-saved.contact.json');
    assert.deepEqual(brief(await client.open(unsaved, MISTAKE)), MISTAKE_DIAGNOSTICS);
    let cleared = client.nextPublication(unsaved);
    await client.close(unsaved);
    assert.deepEqual((await cleared).diagnostics, []);

    const before = fileUri('ws', 'inside', 'before.contact.json');
    const renamed = fileUri('ws', 'inside', 'after.contact.json');
    writeFileSync(join(folder, 'inside', 'before.contact.json'), MISTAKE);
    await client.filesChanged([{ uri: before, type: 1 }]);
    await client.publicationNumber(before, 1);
    assert.deepEqual(brief(await client.open(before, MISTAKE)), MISTAKE_DIAGNOSTICS);
    // The editor renames: the file moves on disk, the old name closes, the new one opens.
    renameSync(join(folder, 'inside', 'before.contact.json'), join(folder, 'inside', 'after.contact.json'));
    cleared = client.nextPublication(before);
    await client.close(before);
    assert.deepEqual(brief(await client.open(renamed, MISTAKE)), MISTAKE_DIAGNOSTICS);
    await client.filesChanged([
      { uri: before, type: 3 },
      { uri: renamed, type: 1 },
    ]);
    assert.deepEqual((await cleared).diagnostics, []);
    const last = client.publications(before).at(-1);
    assert.deepEqual(last?.diagnostics, [], 'the old name keeps problems');
    await client.close(renamed);
    await assertAlive(client);
  });

  test('a repeated or lower version number never brings back the diagnostics of an older text', async () => {
    const uri = 'file:///versions.contact.json';
    const duplicate = '{\n  "Channel": "CHAT",\n  "Channel": "CHAT"\n}';
    const reference = brief(await client.open('file:///versions-reference.contact.json', duplicate));
    assert.deepEqual(reference.map((line) => line.split(' ')[1]), ['duplicate-key']);

    assert.deepEqual(brief(await client.open(uri, MISTAKE)), MISTAKE_DIAGNOSTICS);
    // didOpen again with the same version and another text.
    let next = client.nextPublication(uri);
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'contact-json', version: 1, text: duplicate } });
    assert.deepEqual(brief(await next), reference);
    // didChange that repeats the version, then one that lowers it.
    next = client.nextPublication(uri);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: MISTAKE }] });
    assert.deepEqual(brief(await next), MISTAKE_DIAGNOSTICS);
    next = client.nextPublication(uri);
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 0 }, contentChanges: [{ text: duplicate }] });
    assert.deepEqual(brief(await next), reference);
    await client.close(uri);
    await assertAlive(client);
  });

  /** Applies a change and checks the server's copy of the text against `expected`, through its answers. */
  const assertTextAfterChange = async (change: unknown, expected: string, uri: string, version: number) => {
    const next = client.nextPublication(uri);
    await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    const mirror = `file:///mirror-${version}-${uri.slice(8)}`;
    const reference = await client.open(mirror, expected);
    assert.deepEqual(brief(await next), brief(reference), JSON.stringify(change));
    // Formatting returns edits computed from the server's line table: equal texts give equal edits.
    const edits = await client.request('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    assert.deepEqual(edits, await client.request('textDocument/formatting', { textDocument: { uri: mirror }, options: { tabSize: 2, insertSpaces: true } }));
    for (let line = 0; line <= expected.split('\n').length; line++) {
      const position = { line, character: 3 };
      assert.deepEqual(await client.hover(uri, position), await client.hover(mirror, position), `hover at ${line}:3 after ${JSON.stringify(change)}`);
    }
    await client.close(mirror);
  };

  test('edit ranges past the end, negative or fractional are read as the nearest place in the document', async () => {
    const uri = 'file:///ranges.contact.json';
    await client.open(uri, MISTAKE);
    const tail = ',\n  "Name": "n"';
    // Past the end: the edit lands at the end of the text.
    await assertTextAfterChange({ range: { start: { line: 40, character: 0 }, end: { line: 50, character: 9 } }, text: '\n' }, `${MISTAKE}\n`, uri, 2);
    // Negative: the start of the document.
    await assertTextAfterChange({ range: { start: { line: -3, character: -1 }, end: { line: -1, character: -7 } }, text: ' ' }, ` ${MISTAKE}\n`, uri, 3);
    // Fractional: rounded down, as the integer positions the protocol requires.
    const third = ` ${MISTAKE}\n`.split('\n');
    const fractional = [...third.slice(0, 2), `  "Id": "abc"${tail}`, ...third.slice(3)].join('\n');
    await assertTextAfterChange({ range: { start: { line: 2.7, character: 13.2 }, end: { line: 2.2, character: 13.9 } }, text: tail }, fractional, uri, 4);
    // A character past the end of its line: the end of that line.
    const longLine = fractional.replace('"Name": "n"', '"Name": "n", "Id2": 1');
    await assertTextAfterChange({ range: { start: { line: 3, character: 500 }, end: { line: 3, character: 900 } }, text: ', "Id2": 1' }, longLine, uri, 5);
    await client.close(uri);
    await assertAlive(client);
  });

  test('a change that is not a change (no text, positions that are not numbers) is refused, and the text stays as it was', async () => {
    const uri = 'file:///refused.contact.json';
    const opened = await client.open(uri, MISTAKE);
    for (const change of [{ range: { start: { line: 'x', character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }, { text: 42 }, { range: null, text: 'x' }, null]) {
      await client.notify('textDocument/didChange', { textDocument: { uri, version: 7 }, contentChanges: [change] });
    }
    await client.notify('textDocument/didChange', { textDocument: { uri, version: 8 }, contentChanges: 'nothing' });
    // The text is still MISTAKE: a no-op edit at the start publishes its diagnostics again.
    assert.deepEqual(brief(await client.change(uri, MISTAKE)), brief(opened));
    assert.deepEqual(await client.hover(uri, { line: 2, character: 4 }).then((hover) => hover?.range), { start: { line: 2, character: 2 }, end: { line: 2, character: 6 } });
    await client.close(uri);
    await assertAlive(client);
  });

  test('positions outside the document, for every feature, answer inside it', async () => {
    const uri = 'file:///outside.contact.json';
    await client.open(uri, MISTAKE);
    const textDocument = { uri };
    const positions: unknown[] = [
      { line: 1e9, character: 1e9 },
      { line: 1, character: 1e9 },
      { line: 1.5, character: 4.5 },
      { line: -1, character: -1 },
      { line: 2, character: 0.25 },
    ];
    const wide = { start: { line: -5, character: -5 }, end: { line: 1e9, character: 1e9 } };
    const forged = [{ range: wide, message: 'forged', source: 'contact-json', code: 'enum', data: { fixes: [{ title: 'x', certain: true, offset: 1e9, length: 5, newText: 'x', expected: '' }, { title: 'y', certain: false, offset: -4, length: 1e9, newText: 'y', expected: '' }] } }];
    for (const position of positions) {
      const requests: [string, unknown][] = [
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/selectionRange', { textDocument, positions: [position, { line: 0, character: 0 }] }],
        ['textDocument/inlayHint', { textDocument, range: { start: position, end: { line: 1e9, character: 0 } } }],
        ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: forged } }],
        ['textDocument/codeAction', { textDocument, range: wide, context: { diagnostics: [], only: ['source.fixAll'] } }],
        ['textDocument/rangeFormatting', { textDocument, range: { start: position, end: { line: 1e9, character: 1e9 } }, options: { tabSize: 2, insertSpaces: true } }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/foldingRange', { textDocument }],
      ];
      for (const [method, params] of requests) {
        const { result, error } = await answer(client, method, params);
        if (error === undefined) assertInside(MISTAKE, result, `${method} at ${JSON.stringify(position)}`);
        else assert.equal(error.code, -32602, `${method} at ${JSON.stringify(position)}: ${error.message}`);
      }
    }
    // A fractional position is read as the integer one before it, not echoed back.
    const items = await client.completion(uri, { line: 1.5, character: 15.5 });
    for (const item of items) assertInside(MISTAKE, item.textEdit, 'completion');
    await client.close(uri);
    await assertAlive(client);
  });

  test('requests for unknown and closed documents answer nothing, for every feature', async () => {
    const closed = 'file:///closed.contact.json';
    await client.open(closed, MISTAKE);
    await client.close(closed);
    for (const uri of [closed, 'file:///never-opened.contact.json']) {
      const textDocument = { uri };
      const position = { line: 1e6, character: 3 };
      for (const [method, params] of [
        ['textDocument/completion', { textDocument, position }],
        ['textDocument/hover', { textDocument, position }],
        ['textDocument/selectionRange', { textDocument, positions: [position] }],
        ['textDocument/inlayHint', { textDocument, range: { start: position, end: position } }],
        ['textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } }],
        ['textDocument/formatting', { textDocument, options: { tabSize: 2, insertSpaces: true } }],
        ['textDocument/documentSymbol', { textDocument }],
        ['textDocument/foldingRange', { textDocument }],
      ] as const) {
        assert.deepEqual(await answer(client, method, params), { result: null }, `${method} on ${uri}`);
      }
    }
    await assertAlive(client);
  });

  test('malformed params get a JSON-RPC error, not a crash', async () => {
    const uri = 'file:///malformed.contact.json';
    await client.open(uri, MISTAKE);
    const malformed: [string, unknown][] = [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: null, position: { line: 0, character: 0 } }],
      ['textDocument/hover', { textDocument: { uri: 5 }, position: 'x' }],
      ['textDocument/hover', { textDocument: { uri }, position: { line: 'x', character: 0 } }],
      ['textDocument/hover', { textDocument: { uri } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: null, character: null } }],
      ['textDocument/selectionRange', { textDocument: { uri }, positions: 'x' }],
      ['textDocument/selectionRange', { textDocument: { uri }, positions: [null] }],
      ['textDocument/inlayHint', { textDocument: { uri }, range: null }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: null }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: 'x' } }],
      ['textDocument/formatting', { textDocument: { uri }, options: null }],
      ['textDocument/formatting', { textDocument: { uri }, options: { tabSize: 'wide', insertSpaces: true } }],
      ['textDocument/rangeFormatting', { textDocument: { uri }, range: 'x', options: { tabSize: 2, insertSpaces: true } }],
    ];
    for (const [method, params] of malformed) {
      const { error } = await answer(client, method, params);
      assert.equal(error?.code, -32602, `${method} ${JSON.stringify(params)}`);
      assert.equal(client.exited, false);
    }
    await client.close(uri);
    await assertAlive(client);
  });

  test('didOpen without a usable uri, text or version is refused: nothing published for it', async () => {
    for (const textDocument of [
      { uri: null, languageId: 'contact-json', version: 1, text: MISTAKE },
      { uri: 42, languageId: 'contact-json', version: 1, text: MISTAKE },
      { uri: 'file:///no-text.contact.json', languageId: 'contact-json', version: 1, text: null },
      { uri: 'file:///no-version.contact.json', languageId: 'contact-json', version: 'one', text: MISTAKE },
    ]) {
      await client.notify('textDocument/didOpen', { textDocument });
    }
    await assertAlive(client);
    for (const uri of ['null', '42', 'file:///no-text.contact.json', 'file:///no-version.contact.json']) {
      assert.deepEqual(client.publications(uri), [], uri);
    }
    assert.deepEqual(client.publications(null as unknown as string), []);
  });

  test('formatting with absurd indentation answers at once, indented as an editor would allow', async () => {
    const uri = 'file:///format.contact.json';
    await client.open(uri, '{"Channel":"VOICE"}');
    const started = Date.now();
    const edits = await client.format(uri, 1e8, true);
    assert.ok(Date.now() - started < 5_000);
    const indent = edits.map((edit) => edit.newText).find((text) => text.startsWith('\n'));
    assert.equal(indent, `\n${' '.repeat(100)}`);
    const smallest = await client.format(uri, -4, true);
    assert.equal(smallest.map((edit) => edit.newText).find((text) => text.startsWith('\n')), '\n ');
    await client.close(uri);
    await assertAlive(client);
  });

  test('hostile settings and unknown commands leave the defaults and the server up', async () => {
    const uri = 'file:///settings.contact.json';
    await client.open(uri, MISTAKE);
    for (const settings of [
      null,
      'yes',
      { rules: { __proto__: { enum: 'off' }, constructor: 'off', enum: 'loud' }, maxFileSize: -1, files: 'x', exclude: [1, null], modelVersion: {}, validate: { enable: 'no' } },
      { maxFileSize: Number.MAX_VALUE, inlayHints: null, workspace: 7 },
    ]) {
      const next = client.nextPublication(uri);
      await client.notify('workspace/didChangeConfiguration', { settings: { contactJson: settings } });
      assert.deepEqual(brief(await next), MISTAKE_DIAGNOSTICS, JSON.stringify(settings));
    }
    const command = await answer(client, 'workspace/executeCommand', { command: 'rm -rf /', arguments: [{ __proto__: null }] });
    assert.ok(command.error !== undefined);
    const unknown = await answer(client, 'contactJson/unknown', { x: 1 });
    assert.equal(unknown.error?.code, -32601);
    await client.notify('contactJson/unknownNotification', null);
    await client.notify('$/cancelRequest', { id: 'nope' });
    await client.close(uri);
    await assertAlive(client);
  });

  test('1,000 documents opened and closed: every one cleared, memory back where it was', async () => {
    const text = MISTAKE.replace('"abc"', `"${'x'.repeat(2_000)}"`);
    const round = async (from: number) => {
      const cleared: Promise<PublishDiagnosticsParams>[] = [];
      for (let index = from; index < from + 500; index++) {
        const uri = `file:///many/${index}.contact.json`;
        await client.open(uri, text);
        cleared.push(client.nextPublication(uri));
        await client.close(uri);
      }
      for (const publication of await Promise.all(cleared)) assert.deepEqual(publication.diagnostics, []);
    };
    await round(0); // warm: the first round grows the heap to its working size
    const before = rss(client.pid);
    await round(500);
    const grown = rss(client.pid) - before;
    console.log(`RSS after 500 more documents opened and closed: ${grown >= 0 ? '+' : ''}${grown.toFixed(1)} MB`);
    assert.ok(grown < 15, `RSS grew by ${grown.toFixed(1)} MB`);
    await assertAlive(client);
  });
});

describe('shutdown and exit', () => {
  test('exit after shutdown ends with code 0', async (t) => {
    const client = await LspClient.start();
    t.after(() => client.kill()); // even when an assertion fails first
    await assertAlive(client);
    await client.request('shutdown', null);
    assert.equal(await client.exitWithoutShutdown(), 0);
  });

  test('exit without shutdown ends with code 1, as the protocol says', async () => {
    const client = await LspClient.start();
    assert.equal(await client.exitWithoutShutdown(), 1);
  });
});

describe('the stream itself', () => {
  const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  const initialize = frame(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));

  test('a frame with a broken header or a body that is not JSON is dropped; the next frame is answered', async (t) => {
    for (const broken of ['Content-Length: abc\r\n\r\n', 'no header at all\r\n\r\n', frame('{not json}'), frame('[1, 2]')]) {
      const server = spawn(process.execPath, [SERVER, '--stdio']);
      t.after(() => server.kill()); // even when an assertion fails first
      let out = '';
      server.stdout.on('data', (chunk) => (out += String(chunk)));
      server.stdin.write(broken + initialize);
      // The reader (vscode-jsonrpc's) drops the broken frame and reads on when the next data
      // arrives: a client that sends anything more (here a notification) gets its answer.
      const nudge = frame(JSON.stringify({ jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 0 } }));
      const deadline = Date.now() + 10_000;
      while (!out.includes('"id":7') && Date.now() < deadline) {
        server.stdin.write(nudge);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.match(out, /"id":7,"result":\{"capabilities"/, JSON.stringify(broken));
      assert.equal(server.exitCode, null);
    }
  });

  test('started without a transport, the server prints one line of usage and exits with 2', () => {
    const result = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stdout, '');
    assert.equal(result.stderr, 'contact-json language server: start it from an editor, with --stdio, --node-ipc, --socket=PORT or --pipe=NAME\n');
  });
});
