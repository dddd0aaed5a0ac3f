// `npm run mutate [-- <id-part> ...]`: does the test suite notice a wrong boundary?
//
// Applies each mutation of scripts/mutations.ts, one at a time, to a copy of the project in a
// temporary folder (the working tree is never written, so an interrupted run leaves nothing
// behind), rebuilds the copy (validators and bundles: 2 s), and runs the fast tiers there
// (unit, then protocol and command line), stopping at the first failing test. A mutant that a
// test fails on is killed; one that passes every test survived, and wants a test. Prints each
// result and the score, and exits with 1 if any survived. Not part of `npm test`: about 7 minutes.
//
// No dependency: StrykerJS would need its own TypeScript setup beside tsx and esbuild, and
// generates hundreds of mostly trivial mutants; a short list of realistic ones runs in minutes.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mutations, type Mutation } from './mutations';

const root = join(__dirname, '..');
/** The fast tiers, in the order they run: unit tests kill most mutants in seconds. */
const TIERS = ['test/unit', 'test/protocol', 'test/cli'];
/**
 * A tier taking this many times as long as without the mutant is stuck (a loop that never
 * ends): killed. Without the baseline run, a fixed three minutes.
 */
const TIMEOUT_FACTOR = 4;
const DEFAULT_TIMEOUT_MS = 180_000;
const timeouts = new Map<string, number>();
/** Not copied: history, installed packages (linked instead), build output, caches. */
const NOT_COPIED = new Set(['.git', 'node_modules', 'dist', 'out', '.cache', '.scratch', '.vscode-test', 'generated', '.data', '.out']);

interface Outcome {
  status: 'killed' | 'survived' | 'timeout' | 'build-failed';
  /** The first failing test, or the build's error. */
  detail: string;
  seconds: number;
}

/** Where the mutation goes in the text, or why it cannot go anywhere. */
function locate(text: string, mutation: Mutation): number | string {
  let from = 0;
  for (const anchor of mutation.at ?? []) {
    const found = text.indexOf(anchor, from);
    if (found < 0) return `anchor ${JSON.stringify(anchor)} not found`;
    from = found + anchor.length;
  }
  const index = text.indexOf(mutation.find, from);
  if (index < 0) return `${JSON.stringify(mutation.find)} not found`;
  if (mutation.at === undefined && text.indexOf(mutation.find, index + 1) >= 0) return `${JSON.stringify(mutation.find)} occurs more than once: add an anchor (at)`;
  return index;
}

function mutated(text: string, mutation: Mutation): string {
  const index = locate(text, mutation) as number;
  return text.slice(0, index) + mutation.replace + text.slice(index + mutation.find.length);
}

/** The copy: everything the build and the tests read, with node_modules linked. */
function makeCopy(): string {
  const copy = mkdtempSync(join(tmpdir(), 'contact-json-mutate-'));
  cpSync(root, copy, { recursive: true, filter: (source) => !NOT_COPIED.has(source.split(/[\\/]/).pop() ?? '') && !source.endsWith('.vsix') });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  return copy;
}

/** Validators from the schemas, then the bundles: what the tiers read. Skips the type check (a mutant type-checks). */
function build(copy: string): string | undefined {
  for (const args of [['--import', 'tsx', 'scripts/generate-validators.ts'], ['scripts/build.mjs']]) {
    const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
    if (result.status !== 0) return `${args.join(' ')}: ${(result.stderr || result.stdout).trim().split('\n').slice(0, 3).join(' ')}`;
  }
  return undefined;
}

let running: ChildProcess | undefined;

/** Runs one tier's test files; resolves with the first failing test's name, or undefined when all pass. */
function runTier(copy: string, folder: string): Promise<{ failed?: string; timedOut?: boolean }> {
  const files = readdirSync(join(copy, folder))
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => `${folder}/${name}`);
  return new Promise((resolve) => {
    // Its own process group, so that the test files it starts (and the servers they start) stop with it.
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=tap', ...files], { cwd: copy, detached: true, stdio: ['ignore', 'pipe', 'ignore'] });
    running = child;
    let failed: string | undefined;
    let buffer = '';
    const stop = () => {
      try {
        process.kill(-(child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    };
    const timeout = timeouts.get(folder) ?? DEFAULT_TIMEOUT_MS;
    const timer = setTimeout(() => {
      failed ??= `(no answer within ${Math.round(timeout / 1000)} s)`;
      stop();
      resolve({ failed, timedOut: true });
    }, timeout);
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        // The innermost test fails first: it names what noticed the mutant.
        const match = /^\s*not ok \d+ - (.*?)(?: # .*)?$/.exec(line);
        if (match !== null && failed === undefined) {
          failed = `${folder}: ${match[1]}`;
          stop();
        }
      }
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      running = undefined;
      if (failed === undefined && code !== 0) failed = `${folder}: exit code ${code}`;
      resolve({ failed });
    });
  });
}

async function runTiers(copy: string, timed = false): Promise<Omit<Outcome, 'seconds'>> {
  for (const tier of TIERS) {
    const started = Date.now();
    const { failed, timedOut } = await runTier(copy, tier);
    if (timed) timeouts.set(tier, Math.max(30_000, TIMEOUT_FACTOR * (Date.now() - started)));
    if (failed !== undefined) return { status: timedOut === true ? 'timeout' : 'killed', detail: failed };
  }
  return { status: 'survived', detail: '' };
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const skipBaseline = process.argv.includes('--no-baseline');
  const ids = new Set<string>();
  const problems: string[] = [];
  for (const mutation of mutations) {
    if (ids.has(mutation.id)) problems.push(`${mutation.id}: the id is used twice`);
    ids.add(mutation.id);
    const where = locate(readFileSync(join(root, mutation.file), 'utf8'), mutation);
    if (typeof where === 'string') problems.push(`${mutation.id} (${mutation.file}): ${where}`);
  }
  if (problems.length > 0) {
    console.error(`scripts/mutations.ts no longer matches the source:\n  ${problems.join('\n  ')}`);
    process.exit(2);
  }
  if (process.argv.includes('--list')) {
    for (const mutation of mutations) console.log(`${mutation.id}  (${mutation.file})`);
    return;
  }
  const chosen = filters.length === 0 ? mutations : mutations.filter((mutation) => filters.some((filter) => mutation.id.includes(filter)));

  const copy = makeCopy();
  const cleanUp = () => rmSync(copy, { recursive: true, force: true });
  process.on('exit', cleanUp);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (running?.pid !== undefined) {
        try {
          process.kill(-running.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      console.log('\ninterrupted; the working tree was never changed');
      process.exit(130);
    });
  }
  console.log(`${chosen.length} mutations, in a copy of the project (${copy})`);

  const buildError = build(copy);
  if (buildError !== undefined) throw new Error(`the unmutated copy does not build: ${buildError}`);
  if (!skipBaseline) {
    const baseline = await runTiers(copy, true);
    if (baseline.status !== 'survived') throw new Error(`the tests fail without any mutation (${baseline.detail}): fix them first`);
    console.log('baseline: every test passes');
  }

  const results: (Outcome & { mutation: Mutation })[] = [];
  for (const [index, mutation] of chosen.entries()) {
    const path = join(copy, mutation.file);
    const original = readFileSync(path, 'utf8');
    const started = Date.now();
    let outcome: Omit<Outcome, 'seconds'>;
    try {
      writeFileSync(path, mutated(original, mutation));
      const error = build(copy);
      outcome = error !== undefined ? { status: 'build-failed', detail: error } : await runTiers(copy);
    } finally {
      writeFileSync(path, original);
    }
    const seconds = Math.round((Date.now() - started) / 100) / 10;
    results.push({ ...outcome, seconds, mutation });
    const label = outcome.status === 'survived' ? 'SURVIVED' : outcome.status;
    console.log(`[${index + 1}/${chosen.length}] ${label.padEnd(12)} ${mutation.id}  (${seconds} s)${outcome.detail !== '' ? `\n      ${outcome.detail}` : ''}`);
  }

  const killed = results.filter((result) => result.status === 'killed' || result.status === 'timeout').length;
  const survivors = results.filter((result) => result.status === 'survived');
  const broken = results.filter((result) => result.status === 'build-failed');
  const counted = results.length - broken.length;
  console.log(`\nkilled ${killed} of ${counted} mutants: ${counted === 0 ? 0 : Math.round((1000 * killed) / counted) / 10}%`);
  if (survivors.length > 0) console.log(`survived (each wants a test):\n  ${survivors.map((result) => `${result.mutation.id}  (${result.mutation.file})`).join('\n  ')}`);
  if (broken.length > 0) console.log(`not built (fix the mutation):\n  ${broken.map((result) => `${result.mutation.id}: ${result.detail}`).join('\n  ')}`);
  process.exitCode = survivors.length > 0 || broken.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
