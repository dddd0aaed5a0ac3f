// The command line at scale: 10,000 fixture files on disk, checked by `node dist/cli.js <dir>` (the
// production build), beside `ajv validate` (ajv-cli 5, the same schema, ajv-formats) and beside a
// floor: one Node process that only reads and JSON.parses every file.
//
// Fairness: each is a fresh process on the same files, run the same way (spawned, output to a pipe
// that is drained); rounds rotate the order; wall time is measured around the process, peak RSS
// by /usr/bin/time (GNU time's %M) where it exists.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFixtureTree } from './tree';

const ROOT = join(__dirname, '..');
const FILES = 10_000;
const BROKEN = 20;
const ROUNDS = 7;
const TIME = '/usr/bin/time';

/** Reads and parses every *.contact.json below the folder it is given: no tool can do less and still look at each file. */
const FLOOR_SCRIPT = `
const { readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const root = process.argv[1];
let files = 0;
for (const entry of readdirSync(root, { recursive: true })) {
  if (!entry.endsWith('.contact.json')) continue;
  JSON.parse(readFileSync(join(root, entry), 'utf8'));
  files++;
}
console.log(files + ' files parsed');
`;

interface Contender {
  name: string;
  args: (tree: string) => string[];
  /** What a run must show to count: the tool saw the broken files (a tool that checked nothing is fast). */
  verify: (run: { status: number | null; stdout: string; stderr: string }) => string | undefined;
}

const FLOOR: Contender = {
  name: 'floor (read + JSON.parse, one process)',
  args: (tree) => ['-e', FLOOR_SCRIPT, tree],
  verify: ({ status, stdout }) => (status === 0 && stdout.startsWith(`${FILES} files`) ? undefined : `exit ${status}: ${stdout.trim()}`),
};

const contenders: Contender[] = [
  {
    name: 'ours (dist/cli.js)',
    args: (tree) => [join(ROOT, 'dist', 'cli.js'), '--format', 'compact', tree],
    verify: ({ status, stdout }) => {
      const errors = stdout.split('\n').filter((line) => line.includes(': error ')).length;
      return status === 1 && errors === BROKEN ? undefined : `exit ${status}, ${errors} errors`;
    },
  },
  {
    name: 'ajv validate (ajv-cli 5)',
    // The schema is 2020-12; strict mode off because of our `x-` annotations, which ajv would reject.
    args: (tree) => [
      join(ROOT, 'node_modules', 'ajv-cli', 'dist', 'index.js'),
      'validate',
      '--spec=draft2020',
      '--strict=false',
      '--all-errors',
      '-c',
      'ajv-formats',
      '-s',
      join(ROOT, 'schemas', 'contact.schema.json'),
      '-d',
      `${tree}/**/*.contact.json`,
      '--errors=text',
    ],
    verify: ({ status, stderr }) => {
      const invalid = stderr.split('\n').filter((line) => line.endsWith(' invalid')).length;
      return status === 1 && invalid === BROKEN ? undefined : `exit ${status}, ${invalid} invalid`;
    },
  },
  FLOOR,
];

interface Sample {
  ms: number;
  /** Peak resident set, in MB (undefined without GNU time). */
  rssMb?: number;
}

function runOnce(contender: Contender, tree: string, rssFile: string | undefined): Sample {
  const args = [process.execPath, ...contender.args(tree)];
  const [command, ...rest] = rssFile !== undefined ? [TIME, '-f', '%M', '-o', rssFile, ...args] : args;
  const started = performance.now();
  const run = spawnSync(command, rest, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (run.error) throw run.error;
  const wrong = contender.verify(run);
  if (wrong !== undefined) throw new Error(`${contender.name}: unexpected result (${wrong}); stderr: ${run.stderr.slice(0, 500)}`);
  const rssMb = rssFile !== undefined ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined;
  return { ms, rssMb };
}

/** The floor on `tree`, one run: wall milliseconds. */
export function timeFloor(tree: string): number {
  return runOnce(FLOOR, tree, undefined).ms;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export function runCliBench(): void {
  const tree = mkdtempSync(join(tmpdir(), 'contact-json-bench-cli-'));
  const scratch = mkdtempSync(join(tmpdir(), 'contact-json-bench-time-'));
  try {
    const bytes = writeFixtureTree(tree, FILES, BROKEN);
    const rssFile = existsSync(TIME) ? join(scratch, 'rss') : undefined;
    if (rssFile !== undefined) writeFileSync(rssFile, '');
    // One unmeasured run each: the files into the page cache, every tool's code into the OS's.
    for (const contender of contenders) runOnce(contender, tree, undefined);
    const samples = contenders.map(() => [] as Sample[]);
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < contenders.length; k++) {
        const index = (round + k) % contenders.length;
        samples[index].push(runOnce(contenders[index], tree, rssFile));
      }
    }
    const medians = samples.map((runs) => ({
      ms: median(runs.map((run) => run.ms)),
      rssMb: rssFile !== undefined ? median(runs.map((run) => run.rssMb ?? 0)) : undefined,
    }));
    const [ours, ajv, floor] = medians;
    const mb = (value: number | undefined) => (value === undefined ? '   -' : `${value.toFixed(0)} MB`);
    console.log(`\nCommand line: ${FILES.toLocaleString('en')} contact files (${(bytes / FILES / 1024).toFixed(1)} KB each, ${BROKEN} broken), a fresh process each, ${ROUNDS} rotating rounds, medians:`);
    console.log(`  ${'contender'.padEnd(40)} ${'wall'.padStart(8)} ${'peak RSS'.padStart(9)}`);
    contenders.forEach((contender, i) => console.log(`  ${contender.name.padEnd(40)} ${`${(medians[i].ms / 1000).toFixed(2)} s`.padStart(8)} ${mb(medians[i].rssMb).padStart(9)}`));
    const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
    const toAjv = ours.ms / ajv.ms;
    const toFloor = ours.ms / floor.ms;
    console.log(`  ours / ajv:   ${toAjv.toFixed(2)}x wall time   target <= 0.5x ${verdict(toAjv <= 0.5)}`);
    console.log(`  ours / floor: ${toFloor.toFixed(2)}x wall time   target <= 2x ${verdict(toFloor <= 2)}`);
    if (ours.rssMb !== undefined && ajv.rssMb !== undefined) {
      console.log(`  peak RSS ours / ajv: ${(ours.rssMb / ajv.rssMb).toFixed(2)}x   target <= 1x ${verdict(ours.rssMb <= ajv.rssMb)}`);
    } else console.log(`  peak RSS: not measured (${TIME} is missing)`);
  } finally {
    rmSync(tree, { recursive: true, force: true });
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) runCliBench();
