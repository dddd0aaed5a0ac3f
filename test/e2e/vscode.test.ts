// VS Code end to end: runs test/e2e/vscode/suite in VS Code through @vscode/test-electron's
// runTests, twice: with the extension loaded from this folder, and installed from the .vsix that
// `npm run package` built (run that first; `npm run test:e2e` does).
//
// Which VS Code: by default code-server, through the launcher test/e2e/vscode/code-server-vscode
// (desktop VS Code cannot be downloaded on the project's machines). CONTACT_JSON_E2E_VSCODE=download
// lets runTests download desktop VS Code instead; any other value is the path of a VS Code executable.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..');
const SUITE = join(__dirname, 'vscode', 'suite');
const OUT = join(ROOT, 'out', 'test', 'e2e', 'vscode');
const VSIX = join(ROOT, 'contact-json.vsix');
const LAUNCHER = join(__dirname, 'vscode', 'code-server-vscode');

/** The executable runTests starts, and the command line that installs a .vsix into it. */
async function vscode(): Promise<{ executable: string; cli: string[] }> {
  const choice = process.env.CONTACT_JSON_E2E_VSCODE;
  if (!choice) {
    chmodSync(LAUNCHER, 0o755); // in case a checkout lost the executable bit
    return { executable: LAUNCHER, cli: [LAUNCHER] };
  }
  const executable = choice === 'download' ? await downloadAndUnzipVSCode('stable') : choice;
  const [cli] = resolveCliArgsFromVSCodeExecutablePath(executable);
  return { executable, cli: [cli] };
}

describe('VS Code', () => {
  let scratch: string;
  let workspace: string;
  let executable: string;
  let cli: string[];

  before(async () => {
    await esbuild.build({
      entryPoints: readdirSync(SUITE).filter((name) => name.endsWith('.ts')).map((name) => join(SUITE, name)),
      outdir: OUT,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: ['vscode', 'mocha'],
      logLevel: 'warning',
    });
    scratch = mkdtempSync(join(tmpdir(), 'contact-json-e2e-'));
    workspace = join(scratch, 'workspace');
    mkdirSync(workspace);
    for (const name of ['mistakes.contact.json', 'valid.contact.json', 'format-mistakes.contact.json']) copyFileSync(join(ROOT, 'examples', name), join(workspace, name));
    ({ executable, cli } = await vscode());
  });

  after(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** Fresh user data and extensions folders for one run. */
  const profile = (name: string) => {
    const dirs = { userDataDir: join(scratch, name, 'user-data'), extensionsDir: join(scratch, name, 'extensions') };
    mkdirSync(dirs.userDataDir, { recursive: true });
    mkdirSync(dirs.extensionsDir, { recursive: true });
    return dirs;
  };

  test('the extension from the source folder', async () => {
    const { userDataDir, extensionsDir } = profile('source');
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(OUT, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`, '--disable-extensions'],
      extensionTestsEnv: { CONTACT_JSON_E2E_EXTENSION_PATH: ROOT },
    });
  });

  test('the extension installed from contact-json.vsix', async () => {
    if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first (npm run test:e2e does)`);
    const { userDataDir, extensionsDir } = profile('vsix');
    const install = spawnSync(cli[0], [...cli.slice(1), `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`, '--install-extension', VSIX], {
      encoding: 'utf8',
    });
    if (install.status !== 0) throw new Error(`installing ${VSIX} failed (${install.status}):\n${install.stdout}${install.stderr}`);
    // The development extension is an empty one, so the installed package is the one that runs.
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: join(__dirname, 'vscode', 'host'),
      extensionTestsPath: join(OUT, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`],
      extensionTestsEnv: { CONTACT_JSON_E2E_EXTENSION_PATH: extensionsDir, CONTACT_JSON_E2E_FROM_VSIX: '1' },
    });
  });

  test('the extension in an untrusted workspace (restricted mode)', async () => {
    // The extension declares untrusted workspaces supported (it only reads): the same suite
    // passes with workspace trust on and the folder not trusted.
    if (process.env.CONTACT_JSON_E2E_VSCODE) return; // desktop VS Code: trust is its own dialog
    const { userDataDir, extensionsDir } = profile('untrusted');
    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: join(OUT, 'index.js'),
      launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${extensionsDir}`, '--disable-extensions'],
      extensionTestsEnv: { CONTACT_JSON_E2E_EXTENSION_PATH: ROOT, CONTACT_JSON_E2E_UNTRUSTED: '1' },
    });
  });
});
