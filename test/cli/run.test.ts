import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { version } from '../../package.json';
import { ERROR_LINES, ERRORS, VALID, WARNING, WARNING_MESSAGE, cli, cliAsync, lines, tree } from './cli';

describe('contact-json: files, folders, globs and stdin', () => {
  test('a clean tree: exit 0 and a summary line', () => {
    const root = tree({ 'a.contact.json': VALID, 'fixtures/b.contact.json': VALID });
    const run = cli(root, []);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '✔ 2 files checked, no problems\n');
    assert.equal(run.stderr, '');
  });

  test('a tree with errors: exit 1, one compact line a problem, in path order', () => {
    const root = tree({ 'bad.contact.json': ERRORS, 'good.contact.json': VALID, 'sub/warn.contact.json': WARNING });
    const run = cli(root, ['--format', 'compact']);
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), [...ERROR_LINES, `sub/warn.contact.json:3:10: warning arn-format ${WARNING_MESSAGE}`]);
    assert.equal(run.stderr, '');
  });

  test('stylish groups by file and sums up', () => {
    const root = tree({ 'bad.contact.json': ERRORS, 'good.contact.json': VALID });
    const run = cli(root, ['.']);
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), [
      'bad.contact.json',
      '  2:14  error  enum              "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
      '  3:3   error  unknown-property  "Chanel" is not a member of Contact. Did you mean "Channel"?',
      '',
      '✖ 2 problems (2 errors, 0 warnings) in 1 of 2 files checked',
    ]);
    assert.ok(!run.stdout.includes('\u001b['), 'no colours without a terminal');
  });

  test('stylish: each column lines up within a file, whatever the length of the messages', () => {
    const mixed = '{\n  "Id": "c-1",\n  "Arn": "c-1",\n  "Name": 42,\n  "InitiationMethod": "inbound"\n}\n';
    const root = tree({ 'a.contact.json': ERRORS, 'b.contact.json': mixed });
    assert.deepEqual(lines(cli(root, []).stdout), [
      'a.contact.json',
      '  2:14  error  enum              "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
      '  3:3   error  unknown-property  "Chanel" is not a member of Contact. Did you mean "Channel"?',
      '',
      'b.contact.json',
      `  3:10  warning  arn-format  ${WARNING_MESSAGE}`,
      '  4:11  error    type        Name must be a string, but it is a number.',
      '  5:23  error    enum        "inbound" is not a valid InitiationMethod. Valid values: INBOUND, OUTBOUND, TRANSFER, QUEUE_TRANSFER, CALLBACK, API, DISCONNECT, MONITOR, EXTERNAL_OUTBOUND. Did you mean "INBOUND"?',
      '',
      '✖ 5 problems (4 errors, 1 warning) in 2 of 2 files checked',
    ]);
  });

  test('warnings alone exit 0', () => {
    const root = tree({ 'warn.contact.json': WARNING });
    const run = cli(root, []);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /✖ 1 problem \(0 errors, 1 warning\) in 1 of 1 file checked\n$/);
  });

  test('stdin with -, named by --stdin-filename', () => {
    const root = tree({});
    const run = cli(root, ['--format', 'compact', '-'], { input: ERRORS });
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), ERROR_LINES.map((line) => line.replace('bad.contact.json', '<stdin>')));
    const named = cli(root, ['--format', 'compact', '--stdin-filename', 'fixtures/x.contact.json', '-'], { input: VALID });
    assert.equal(named.code, 0);
    assert.equal(named.stdout, '');
    const withFiles = cli(tree({ 'a.contact.json': VALID }), ['.', '-'], { input: VALID });
    assert.equal(withFiles.stdout, '✔ 2 files checked, no problems\n');
  });

  test('node_modules is not searched; a folder given is searched with the globs only', () => {
    const root = tree({ 'a.contact.json': VALID, 'node_modules/pkg/bad.contact.json': ERRORS, 'sub/node_modules/bad.contact.json': ERRORS, 'plain.json': ERRORS });
    const run = cli(root, ['--format', 'compact']);
    assert.equal(run.code, 0);
    assert.equal(cli(root, ['--format', 'json']).stdout.match(/"file"/g)?.length, 1);
  });

  test('a file named explicitly is checked whatever its name', () => {
    const root = tree({ 'fixtures/bad.json': ERRORS });
    const run = cli(root, ['--format', 'compact', 'fixtures/bad.json']);
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), ERROR_LINES.map((line) => line.replace('bad.contact.json', 'fixtures/bad.json')));
    assert.equal(cli(root, [join(root, 'fixtures', 'bad.json'), '--format', 'compact']).stdout, run.stdout, 'an absolute path inside the current folder is shown relative');
  });

  test('globs are expanded (without dot files and node_modules); an existing path wins over a glob reading', () => {
    const root = tree({ 'fixtures/a.json': VALID, 'fixtures/bad.json': ERRORS, 'fixtures/.hidden.json': ERRORS, 'fixtures/node_modules/x.json': ERRORS, 'other/c.json': ERRORS });
    const run = cli(root, ['--format', 'compact', 'fixtures/**/*.json']);
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), ERROR_LINES.map((line) => line.replace('bad.contact.json', 'fixtures/bad.json')));
    const literal = tree({ '[x].contact.json': VALID });
    assert.equal(cli(literal, ['[x].contact.json']).code, 0);
  });

  test('a file given twice is checked once', () => {
    const root = tree({ 'bad.contact.json': ERRORS });
    const run = cli(root, ['--format', 'compact', 'bad.contact.json', '.', './bad.contact.json']);
    assert.deepEqual(lines(run.stdout), ERROR_LINES);
  });

  test('a UTF-8 BOM is not a syntax error, and positions do not count it', () => {
    const root = tree({ 'bad.contact.json': '\uFEFF' + ERRORS });
    assert.deepEqual(lines(cli(root, ['--format', 'compact']).stdout), ERROR_LINES);
  });

  test('--max-file-size: larger files are reported, not checked', () => {
    const root = tree({ 'bad.contact.json': ERRORS });
    const run = cli(root, ['--format', 'compact', '--max-file-size', '0.00001']);
    assert.equal(run.code, 0, 'too-large is a warning');
    assert.deepEqual(lines(run.stdout), [
      'bad.contact.json:1:1: warning too-large This document has 0.000045 MB of text, more than --max-file-size (0.00001 MB): it is not checked. Raise --max-file-size (or "maxFileSize" in .contact-json.json) to check it.',
    ]);
  });

  test('--help and --version', () => {
    const root = tree({});
    const help = cli(root, ['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: contact-json \[options\]/);
    for (const option of ['--format', '--rule', '--max-warnings', '--max-file-size', '--model-version', '--config', '--fix', '--quiet', '--stdin-filename']) assert.ok(help.stdout.includes(option), option);
    assert.equal(cli(root, ['-h']).stdout, help.stdout);
    assert.deepEqual(cli(root, ['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('contact-json: rules and thresholds', () => {
  test('--rule CODE=off drops a code, CODE=SEVERITY changes it; later flags win', () => {
    const root = tree({ 'bad.contact.json': ERRORS, 'warn.contact.json': WARNING });
    const off = cli(root, ['--format', 'compact', '--rule', 'enum=off', '--rule', 'unknown-property=warning']);
    assert.equal(off.code, 0);
    assert.deepEqual(lines(off.stdout), [ERROR_LINES[1].replace('error unknown-property', 'warning unknown-property'), `warn.contact.json:3:10: warning arn-format ${WARNING_MESSAGE}`]);
    const raised = cli(root, ['--format', 'compact', '--rule', 'arn-format=error,enum=off,unknown-property=off']);
    assert.equal(raised.code, 1);
    assert.deepEqual(lines(raised.stdout), [`warn.contact.json:3:10: error arn-format ${WARNING_MESSAGE}`]);
    const info = cli(root, ['--format', 'compact', '--rule', 'arn-format=error', '--rule=arn-format=info', 'warn.contact.json']);
    assert.equal(info.code, 0);
    assert.deepEqual(lines(info.stdout), [`warn.contact.json:3:10: info arn-format ${WARNING_MESSAGE}`]);
  });

  test('--max-warnings N: exit 1 only above N', () => {
    const root = tree({ 'a.contact.json': WARNING, 'b.contact.json': WARNING });
    assert.equal(cli(root, ['--max-warnings', '2']).code, 0);
    const over = cli(root, ['--max-warnings', '1']);
    assert.equal(over.code, 1);
    assert.equal(over.stderr, 'contact-json: too many warnings (2, at most 1 allowed by --max-warnings)\n');
    assert.equal(cli(root, ['--max-warnings=0', '--rule', 'arn-format=info']).code, 0, 'infos are not warnings');
  });

  test('--quiet reports errors only', () => {
    const root = tree({ 'bad.contact.json': ERRORS, 'warn.contact.json': WARNING });
    const run = cli(root, ['--format', 'compact', '--quiet']);
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), ERROR_LINES);
    assert.equal(cli(root, ['--quiet', 'warn.contact.json', '--max-warnings', '0']).code, 0);
  });
});

describe('contact-json: exit code 2, one line on stderr', () => {
  const root = tree({ 'a.contact.json': VALID, 'empty/readme.txt': 'x' });
  const cases: [string[], string][] = [
    [['--bogus'], 'contact-json: unknown option --bogus (see --help)'],
    [['--format', 'xml'], 'contact-json: unknown format "xml": use one of stylish, compact, json, sarif, github'],
    [['--format'], 'contact-json: --format needs a value (see --help)'],
    [['--fix=yes'], 'contact-json: --fix takes no value'],
    [['missing.contact.json'], 'contact-json: missing.contact.json: no such file or directory'],
    [['nothing/*.json'], 'contact-json: nothing/*.json: no files match this glob'],
    [['empty'], 'contact-json: empty: no contact files in this folder (files: **/*.contact.json; exclude: **/node_modules/**)'],
    [['--rule', 'enum'], 'contact-json: --rule expects CODE=SEVERITY, e.g. --rule arn-format=off, not "enum"'],
    [['--rule', 'enum=warn'], 'contact-json: --rule: the severity of "enum" must be one of error, warning, info, off, not "warn"'],
    [['--rule', 'arn-fromat=off'], 'contact-json: --rule: unknown rule code "arn-fromat"; did you mean "arn-format"?'],
    [['--max-warnings', '-1'], 'contact-json: --max-warnings must be a whole number, not "-1"'],
    [['--max-file-size', '0'], 'contact-json: --max-file-size must be a number above 0, not "0"'],
    [['--model-version', 'latest'], 'contact-json: unknown model version "latest": use one of 2024-09, 2026-08'],
    [['--fix', '-'], 'contact-json: --fix cannot change stdin; pass the file instead'],
    [['--config', 'nope.json'], 'contact-json: nope.json: no such file'],
  ];
  for (const [args, message] of cases) {
    test(args.join(' '), () => {
      const run = cli(root, args);
      assert.deepEqual({ code: run.code, stderr: run.stderr, stdout: run.stdout }, { code: 2, stderr: `${message}\n`, stdout: '' });
    });
  }

  test('--no-error-on-unmatched-pattern: an empty folder is fine', () => {
    const run = cli(root, ['--no-error-on-unmatched-pattern', 'empty']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '✔ 0 files checked, no problems\n');
  });

  test('an unreadable file is reported, the others are still checked', { skip: process.getuid?.() === 0 ? 'root reads every file' : false }, async () => {
    const { chmodSync } = await import('node:fs');
    const unreadable = tree({ 'a.contact.json': VALID, 'b.contact.json': ERRORS });
    chmodSync(join(unreadable, 'b.contact.json'), 0o000);
    const run = cli(unreadable, ['--format', 'compact']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'contact-json: b.contact.json: permission denied\n');
  });

  test('a file that cannot be read is reported, the others are still checked', { skip: process.platform === 'win32' ? 'Unix sockets' : false }, async () => {
    // A socket cannot be opened as a file, even by root (for whom chmod 000 is no obstacle).
    const sockets = tree({ 'a.contact.json': ERRORS });
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(sockets, 'socket.contact.json'), resolve));
    try {
      const run = await cliAsync(sockets, ['--format', 'compact', 'socket.contact.json', 'a.contact.json']);
      assert.equal(run.code, 2, 'an I/O problem wins over the errors found');
      assert.equal(run.stderr, 'contact-json: socket.contact.json: not a file that can be read (a socket?)\n');
      assert.deepEqual(lines(run.stdout), ERROR_LINES.map((line) => line.replace('bad.contact.json', 'a.contact.json')));
    } finally {
      server.close();
    }
  });

  test('a path through a file', () => {
    const run = cli(root, ['a.contact.json/x.json']);
    assert.deepEqual({ code: run.code, stderr: run.stderr }, { code: 2, stderr: 'contact-json: a.contact.json/x.json: not a directory\n' });
  });
});
