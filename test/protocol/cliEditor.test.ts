// The command line and the editor must say the same about the same files: one tree, checked by
// `dist/cli.js --format json` and by `dist/server.js` over stdio (its workspace scan, and each file
// opened as an editor opens it). Same codes, severities, ranges and messages; only the words that
// name a setting differ by design (a CI log names the option, the Problems panel the setting).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { cliWords } from '../../server/src/cli/config';
import { MODEL_VERSIONS } from '../../server/src/models';
import { NEUTRAL_WORDS, type SettingWords } from '../../server/src/service/languageService';
import { EDITOR_WORDS } from '../../server/src/settings';
import { cli, tree } from '../cli/cli';
import { LspClient } from './lspClient';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** A contact of an array, with a mistake in every tenth: the array is long enough to be read in batches (over 64 KB). */
function arrayItem(i: number): Record<string, unknown> {
  return {
    Id: `c-${i}`,
    Arn: `arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d-1111-2222-3333-444455556666/contact/c-${i}`,
    Channel: i % 10 === 3 ? 'voice' : 'CHAT',
    InitiationMethod: 'API',
    InitiationTimestamp: '2024-05-29T16:00:00Z',
    DisconnectTimestamp: i % 10 === 7 ? '2024-05-29T15:00:00Z' : '2024-05-29T16:10:00Z',
    Tags: { team: 'billing', 'cost-center': `${4400 + i}` },
  };
}

/** Every example (every format, valid and not), and the mistakes a reader of text can make. */
function files(): Record<string, string> {
  const found: Record<string, string> = {};
  for (const name of readdirSync(EXAMPLES).filter((name) => name.endsWith('.contact.json'))) found[`examples/${name}`] = readFileSync(join(EXAMPLES, name), 'utf8');
  return {
    ...found,
    'text/duplicate.contact.json': '{\n  "Id": "a",\n  "Channel": "VOICE",\n  "Id": "b"\n}\n',
    'text/bom.contact.json': '\uFEFF{\n  "Channel": "voice"\n}\n',
    'text/crlf.contact.json': '{\r\n  "Channel": "voice",\r\n  "TotalPauseCount": 11\r\n}\r\n',
    'text/unicode.contact.json': '{\n  "Name": "données 😀 ✓", "Channel": "vöice", "Description": 7\n}\n',
    'text/syntax.contact.json': '{\n  "Channel": "VOICE",,\n  "Id": "x"\n',
    'text/empty.contact.json': '',
    'text/big-number.contact.json': '{\n  "QueuePriority": 92233720368547758070,\n  "TotalPauseCount": 1e400\n}\n',
    'text/deep.contact.json': `${'['.repeat(300)}${']'.repeat(300)}`,
    'arrays/batches.contact.json': JSON.stringify(Array.from({ length: 300 }, (_, i) => arrayItem(i)), null, 2),
    'arrays/clean.contact.json': JSON.stringify([arrayItem(0), arrayItem(1)], null, 2),
    'nested/deeper/valid.contact.json': '{\n  "Id": "c-1",\n  "Channel": "VOICE"\n}\n',
  };
}

/** A diagnostic as the command line's JSON format gives it (1-based, end column exclusive + 1). */
interface Shown {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

/** The words a surface names settings with, made neutral (the one intended difference). */
function neutral(message: string, words: SettingWords): string {
  let text = message;
  for (const version of MODEL_VERSIONS) text = text.split(words.useModel(version)).join(NEUTRAL_WORDS.useModel(version));
  for (const key of ['raiseSizeLimit', 'sizeLimit', 'checker'] as const) text = text.split(words[key]).join(NEUTRAL_WORDS[key]);
  return text;
}

const SEVERITY: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'info' };

function shown(d: Diagnostic): Shown {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY[d.severity ?? 1],
    code: String(d.code ?? ''),
    message: neutral(typeof d.message === 'string' ? d.message : String(d.message), EDITOR_WORDS),
  };
}

describe('the command line says what the editor says, file for file', () => {
  // Made here, not in before(): tree() removes it in an after() of the suite that calls it.
  const texts = files();
  const root = tree(texts);
  let fromCli: Map<string, Shown[]>;
  let client: LspClient;

  before(async () => {
    const run = cli(root, ['--format', 'json']);
    assert.equal(run.code, 1, run.stderr);
    const reports = JSON.parse(run.stdout) as { file: string; diagnostics: Shown[] }[];
    const words = cliWords(undefined);
    fromCli = new Map(reports.map((report) => [report.file, report.diagnostics.map((d) => ({ ...d, message: neutral(d.message, words) }))]));
    client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).toString()] });
  });
  after(async () => {
    await client.stop();
  });

  test('the tree has what it should: every file checked by the command line, most with problems', () => {
    assert.deepEqual([...fromCli.keys()].sort(), Object.keys(texts).sort());
    const withProblems = [...fromCli.values()].filter((diagnostics) => diagnostics.length > 0).length;
    assert.ok(withProblems >= Object.keys(texts).length - 6, `${withProblems} files with problems`);
    const codes = new Set([...fromCli.values()].flat().map((d) => d.code));
    for (const code of ['json-syntax', 'duplicate-key', 'enum', 'range', 'timestamp-order', 'newer-api', 'not-a-contact', 'type']) assert.ok(codes.has(code), `no ${code} in the tree`);
  });

  test('the workspace scan publishes exactly the command line diagnostics (a clean file: nothing)', async () => {
    await client.waitFor(() => (client.progress.includes('end') ? true : undefined), 30_000);
    const fromScan = new Map<string, Shown[]>();
    for (const uri of client.publishedUris()) {
      const last = client.publications(uri).at(-1);
      if (last !== undefined) fromScan.set(relative(root, fileURLToPath(uri)).split('\\').join('/'), last.diagnostics.map(shown));
    }
    for (const [file, diagnostics] of fromCli) assert.deepEqual(fromScan.get(file) ?? [], diagnostics, file);
  });

  test('each file opened in the editor gets exactly the command line diagnostics', async () => {
    for (const [file, text] of Object.entries(texts)) {
      // An editor opens a file with a byte order mark without it, as the command line reads it.
      const uri = `untitled:opened/${file}`;
      const opened = await client.open(uri, text.replace(/^\uFEFF/, ''));
      assert.deepEqual(opened.diagnostics.map(shown), fromCli.get(file), file);
      await client.close(uri);
    }
  });
});
