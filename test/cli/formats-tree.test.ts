import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { cli, lines, tree } from './cli';

const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8');

describe('contact-json on a tree of every contact format', () => {
  test('each file read as its format: the valid ones clean, the mistakes at their lines, --fix applies the certain fixes', () => {
    const root = tree({
      'contacts/describe.contact.json': example('valid.contact.json'),
      'lambda/event.contact.json': example('lambda-event.contact.json'),
      'records/ctr.contact.json': example('trace-record.contact.json'),
      'events/detail.contact.json': example('eventbridge-event.contact.json'),
      'mixed/mistakes.contact.json': example('format-mistakes.contact.json'),
    });
    const run = cli(root, ['--format', 'compact']);
    assert.equal(run.code, 1);
    assert.deepEqual(
      lines(run.stdout).map((line) => line.split(' ').slice(0, 3).join(' ')),
      [
        'mixed/mistakes.contact.json:7:20: error enum',
        'mixed/mistakes.contact.json:8:29: error placeholder',
        'mixed/mistakes.contact.json:9:60: error type',
        'mixed/mistakes.contact.json:10:27: warning instance-mismatch',
        'mixed/mistakes.contact.json:19:26: warning self-reference',
        'mixed/mistakes.contact.json:21:28: warning timestamp-order',
        'mixed/mistakes.contact.json:22:5: error unknown-property',
        'mixed/mistakes.contact.json:28:5: error unknown-property',
      ],
    );

    const fixed = cli(root, ['--fix', '--format', 'compact']);
    assert.deepEqual(
      lines(fixed.stdout).map((line) => line.split(' ').slice(0, 3).join(' ')),
      [
        'mixed/mistakes.contact.json:8:29: error placeholder',
        'mixed/mistakes.contact.json:10:27: warning instance-mismatch',
        'mixed/mistakes.contact.json:19:26: warning self-reference',
        'mixed/mistakes.contact.json:21:28: warning timestamp-order',
        'mixed/mistakes.contact.json:22:5: error unknown-property',
      ],
    );
    const text = readFileSync(join(root, 'mixed', 'mistakes.contact.json'), 'utf8');
    assert.match(text, /"Channel": "VOICE",/);
    assert.match(text, /"retries": "3"/);
    assert.match(text, /"initiationMethod": "INBOUND"/);
  });
});
