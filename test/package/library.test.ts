// The library (server/src/library/) from its sources: the same diagnostics as the command line,
// JSON paths, fixes, options checked, files found as the command line finds them, assertValid.
// (pack.test.ts uses the built package the way a user does.)
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertValid, check, checkFiles, ContactJsonAssertionError, fix } from '../../server/src/library';
import { cli, tree } from '../cli/cli';

const EXAMPLES = join(__dirname, '..', '..', 'examples');

test('check() reports what `contact-json --format json` reports, for every example', () => {
  const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json'));
  const fromCli = JSON.parse(cli(EXAMPLES, ['--format', 'json', ...files]).stdout) as { file: string; diagnostics: unknown[] }[];
  assert.equal(fromCli.length, files.length);
  // Only the words that name a setting differ: "Run with --model-version" there, "Pass { modelVersion }" here.
  const surfaceWords = / this (run|check) validates against\..*$/;
  const same = (d: { message: string }) => ({ ...d, message: d.message.replace(surfaceWords, '') });
  for (const { file, diagnostics } of fromCli) {
    const fromLibrary = check(readFileSync(join(EXAMPLES, file), 'utf8'), { fileName: file }).map(({ path: _path, fixes: _fixes, ...rest }) => rest);
    assert.deepEqual(fromLibrary.map(same), (diagnostics as { message: string }[]).map(same), file);
  }
});

test('each diagnostic has the JSON path of its member, and its fixes', () => {
  const [tag, timestamp] = check('[{"Id": "a"}, {"Tags": {"aws:x": "1"}, "QueueInfo": {"EnqueueTimestamp": "2024-01-01"}}]');
  assert.equal(tag.path, '$[1].Tags["aws:x"]');
  assert.equal(tag.code, 'tag-key');
  assert.equal(timestamp.path, '$[1].QueueInfo.EnqueueTimestamp');
  const [typo] = check('{"Id": "x", "channel": "VOICE"}');
  assert.deepEqual([typo.path, typo.line, typo.column, typo.endColumn], ['$.channel', 1, 13, 22]);
  assert.deepEqual(typo.fixes, [{ title: 'Rename to "Channel"', certain: true }]);
  assert.equal(check('{"Id": "a",,}')[0].path, '$');
});

test('fix() applies the certain fixes, and returns the text as it was when there are none', () => {
  assert.equal(fix('{"Id": "x", "channel": "VOICE"}'), '{"Id": "x", "Channel": "VOICE"}');
  assert.equal(fix('\uFEFF{"Id": "x", "channel": "VOICE"}'), '\uFEFF{"Id": "x", "Channel": "VOICE"}');
  assert.equal(fix('{"Id": 3}'), '{"Id": 3}');
});

test('options: the model, the rules, the format to read as; a wrong one throws at once', () => {
  const email = '{"Id": "a", "Channel": "EMAIL"}';
  assert.deepEqual(check(email).map((d) => [d.code, d.severity]), [['newer-api', 'warning']]);
  assert.match(check(email)[0].message, /Pass \{ modelVersion: '2026-08' \} to validate it\.$/);
  assert.deepEqual(check(email, { modelVersion: '2026-08' }), []);
  assert.deepEqual(check(email, { rules: { 'newer-api': 'off' } }), []);
  // A partial contact record shows no marker of its format: by content it reads as a Contact.
  const record = '{"Agent": {"ARN": 5}}';
  assert.deepEqual(check(record).map((d) => d.code), ['unknown-property']);
  assert.deepEqual(check(record, { readAs: 'contact-record' }).map((d) => d.code), ['type']);
  assert.deepEqual(check(record, { readAs: { 'ctr/*.json': 'contact-record' }, fileName: 'ctr/one.json' }).map((d) => d.code), ['type']);
  assert.deepEqual(check(record, { readAs: { 'ctr/*.json': 'contact-record' }, fileName: join(process.cwd(), 'ctr', 'one.json') }).map((d) => d.code), ['type']);
  assert.throws(() => check('{}', { rules: { 'arn-formt': 'off' } }), /unknown rule code "arn-formt"; did you mean "arn-format"\?/);
  assert.throws(() => check('{}', { modelVersion: '2025' as never }), /modelVersion must be one of 2024-09, 2026-08/);
  assert.throws(() => check('{}', { readAs: 'ctr' as never }), /readAs must name one of contact-flow-event, contact-record, contact-event, contact/);
  assert.throws(() => check({} as never), /check\(\) takes the JSON text/);
});

test('checkFiles() finds and checks files as the command line does, with its settings file', async () => {
  const root = tree({
    '.contact-json.json': JSON.stringify({ rules: { type: 'warning' } }),
    'a.contact.json': '{"Id": 3}',
    'sub/b.contact.json': '{"Id": "b"}',
    'other.json': '{"Id": 4}',
  });
  const summary = (results: Awaited<ReturnType<typeof checkFiles>>) => results.map((r) => [r.file, r.diagnostics.map((d) => `${d.code} ${d.severity}`)]);
  assert.deepEqual(summary(await checkFiles('.', { cwd: root })), [['a.contact.json', ['type warning']], ['sub/b.contact.json', []]]);
  assert.deepEqual(summary(await checkFiles(['other.json', '*.contact.json'], { cwd: root, config: false })), [['other.json', ['type error']], ['a.contact.json', ['type error']]]);
  assert.deepEqual(summary(await checkFiles('a.contact.json', { cwd: root, rules: { type: 'off' } })), [['a.contact.json', []]]);
  await assert.rejects(checkFiles('nothing/*.json', { cwd: root }), /contact-json: nothing\/\*\.json: no files match this glob$/);
  await assert.rejects(checkFiles('missing.json', { cwd: root }), /contact-json: missing\.json: no such file or directory$/);
});

test('assertValid(): silent on a valid fixture; otherwise an Error listing every problem by its JSON path', () => {
  assertValid(JSON.parse(readFileSync(join(EXAMPLES, 'lambda-event.contact.json'), 'utf8')));
  // As text: its QueuePriority is the largest 64-bit integer, which a JavaScript number cannot hold.
  const valid = readFileSync(join(EXAMPLES, 'valid.contact.json'), 'utf8');
  assertValid(valid);
  assert.throws(() => assertValid(JSON.parse(valid)), /\$\.QueuePriority: QueuePriority must be at most 9223372036854775807; it is 9223372036854776000\./);
  const error = (() => {
    try {
      assertValid({ Details: { ContactData: { Channel: 'PHONE', Queue: { Name: 4 } } } }, { fileName: 'fixture.ts' });
    } catch (caught) {
      return caught;
    }
    assert.fail('no error');
  })();
  assert.ok(error instanceof ContactJsonAssertionError && error instanceof Error);
  assert.equal(
    error.message,
    'Not valid contact JSON (fixture.ts): 2 problems\n' +
      '  $.Details.ContactData.Channel: "PHONE" is not a valid Details.ContactData.Channel. Valid values: VOICE, CHAT, TASK, EMAIL. (error enum)\n' +
      '  $.Details.ContactData.Queue.Name: Details.ContactData.Queue.Name must be a string, but it is a number. (error type)',
  );
  assert.deepEqual(error.diagnostics.map((d) => d.code), ['enum', 'type']);
  // Warnings pass unless asked otherwise.
  const newer = { Id: 'a', Channel: 'EMAIL' };
  assertValid(newer);
  assert.throws(() => assertValid(newer, { failOnWarnings: true }), /\$\.Channel: .*\(warning newer-api\)/);
  assert.throws(() => assertValid(undefined), TypeError);
});
