// Regressions from a code review: each test pins a bug that was found and fixed.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { nodeRuntime } from '../../server/src/node/runtime';
import { timestampInstant } from '../../server/src/service/reading/timestamps';
import { documentOf, service } from './helpers';

describe('review regressions', () => {
  test('a quick fix made for an older version of the text is not applied to the new one', () => {
    const old = documentOf('{"Channel": "voice"}');
    const diagnostics = service.doValidation(old, service.parse(old));
    assert.equal(service.getCodeActions(old, diagnostics).length, 1);
    const edited = documentOf('{"Id": "x", "Channel": "voice"}');
    assert.deepEqual(service.getCodeActions(edited, diagnostics), []);
  });

  test('no rename onto a member that is already there (it would make a duplicate key): remove, or take its value', () => {
    const document = documentOf('{"Channel": "VOICE", "channel": "CHAT"}');
    const diagnostics = service.doValidation(document, service.parse(document));
    assert.deepEqual(diagnostics.map((d) => d.code), ['unknown-property']);
    const results = service.getCodeActions(document, diagnostics).map((action) => [action.title, action.isPreferred, TextDocument.applyEdits(document, action.edit?.changes?.[document.uri] ?? [])]);
    assert.deepEqual(results, [
      ['Remove "channel", keeping the value of "Channel"', false, '{"Channel": "VOICE"}'],
      ['Replace the value of "Channel" with that of "channel", removing "channel"', false, '{"Channel": "CHAT"}'],
    ]);
    assert.deepEqual(service.getFixAllEdits(document), []);
  });

  test('the same value beside: certain only when the JSON values are equal, and never for integers beyond 2^53', () => {
    const titles = (text: string) => {
      const document = documentOf(text);
      return service.getCodeActions(document, service.doValidation(document, service.parse(document))).map((action) => `${action.title}${action.isPreferred === true ? ' (preferred)' : ''}`);
    };
    assert.deepEqual(titles('{"Tags": {"a": "1", "b": [1, {"c": null}]}, "Tag": {"b": [1, {"c": null}], "a": "1"}}'), ['Remove "Tag": "Tags" has the same value (preferred)']);
    assert.deepEqual(titles('{"Tags": {"a": "1"}, "Tag": {"a": "1", "b": "2"}}')[0], 'Remove "Tag", keeping the value of "Tags"');
    assert.deepEqual(titles('{"Tags": {"a": "1"}, "Tag": {"a": 1}}')[0], 'Remove "Tag", keeping the value of "Tags"', '"1" is not 1');
    assert.deepEqual(titles('{"Name": "a", "name": ["a"]}')[0], 'Remove "name", keeping the value of "Name"');
    // Both literals round to the same double: not the same value.
    assert.deepEqual(titles('{"QueuePriority": 9223372036854775807, "QueuPriority": 9223372036854775806}')[0], 'Remove "QueuPriority", keeping the value of "QueuePriority"');
    assert.deepEqual(titles('{"TotalPauseCount": 1e400, "TotalPauseCont": 2e400}').at(-2), 'Remove "TotalPauseCont", keeping the value of "TotalPauseCount"');
    assert.deepEqual(titles('{"QueuePriority": 5, "QueuPriority": 5e0}'), ['Remove "QueuPriority": "QueuePriority" has the same value (preferred)']);
  });

  test('fix-all does nothing on a document over the size limit, and reuses given diagnostics', () => {
    const large = documentOf(JSON.stringify(Array.from({ length: 2000 }, () => ({ Channel: 'voice' }))));
    assert.deepEqual(service.getFixAllEdits(large, { maxLength: 1000 }), []);
    const small = documentOf('{"Channel": "voice"}');
    assert.deepEqual(service.getFixAllEdits(small, {}, []), [], 'given no diagnostics, the first pass fixes nothing');
    assert.equal(service.getFixAllEdits(small).length, 1);
  });

  test('fix-all stays fast with thousands of fixes', () => {
    const document = documentOf(JSON.stringify(Array.from({ length: 3000 }, () => ({ Channel: 'voice' }))));
    const start = performance.now();
    const [edit] = service.getFixAllEdits(document);
    assert.ok(edit.newText.includes('"VOICE"'));
    assert.ok(performance.now() - start < 5000, `took ${performance.now() - start} ms`);
  });

  test('impossible dates are not instants (no timestamp-order noise, no hover on March 1st)', () => {
    assert.equal(timestampInstant('2024-02-30T00:00:00Z'), undefined);
    assert.equal(timestampInstant('2023-02-29 10:00:00+02:00'), undefined);
    assert.equal(timestampInstant('2024-02-29T23:30:00-02:00'), Date.UTC(2024, 2, 1, 1, 30));
    const document = documentOf('{"InitiationTimestamp": "2024-03-02T00:00:00Z", "DisconnectTimestamp": "2024-02-30T00:00:00Z"}');
    assert.deepEqual(service.doValidation(document, service.parse(document)).map((d) => d.code), ['timestamp']);
  });

  test('the outline selects the whole key token, escapes included', () => {
    const document = documentOf('{"a\\u0062c": 1}');
    const [symbol] = service.getDocumentSymbols(document);
    assert.equal(symbol.name, 'abc');
    assert.deepEqual(symbol.selectionRange, { start: { line: 0, character: 1 }, end: { line: 0, character: 11 } });
  });

  test('the file-system runtime reads no symbolic link, and spells URIs as VS Code does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'contact json (1)-'));
    try {
      writeFileSync(join(folder, 'a+b.contact.json'), '{}');
      writeFileSync(join(folder, 'secret.txt'), 'secret');
      symlinkSync(join(folder, 'secret.txt'), join(folder, 'link.contact.json'));
      const uris = await nodeRuntime.findFiles(URI.file(folder).toString(), { files: ['**/*.contact.json'], exclude: [] });
      assert.deepEqual(uris, [URI.file(join(folder, 'a+b.contact.json')).toString()]);
      assert.match(uris[0], /contact%20json%20%281%29-.*\/a%2Bb\.contact\.json$/);
      await assert.rejects(nodeRuntime.readFile(URI.file(join(folder, 'link.contact.json')).toString()), /symbolic link/);
      assert.equal(await nodeRuntime.readFile(uris[0]), '{}');
    } finally {
      // rmSync removes the link, not the file it points to (which is in the same folder anyway).
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
