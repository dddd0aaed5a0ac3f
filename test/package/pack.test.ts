// The npm package as a user gets it: packed from a copy of the working tree (prepack builds it
// there, leaving this tree's dist/ alone for the tests running beside this one), installed into
// an empty project without the registry, then used the ways the README says: both binaries, the
// library from ESM and CommonJS, assertValid under node:test, and the types under tsc.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { LspClient } from '../protocol/lspClient';

const ROOT = join(__dirname, '..', '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
/** The package may not grow past this (issue 17: well under 3 MB unpacked). */
const MAX_UNPACKED = 3_000_000;

const temp = mkdtempSync(join(tmpdir(), 'contact-json-pack-'));
const project = join(temp, 'project');
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
after(() => rmSync(temp, { recursive: true, force: true }));
// The language server's code cache goes to the temporary folder too (it and all it starts inherit this).
process.env.CONTACT_JSON_CACHE_DIR = join(temp, 'cache');

/** NODE_TEST_CONTEXT: undefined, for a `node --test` inside this one, which would else report to this run instead of to stdout. */
function run(command: string, args: string[], cwd: string, env: Record<string, string | undefined> = {}): SpawnSyncReturns<string> {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', ...env } });
  if (result.error) throw result.error;
  return result;
}

/** Runs and expects exit code 0, showing the output otherwise. */
function ok(command: string, args: string[], cwd: string): string {
  const result = run(command, args, cwd);
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

const bin = (name: string) => join(project, 'node_modules', '.bin', name);

before(() => {
  // The working tree as git would commit it (tracked and new files, nothing ignored), with this
  // tree's node_modules for the build tools.
  const source = join(temp, 'source');
  const list = ok('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], ROOT).split('\0').filter((file) => file !== '');
  for (const file of list) if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(source, file), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  const out = ok('npm', ['pack', '--json', '--pack-destination', temp], source);
  [packed] = JSON.parse(out.slice(out.indexOf('['))) as (typeof packed)[];

  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }));
  // --offline: the package must need nothing from a registry.
  ok('npm', ['install', '--offline', '--no-audit', '--no-fund', join(temp, packed.filename)], project);
});

test('the package holds only what a user runs, and is small', () => {
  const files = packed.files.map((file) => file.path).sort();
  for (const needed of ['dist/cli.js', 'dist/server.js', 'dist/server-main.js', 'dist/library.cjs', 'dist/library.mjs', 'dist/model-2026-08.js', 'dist/formats-2024-09.js', 'dist/formats-2026-08.js', 'schemas/contact.schema.json', 'types/index.d.ts', 'types/formats/contact-flow-event.d.ts', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
    assert.ok(files.includes(needed), `${needed} is missing from the package`);
  }
  assert.deepEqual(files.filter((file) => /\.map$|^test\/|^server\/|^client\/|^dist\/extension|^dist\/browser/.test(file)), []);
  assert.ok(packed.unpackedSize < MAX_UNPACKED, `${packed.unpackedSize} bytes unpacked`);
  const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'contact-json', 'package.json'), 'utf8')) as Record<string, unknown>;
  assert.equal(manifest.dependencies, undefined, 'the bundles carry their dependencies');
  // prepack made the production bundles (the development build points at source maps).
  assert.doesNotMatch(readFileSync(join(project, 'node_modules', 'contact-json', 'dist', 'server.js'), 'utf8'), /sourceMappingURL/);
});

test('contact-json: a file with a mistake exits 1 and names it', () => {
  writeFileSync(join(project, 'bad.contact.json'), JSON.stringify({ Id: 3 }));
  const result = run(bin('contact-json'), ['--format', 'compact', 'bad.contact.json'], project);
  assert.equal(result.status, 1, result.stderr);
  assert.match(result.stdout, /^bad\.contact\.json:1:7: error type Id must be a string/m);
});

test('contact-json-language-server: one line of usage without a transport; over stdio, an editor gets diagnostics', async () => {
  const bare = run(bin('contact-json-language-server'), [], project);
  assert.equal(bare.status, 2);
  assert.equal(bare.stdout, '');
  assert.match(bare.stderr, /^contact-json language server: start it from an editor, with --stdio.*\n$/);

  const client = await LspClient.start({ command: [bin('contact-json-language-server')] });
  try {
    const published = await client.open(pathToFileURL(join(project, 'bad.contact.json')).href, JSON.stringify({ Id: 3 }));
    assert.deepEqual(published.diagnostics.map((d) => d.code), ['type']);
  } finally {
    await client.stop();
  }
  // The protocol tests of diagnostics and of the editor features, on the installed binary.
  const protocol = run('node', ['--import', 'tsx', '--test', '--test-reporter=tap', 'test/protocol/diagnostics.test.ts', 'test/protocol/features.test.ts'], ROOT, {
    CONTACT_JSON_SERVER: bin('contact-json-language-server'),
    NODE_TEST_CONTEXT: undefined,
  });
  assert.equal(protocol.status, 0, protocol.stdout);
  assert.match(protocol.stdout, /^# pass [1-9]\d*$/m);
});

test('the library from ESM and CommonJS, the schemas by their paths', () => {
  writeFileSync(
    join(project, 'esm.mjs'),
    `import { check, fix } from 'contact-json';
import schema from 'contact-json/schemas/contact-record.schema.json' with { type: 'json' };
const [problem] = check('{"Details": {"ContactData": {"Channel": "PHONE"}}}');
console.log(problem.code, problem.path, problem.line, problem.column, schema.title);
console.log(fix('{"Id": "x", "channel": "VOICE"}'));
`,
  );
  assert.equal(ok('node', ['esm.mjs'], project), 'enum $.Details.ContactData.Channel 1 41 Amazon Connect contact record (CTR)\n{"Id": "x", "Channel": "VOICE"}\n');
  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { checkFiles } = require('contact-json');
const schema = require('contact-json/schemas/contact.schema.json');
checkFiles('.').then((results) => console.log(JSON.stringify(results.map((r) => [r.file, r.diagnostics.map((d) => d.code)])), typeof schema.$defs));
`,
  );
  assert.equal(ok('node', ['cjs.cjs'], project), '[["bad.contact.json",["type"]]] object\n');
});

test('assertValid under node:test: a valid fixture passes, an invalid one fails with its JSON paths', () => {
  writeFileSync(
    join(project, 'fixtures.test.mjs'),
    `import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertValid } from 'contact-json';

test('a valid Lambda event', () => assertValid({ Details: { ContactData: { Channel: 'VOICE' }, Parameters: {} }, Name: 'ContactFlowEvent' }));
test('an invalid one', () => {
  assert.throws(() => assertValid({ Details: { ContactData: { Channel: 'PHONE', Chanel: 'VOICE' } } }), (error) => {
    assert.equal(error.name, 'ContactJsonAssertionError');
    assert.match(error.message, /^Not valid contact JSON: 2 problems\\n  \\$\\.Details\\.ContactData\\.Channel: .*\\(error enum\\)\\n  \\$\\.Details\\.ContactData\\.Chanel: .*Did you mean "Channel"\\? \\(error unknown-property\\)$/);
    return true;
  });
});
`,
  );
    const result = run('node', ['--test', '--test-reporter=tap', 'fixtures.test.mjs'], project, { NODE_TEST_CONTEXT: undefined });
  assert.equal(result.status, 0, result.stdout);
  assert.match(result.stdout, /^# pass 2$/m);
});

test('the types: a right fixture compiles, a wrong one fails at its mistake', () => {
  writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', types: [] } }));
  const fixture = (channel: string) => `import { check, type Contact, type ContactEvent, type ContactFlowEvent, type ContactRecord, type Diagnostic, type Formats } from 'contact-json';
const event: ContactFlowEvent = { Details: { ContactData: { Channel: '${channel}', ContactId: 'c1' }, Parameters: { mode: 'test' } }, Name: 'ContactFlowEvent' };
const problems: Diagnostic[] = check(JSON.stringify(event), { readAs: 'contact-flow-event', modelVersion: '2026-08' });
export { problems };
export type Named = [Contact, ContactRecord, ContactEvent, Formats.ContactRecord.Agent, Formats.Contact202608.Contact];
`;
  writeFileSync(join(project, 'fixture.ts'), fixture('VOICE'));
  // The valid examples, each as its format's type: the generated types accept what the checks accept.
  const typed = (file: string, type: string) => `export const ${file.replace(/\W.*/, '')}: ${type} = ${readFileSync(join(ROOT, 'examples', file), 'utf8')};\n`;
  writeFileSync(
    join(project, 'examples.ts'),
    "import type { ContactEventFile, ContactFile, ContactFlowEventFile, ContactRecordFile, Formats } from 'contact-json';\n" +
      typed('valid.contact.json', 'ContactFile') +
      // Members and values of the newer model (newer-api warnings under 2024-09).
      typed('warnings.contact.json', 'Formats.Contact202608.ContactFile') +
      typed('lambda-event.contact.json', 'ContactFlowEventFile') +
      typed('trace-record.contact.json', 'ContactRecordFile') +
      typed('eventbridge-event.contact.json', 'ContactEventFile'),
  );
  ok('node', [TSC, '-p', '.'], project);
  writeFileSync(join(project, 'fixture.ts'), fixture('PHONE'));
  const wrong = run('node', [TSC, '-p', '.'], project);
  assert.equal(wrong.status, 2, wrong.stdout);
  assert.match(wrong.stdout, /^fixture\.ts\(2,61\): error TS2322: Type '"PHONE"' is not assignable to type 'Channel \| undefined'\.$/m);
});
