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

describe('contact-json --read-as and the config file\'s readAs', () => {
  const partial = '{"channel": "VOICE", "eventType": "INITIATED"}\n';
  const bare = '{"channel": "VOICE"}\n';
  test('a file too partial to show its format is read as the glob says', () => {
    const root = tree({ 'events/a.contact.json': bare, 'events/b.contact.json': partial });
    assert.deepEqual(lines(cli(root, ['--format', 'compact']).stdout), ['events/a.contact.json:1:2: error unknown-property "channel" is not a member of Contact. Did you mean "Channel"?']);
    const run = cli(root, ['--format', 'compact', '--read-as', 'events/*.json=contact-event']);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    const configured = tree({ 'events/a.contact.json': bare, '.contact-json.json': JSON.stringify({ readAs: { 'events/**': 'contact-event' } }) });
    assert.equal(cli(configured, ['--format', 'compact']).code, 0);
  });
  test('a format that does not exist is a usage error', () => {
    const root = tree({ 'a.contact.json': bare });
    const run = cli(root, ['--read-as', 'a.contact.json=ctr']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--read-as needs GLOB=FORMAT with FORMAT one of contact-flow-event, contact-record, contact-event, contact, not "a.contact.json=ctr"/);
    const configured = tree({ 'a.contact.json': bare, '.contact-json.json': '{"readAs": {"*.json": "ctr"}}' });
    assert.equal(cli(configured, []).code, 2);
  });
});
