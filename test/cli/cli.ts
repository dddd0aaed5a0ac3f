import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after } from 'node:test';

/** The built command line: these tests check the bundle users run, not the sources. */
export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` in `cwd`, without a terminal, with NO_COLOR and CI unset. */
export function cli(cwd: string, args: string[], options: { input?: string; env?: Record<string, string> } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...options.env };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input: options.input ?? '', env, encoding: 'utf8', timeout: 60_000 });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** As `cli`, without blocking this process (for tests that serve something to the command line). */
export function cliAsync(cwd: string, args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };
    execFile(process.execPath, [CLI, ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

/**
 * A temporary folder holding `files` (path -> content), removed after the test file's run.
 * Every tree lives in its own folder under os.tmpdir(), so no config of this project is found.
 */
export function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'contact-json-cli-'));
  after(() => rmSync(root, { recursive: true, force: true }));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Files for the tests: one clean contact, one with two errors, one with a warning. */
export const VALID = '{\n  "Id": "c-1",\n  "Channel": "VOICE"\n}\n';
export const ERRORS = '{\n  "Channel": "voice",\n  "Chanel": "CHAT"\n}\n';
export const WARNING = '{\n  "Id": "c-1",\n  "Arn": "c-1"\n}\n';

export const ERROR_LINES = [
  'bad.contact.json:2:14: error enum "voice" is not a valid Channel. Valid values: VOICE, CHAT, TASK. Did you mean "VOICE"?',
  'bad.contact.json:3:3: error unknown-property "Chanel" is not a member of Contact. Did you mean "Channel"?',
];
export const WARNING_MESSAGE = 'Arn is not an Amazon Connect contact ARN: expected arn:<partition>:connect:<region>:<12-digit account>:instance/<instance id>/contact/<contact id>.';

/** The lines of an output, without the empty one after the last newline. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
}
