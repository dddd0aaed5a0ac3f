import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { ERRORS, VALID, WARNING, cli, lines, tree } from './cli';

const LONG_AGO = new Date('2020-01-01T00:00:00Z');

function age(root: string, ...names: string[]): void {
  for (const name of names) utimesSync(join(root, name), LONG_AGO, LONG_AGO);
}

describe('contact-json --fix', () => {
  test('applies the certain fixes only, then reports what is left', () => {
    // "voice" -> "VOICE" and milliseconds -> seconds are certain; what to do with "Chanel" is not
    // (Channel is there already, with another value), nor is which of two exclusive members to drop.
    const root = tree({
      'bad.contact.json': '{\n  "Channel": "voice",\n  "Chanel": "CHAT",\n  "InitiationTimestamp": 1714558351000,\n  "QueuePriority": 1,\n  "QueueTimeAdjustmentSeconds": 30\n}\n',
    });
    const run = cli(root, ['--fix', '--format', 'compact']);
    assert.equal(run.code, 1);
    assert.equal(readFileSync(join(root, 'bad.contact.json'), 'utf8'), '{\n  "Channel": "VOICE",\n  "Chanel": "CHAT",\n  "InitiationTimestamp": 1714558351,\n  "QueuePriority": 1,\n  "QueueTimeAdjustmentSeconds": 30\n}\n');
    assert.deepEqual(
      lines(run.stdout).map((line) => line.split(' ').slice(0, 3).join(' ')),
      ['bad.contact.json:3:3: error unknown-property', 'bad.contact.json:5:3: error mutually-exclusive', 'bad.contact.json:6:3: error mutually-exclusive'],
    );
    assert.deepEqual(readdirSync(root), ['bad.contact.json'], 'no temporary file is left behind');
  });

  test('a misspelled key beside the member it meant goes when both hold the same value, once fixes make them so', () => {
    const root = tree({ 'a.contact.json': '{\n  "Channel": "voice",\n  "Chanel": "VOICE",\n  "Id": "c-1"\n}\n' });
    const run = cli(root, ['--fix', '--format', 'compact']);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
    // The second pass finds "Chanel" equal to the fixed "Channel".
    assert.equal(readFileSync(join(root, 'a.contact.json'), 'utf8'), '{\n  "Channel": "VOICE",\n  "Id": "c-1"\n}\n');
  });

  test('files without a certain fix are not written: their mtime stays', () => {
    const root = tree({ 'clean.contact.json': VALID, 'warn.contact.json': WARNING, 'unfixable.contact.json': '{"Chanel": 1, "Channel": "CHAT"}', 'fixable.contact.json': '{"Channel": "chat"}' });
    age(root, 'clean.contact.json', 'warn.contact.json', 'unfixable.contact.json', 'fixable.contact.json');
    const run = cli(root, ['--fix']);
    assert.equal(run.code, 1);
    for (const name of ['clean.contact.json', 'warn.contact.json', 'unfixable.contact.json']) assert.equal(statSync(join(root, name)).mtimeMs, LONG_AGO.getTime(), name);
    assert.notEqual(statSync(join(root, 'fixable.contact.json')).mtimeMs, LONG_AGO.getTime());
    assert.equal(readFileSync(join(root, 'fixable.contact.json'), 'utf8'), '{"Channel": "CHAT"}');
    assert.match(run.stdout, /; fixed 1 file\n$/);
  });

  test('a fully fixed file: exit 0, and the json format says it was fixed', () => {
    const root = tree({ 'a.contact.json': '{"Channel": "voice"}' });
    const run = cli(root, ['--fix', '--format', 'json']);
    assert.equal(run.code, 0);
    assert.deepEqual(JSON.parse(run.stdout), [{ file: 'a.contact.json', fixed: true, diagnostics: [] }]);
    assert.equal(cli(root, ['--fix']).stdout, '✔ 1 file checked, no problems\n', 'a second run has nothing to do');
  });

  test('keeps the BOM, the line endings and the permissions', () => {
    const root = tree({ 'a.contact.json': '\uFEFF{\r\n  "Channel": "voice"\r\n}\r\n' });
    chmodSync(join(root, 'a.contact.json'), 0o640);
    assert.equal(cli(root, ['--fix']).code, 0);
    assert.equal(readFileSync(join(root, 'a.contact.json'), 'utf8'), '\uFEFF{\r\n  "Channel": "VOICE"\r\n}\r\n');
    assert.equal(statSync(join(root, 'a.contact.json')).mode & 0o777, 0o640);
  });

  test('--rule CODE=off keeps that code from being fixed', () => {
    const root = tree({ 'a.contact.json': '{"Channel": "voice"}' });
    assert.equal(cli(root, ['--fix', '--rule', 'enum=off']).code, 0);
    assert.equal(readFileSync(join(root, 'a.contact.json'), 'utf8'), '{"Channel": "voice"}');
  });

  test('a file over --max-file-size is not fixed', () => {
    const root = tree({ 'bad.contact.json': ERRORS });
    cli(root, ['--fix', '--max-file-size', '0.00001']);
    assert.equal(readFileSync(join(root, 'bad.contact.json'), 'utf8'), ERRORS);
  });

  test('a file that is not valid UTF-8 is not rewritten', () => {
    const root = tree({});
    const bytes = Buffer.concat([Buffer.from('{"Channel": "voice", "Name": "caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    writeFileSync(join(root, 'latin1.contact.json'), bytes);
    const run = cli(root, ['--fix']);
    assert.equal(run.stderr, 'contact-json: latin1.contact.json: not fixed, the file is not valid UTF-8\n');
    assert.ok(readFileSync(join(root, 'latin1.contact.json')).equals(bytes));
    assert.equal(run.code, 1);
  });
});
