// The GitHub Action (action.yml): its check step, scripts/action/check.sh, run as the workflow
// runs it (inputs in INPUT_* variables, in the repository root), on the built command line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { tree } from '../cli/cli';

const ROOT = join(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'scripts', 'action', 'check.sh');

function action(cwd: string, inputs: Record<string, string>) {
  const result = spawnSync('bash', [SCRIPT], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, ...inputs } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('every input of action.yml reaches the check step', () => {
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const inputs = [...yml.slice(yml.indexOf('\ninputs:'), yml.indexOf('\nruns:')).matchAll(/^ {2}([a-z-]+):$/gm)].map((match) => match[1]);
  assert.deepEqual(inputs, ['paths', 'read-as', 'model-version', 'max-warnings', 'config', 'node-version']);
  const script = readFileSync(SCRIPT, 'utf8');
  for (const input of inputs.filter((name) => name !== 'node-version')) {
    const variable = `INPUT_${input.toUpperCase().replace(/-/g, '_')}`;
    assert.match(yml, new RegExp(`${variable}: \\$\\{\\{ inputs\\.${input} \\}\\}`), input);
    assert.ok(script.includes(variable), `${variable} is not read by check.sh`);
  }
});

test('paths, globs and read-as become annotations with the repository paths; the exit code fails the job', () => {
  const root = tree({ 'fx/a.contact.json': '{"Id": 3}', 'fx/ctr/r.json': '{"Agent": {"ARN": 5}}', 'fx/w.contact.json': '{"Id": "a", "Channel": "EMAIL"}' });
  const errors = action(root, { INPUT_PATHS: 'fx/a.contact.json\nfx/ctr/*.json', INPUT_READ_AS: 'fx/ctr/*.json=contact-record' });
  assert.equal(errors.code, 1, errors.stderr);
  assert.equal(
    errors.stdout,
    '::error file=fx/a.contact.json,line=1,col=8,endLine=1,endColumn=8,title=type::Id must be a string, but it is a number.\n' +
      '::error file=fx/ctr/r.json,line=1,col=19,endLine=1,endColumn=19,title=type::Agent.ARN must be a string, but it is a number.\n',
  );
  const warning = { INPUT_PATHS: 'fx/w.contact.json' };
  assert.equal(action(root, warning).code, 0);
  assert.equal(action(root, { ...warning, INPUT_MAX_WARNINGS: '0' }).code, 1);
  assert.deepEqual(action(root, { ...warning, INPUT_MODEL_VERSION: '2026-08', INPUT_MAX_WARNINGS: '0' }), { code: 0, stdout: '', stderr: '' });
});
