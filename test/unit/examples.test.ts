// The examples folder shows every diagnostic code, and the README says so: this test keeps both
// true. A new code fails it until an example shows it (or the test says why none can).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { contributes } from '../../package.json';
import { EDITOR_WORDS } from '../../server/src/settings';
import { MISTAKE_LINES } from '../e2e/expected';
import { documentOf, service } from './helpers';

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');

/** Every example and what it shows: "line:col severity code", in the order of the text. */
const SHOWS: Record<string, string[]> = {
  'valid.contact.json': [],
  // test/e2e/expected.ts holds its messages, for the editors' tests.
  'mistakes.contact.json': [
    '2:9 error length',
    '4:14 error enum',
    '5:23 error enum',
    '6:3 error unknown-property',
    '7:26 error timestamp',
    '8:26 error timestamp',
    '9:3 error mutually-exclusive',
    '9:20 error range',
    '10:3 error mutually-exclusive',
    '11:22 error range',
    '12:34 error type',
    '13:11 error type',
    '14:18 error unknown-property',
    '15:38 error timestamp',
    '16:3 error tags-max',
    '17:5 error tag-key',
    '23:13 error tag-value',
    '26:5 error segment-attribute-key',
    '28:3 error duplicate-key',
  ],
  'warnings.contact.json': [
    '3:12 warning arn-format',
    '5:26 warning self-reference',
    '6:16 warning newer-api',
    '9:28 warning timestamp-order',
    '10:28 warning epoch-milliseconds',
    '12:36 warning pause-inconsistent',
    '15:12 warning arn-id-mismatch',
    '20:5 warning newer-api',
  ],
  'trace-record.contact.json': [],
  'lambda-event.contact.json': [],
  'eventbridge-event.contact.json': [],
  'flow-definition.contact.json': ['1:1 error not-a-contact'],
  'format-mistakes.contact.json': [
    '7:20 error enum',
    '8:29 error placeholder',
    '9:60 error type',
    '10:27 warning instance-mismatch',
    '19:26 warning self-reference',
    '21:28 warning timestamp-order',
    '22:5 error unknown-property',
    '28:5 error unknown-property',
  ],
  'broken.contact.json': ['3:3 error json-syntax', '4:21 error json-syntax'],
};

/**
 * Codes no example file can show. missing-member is off unless a setting turns it on. required: only shapes of the 2026-08 model have required
 * members, and the examples are read under the default, 2024-09. too-large needs a document over contactJson.maxFileSize,
 * 10 MB by default: not worth a 10 MB file in the repository (checked below on an example with
 * a lower limit instead).
 */
const NOT_IN_EXAMPLES = ['required', 'too-large', 'missing-member'];

const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];

/** What an example shows in the editor, by default settings. */
function shows(name: string, maxLength?: number): string[] {
  const document = documentOf(readFileSync(join(EXAMPLES, name), 'utf8'));
  return service
    .doValidation(document, service.parse(document, { maxLength }), { settingWords: EDITOR_WORDS })
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITIES[d.severity ?? 1]} ${String(d.code)}`);
}

describe('examples/', () => {
  for (const [name, expected] of Object.entries(SHOWS)) {
    test(`${name} shows exactly its codes`, () => {
      assert.deepEqual(shows(name), expected);
    });
  }

  test('mistakes.contact.json: the same list as the editors\' tests (test/e2e/expected.ts)', () => {
    assert.deepEqual(
      SHOWS['mistakes.contact.json'].map((line) => line.replace(/^(\d+):\d+ \S+ /, '$1 ')),
      MISTAKE_LINES,
    );
  });

  test('every example is listed here and in the README', () => {
    const files = readdirSync(EXAMPLES).filter((name) => name.endsWith('.json')).sort();
    assert.deepEqual(files, Object.keys(SHOWS).sort());
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    for (const name of files) assert.ok(readme.includes(`(examples/${name})`), `the README links examples/${name}`);
  });

  test('together they show every rule code, but required, too-large and missing-member', () => {
    const codes = contributes.configuration.properties['contactJson.rules'].propertyNames.enum;
    const shown = new Set(Object.values(SHOWS).flatMap((lines) => lines.map((line) => line.split(' ')[2])));
    assert.deepEqual(codes.filter((code) => !shown.has(code)), NOT_IN_EXAMPLES);
    assert.deepEqual([...shown].filter((code) => !codes.includes(code)), [], 'every code shown is a rule code');
  });

  test('too-large: any example over a lower limit', () => {
    assert.deepEqual(shows('valid.contact.json', 1000), ['1:1 warning too-large']);
  });
});
