import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ERRORS, ERROR_LINES, VALID, WARNING, WARNING_MESSAGE, cli, lines, tree } from './cli';

const config = (settings: object) => JSON.stringify(settings, null, 2);

describe('contact-json settings: .contact-json.json and package.json#contactJson', () => {
  test('.contact-json.json in the current folder: rules', () => {
    const root = tree({ '.contact-json.json': config({ rules: { enum: 'off', 'arn-format': 'error' } }), 'bad.contact.json': ERRORS, 'warn.contact.json': WARNING });
    const run = cli(root, ['--format', 'compact']);
    assert.equal(run.code, 1);
    assert.deepEqual(lines(run.stdout), [ERROR_LINES[1], `warn.contact.json:3:10: error arn-format ${WARNING_MESSAGE}`]);
    assert.equal(run.stderr, '');
  });

  test('found in a parent folder; its globs are relative to its own folder', () => {
    const root = tree({
      '.contact-json.json': config({ files: ['fixtures/contacts/*.json'], exclude: ['fixtures/contacts/skip.json'] }),
      'fixtures/contacts/bad.json': ERRORS,
      'fixtures/contacts/skip.json': ERRORS,
      'fixtures/contacts/notes.txt': 'not json',
      'fixtures/other/bad.contact.json': ERRORS,
    });
    const fromRoot = cli(root, ['--format', 'compact']);
    assert.deepEqual(lines(fromRoot.stdout), ERROR_LINES.map((line) => line.replace('bad.contact.json', 'fixtures/contacts/bad.json')));
    const fromBelow = cli(join(root, 'fixtures'), ['--format', 'compact']);
    assert.deepEqual(lines(fromBelow.stdout), ERROR_LINES.map((line) => line.replace('bad.contact.json', 'contacts/bad.json')));
    const excludedByName = cli(root, ['--format', 'compact', 'fixtures/contacts/skip.json']);
    assert.equal(excludedByName.code, 1, 'a file named explicitly is checked even when excluded');
  });

  test('package.json#contactJson; a package.json without the key is passed over', () => {
    const root = tree({
      'package.json': config({ name: 'fixtures', contactJson: { rules: { 'unknown-property': 'warning' }, maxFileSize: 0.00002 } }),
      'app/package.json': config({ name: 'app' }),
      'app/small.contact.json': '{"Chanel": 1}',
      'app/large.contact.json': ERRORS,
    });
    const run = cli(join(root, 'app'), ['--format', 'compact']);
    assert.equal(run.code, 0);
    assert.deepEqual(lines(run.stdout), [
      'large.contact.json:1:1: warning too-large This document has 0.000045 MB of text, more than --max-file-size (0.00002 MB): it is not checked. Raise --max-file-size (or "maxFileSize" in package.json#contactJson) to check it.',
      'small.contact.json:1:2: warning unknown-property "Chanel" is not a member of Contact. Did you mean "Channel"?',
    ]);
  });

  test('.contact-json.json wins over package.json in the same folder; the nearest wins over parents', () => {
    const root = tree({
      'package.json': config({ contactJson: { rules: { enum: 'off' } } }),
      '.contact-json.json': config({ rules: { enum: 'warning' } }),
      'bad.contact.json': '{"Channel": "voice"}',
      'sub/.contact-json.json': config({}),
      'sub/bad.contact.json': '{"Channel": "voice"}',
    });
    assert.match(cli(root, ['--format', 'compact', 'bad.contact.json']).stdout, /: warning enum /);
    assert.match(cli(join(root, 'sub'), ['--format', 'compact']).stdout, /: error enum /, 'settings are not merged across folders');
  });

  test('modelVersion, as the editor\'s contactJson.modelVersion, and --model-version over it', () => {
    const newer = '{"Id": "c-1", "Recordings": []}';
    const specified = tree({ 'a.contact.json': newer });
    assert.deepEqual(lines(cli(specified, ['--format', 'compact']).stdout), [
      'a.contact.json:1:15: warning newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model this run validates against. Run with --model-version 2026-08 (or set "modelVersion": "2026-08" in .contact-json.json) to validate it.',
    ]);
    assert.equal(cli(specified, ['--format', 'compact', '--model-version', '2026-08']).stdout, '');
    const configured = tree({ '.contact-json.json': config({ modelVersion: '2026-08' }), 'a.contact.json': newer });
    assert.equal(cli(configured, ['--format', 'compact']).stdout, '');
    assert.deepEqual(lines(cli(configured, ['--format', 'compact', '--model-version=2024-09']).stdout), [
      'a.contact.json:1:15: warning newer-api "Recordings" was added to Amazon Connect on 2025-05-01; it is not part of the 2024-09 Contact model this run validates against. Run with --model-version 2026-08 (or set "modelVersion": "2026-08" in .contact-json.json) to validate it.',
    ]);
  });

  test('command-line flags win over the config', () => {
    const root = tree({ '.contact-json.json': config({ rules: { enum: 'off' }, maxFileSize: 0.00001 }), 'bad.contact.json': ERRORS });
    const run = cli(root, ['--format', 'compact', '--rule', 'enum=error', '--max-file-size', '10']);
    assert.deepEqual(lines(run.stdout), ERROR_LINES);
  });

  test('--config FILE, a .contact-json.json-style file or a package.json', () => {
    const root = tree({ 'ci/strict.json': config({ rules: { 'arn-format': 'error' } }), 'ci/package.json': config({ contactJson: { rules: { 'arn-format': 'off' } } }), 'warn.contact.json': WARNING });
    assert.equal(cli(root, ['--config', 'ci/strict.json']).code, 1);
    assert.equal(cli(root, ['--config', 'ci/package.json', '--format', 'compact']).stdout, '');
  });

  test('editor-only settings are accepted; unknown ones are reported but not fatal', () => {
    const root = tree({ '.contact-json.json': config({ validate: { enable: true }, inlayHints: { timestamps: false }, colour: 'red' }), 'a.contact.json': VALID });
    const run = cli(root, []);
    assert.equal(run.code, 0);
    assert.equal(run.stderr, `contact-json: ${join(root, '.contact-json.json')}: ignoring unknown setting "colour"\n`);
  });

  test('a broken config is a usage error (exit 2), one line', () => {
    const cases: [object | string, RegExp][] = [
      ['{', /: not valid JSON \(/],
      [[], /: must be a JSON object$/],
      [{ rules: { enum: 'warn' } }, /: the severity of "enum" must be one of error, warning, info, off, not "warn"$/],
      [{ rules: { nope: 'off' } }, /: unknown rule code "nope" \(codes: json-syntax, /],
      [{ rules: [] }, /: "rules" must be an object/],
      [{ files: '*.json' }, /: "files" must be a list of globs$/],
      [{ files: [] }, /: "files" must list at least one glob$/],
      [{ maxFileSize: '10' }, /: "maxFileSize" must be a number of megabytes above 0$/],
      [{ modelVersion: '2025' }, /: "modelVersion" must be one of 2024-09, 2026-08$/],
    ];
    for (const [content, message] of cases) {
      const root = tree({ '.contact-json.json': typeof content === 'string' ? content : JSON.stringify(content), 'a.contact.json': VALID });
      const run = cli(root, []);
      assert.equal(run.code, 2, JSON.stringify(content));
      assert.equal(lines(run.stderr).length, 1);
      assert.match(run.stderr.trimEnd(), message);
      assert.ok(run.stderr.startsWith(`contact-json: ${join(root, '.contact-json.json')}: `));
    }
  });
});
