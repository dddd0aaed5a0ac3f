import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { CLI, ERRORS, VALID, tree } from './cli';

/**
 * Runs the command line on a pseudo-terminal with util-linux `script`, which is where colours
 * and progress appear. The terminal merges stdout and stderr.
 */
function onTerminal(cwd: string, args: string[], env: Record<string, string | undefined> = {}): string {
  const command = [process.execPath, CLI, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, ...env }, timeout: 60_000 });
  if (result.error) throw result.error;
  return result.stdout;
}

const noScript = process.platform !== 'linux' || !existsSync('/usr/bin/script') ? 'needs util-linux script' : false;

describe('contact-json on a terminal', { skip: noScript }, () => {
  test('colours by default, none with NO_COLOR', () => {
    const root = tree({ 'bad.contact.json': ERRORS });
    assert.ok(onTerminal(root, []).includes('\u001b[31merror\u001b[0m'));
    assert.ok(!onTerminal(root, [], { NO_COLOR: '1' }).includes('\u001b['));
    assert.ok(onTerminal(root, [], { NO_COLOR: '' }).includes('\u001b['), 'an empty NO_COLOR does not count');
  });

  test('progress for many files, on one line that is cleared at the end', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 500; i++) files[`f${i}.contact.json`] = VALID;
    const output = onTerminal(tree(files), ['--no-color']);
    assert.match(output, /\rchecked 500\/500 files\r\u001b\[K/);
    assert.ok(output.endsWith('✔ 500 files checked, no problems\r\n'), JSON.stringify(output.slice(-80)));
  });

  test('no progress for a few files', () => {
    assert.ok(!onTerminal(tree({ 'a.contact.json': VALID }), []).includes('checked 1/1'));
  });
});
