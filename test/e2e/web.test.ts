// VS Code for the Web end to end: runs web/run.ts (what `npm run test:web` runs after building),
// which loads the extension through its `browser` entry into VS Code for the Web in headless
// Chromium, offline, and runs web/extension.test.ts there. Its exit code is the tests' verdict.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';

test('VS Code for the Web: the extension through its browser entry, its server in a web worker', async (t) => {
  const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'web', 'run.ts')], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  assert.equal(code, 0, `test/e2e/web/run.ts exited with ${code ?? signal}:\n${output}`);
  const passing = /^\s*(\d+) passing/m.exec(output);
  assert.ok(passing && Number(passing[1]) > 0, `no web test ran:\n${output}`);
  t.diagnostic(`${passing[1]} passing in VS Code for the Web`);
});
