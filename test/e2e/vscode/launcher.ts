/**
 * Stands in for the VS Code executable that `@vscode/test-electron`'s `runTests` spawns
 * (`vscodeExecutablePath`), where desktop VS Code cannot be downloaded: it takes the same
 * arguments, runs the extension tests in code-server's extension host with a headless Chromium
 * showing the workbench, and exits with the tests' exit code.
 *
 *   code-server-vscode [FOLDER] --extensionDevelopmentPath=DIR --extensionTestsPath=FILE
 *                      [--user-data-dir=DIR] [--extensions-dir=DIR] [Electron flags, ignored]
 *   code-server-vscode --install-extension FILE.vsix [--extensions-dir=DIR] [--user-data-dir=DIR]
 *
 * Environment: CONTACT_JSON_E2E_TIMEOUT (seconds, default 300); CONTACT_JSON_E2E_VERBOSE=1 echoes
 * code-server's log and the browser console.
 */
import { mkdtempSync } from 'node:fs';
import { resolve } from 'node:path';
import { format } from 'node:util';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser } from '../lib/browser';
import { CodeServer, Sandbox, installExtension } from '../lib/codeServer';

interface Args {
  folder?: string;
  extensionDevelopmentPaths: string[];
  extensionTestsPath?: string;
  userDataDir?: string;
  extensionsDir?: string;
  installExtension?: string;
}

/** The options runTests and the `code` CLI pass, as `--name=value` or `--name value`. */
function parseArgs(argv: string[]): Args {
  const cwd = process.env.CONTACT_JSON_LAUNCHER_CWD ?? process.cwd();
  const args: Args = { extensionDevelopmentPaths: [] };
  const withValue = new Set(['extensionDevelopmentPath', 'extensionTestsPath', 'user-data-dir', 'extensions-dir', 'install-extension']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      args.folder = resolve(cwd, arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (!withValue.has(name)) continue; // Electron and VS Code flags that do not apply here
    const value = resolve(cwd, inline ?? argv[++i]);
    if (name === 'extensionDevelopmentPath') args.extensionDevelopmentPaths.push(value);
    else if (name === 'extensionTestsPath') args.extensionTestsPath = value;
    else if (name === 'user-data-dir') args.userDataDir = value;
    else if (name === 'extensions-dir') args.extensionsDir = value;
    else args.installExtension = value;
  }
  return args;
}

const verbose = process.env.CONTACT_JSON_E2E_VERBOSE === '1';
/** The workbench's own chatter about connecting and its (disabled) gallery. */
// The untrusted-workspace run refuses the trust prompt on purpose: VS Code logs that refusal with a
// stack trace, which is expected there and no failure.
const NOISE = /^(Resolving connection token|Resolved connection token|Creating a socket|Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|\[Service Worker\]|Creation of workbench contribution|DialogService: refused to show dialog in tests\. Contents: Do you trust the authors)/;

async function runExtensionTests(args: Args, sandbox: Sandbox, cleanups: (() => Promise<void>)[]): Promise<number> {
  if (!args.extensionTestsPath || args.extensionDevelopmentPaths.length === 0) {
    throw new Error('--extensionTestsPath and --extensionDevelopmentPath are required');
  }
  const server = await CodeServer.start(sandbox, { echo: verbose });
  cleanups.push(() => server.stop());
  const browser: BrowserContext = await launchBrowser(sandbox);
  cleanups.push(() => browser.close().catch(() => undefined));

  const page = browser.pages()[0] ?? (await browser.newPage());
  const result = new Promise<number>((resolveExit, reject) => {
    // The workbench reports the extension host's console and the tests' end through these.
    void page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      const line = format(...args);
      if (verbose || !NOISE.test(line)) (type === 'error' ? process.stderr : process.stdout).write(`${line}\n`);
    });
    void page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code));
    page.on('crash', () => reject(new Error('the workbench page crashed')));
    browser.on('close', () => reject(new Error('the browser closed before the tests ended')));
    server.process.once('exit', (code, signal) => reject(new Error(`code-server exited (${code ?? signal}) before the tests ended\n${server.log.join('')}`)));
    if (verbose) page.on('console', (message) => process.stderr.write(`[browser] ${message.text()}\n`));
  });
  result.catch(() => undefined); // handled by the race below, even if it fails before that
  const payload: [string, string][] = [
    ...args.extensionDevelopmentPaths.map((path): [string, string] => ['extensionDevelopmentPath', server.remoteUri(path)]),
    ['extensionTestsPath', server.remoteUri(args.extensionTestsPath)],
  ];
  const folder = args.folder ?? mkdtempSync(resolve(sandbox.root, 'workspace-'));
  await page.goto(server.workbenchUrl(folder, payload));

  const seconds = Number(process.env.CONTACT_JSON_E2E_TIMEOUT ?? 300);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<number>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`the tests did not end within ${seconds} s`)), seconds * 1000);
  });
  try {
    return await Promise.race([result, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const sandbox = new Sandbox({ userDataDir: args.userDataDir, extensionsDir: args.extensionsDir });
  const cleanups: (() => Promise<void>)[] = [];
  let stopping = false;
  const cleanup = async () => {
    if (stopping) return;
    stopping = true;
    for (const step of cleanups.reverse()) await step();
    sandbox.remove();
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => void cleanup().finally(() => process.exit(1)));
  }
  try {
    if (args.installExtension) {
      const { status, output } = installExtension(sandbox, args.installExtension);
      process.stdout.write(output);
      return status;
    }
    return await runExtensionTests(args, sandbox, cleanups);
  } catch (error) {
    process.stderr.write(`code-server-vscode: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    await cleanup();
  }
}

void main().then((code) => process.exit(code));
