// `npm test`: every tier in turn, its output as it comes, then one summary a person reads:
// each tier with its counts, and a closing "N passed, N failed" line for all of them.
// Every tier runs even when an earlier one failed, so one run tells everything; the exit code
// is 1 if any tier failed. (Run after `npm run build`; the end-to-end tier packages itself.)
import { spawn } from 'node:child_process';

interface Tier {
  name: string;
  command: string;
}

const TIERS: Tier[] = [
  { name: 'unit, protocol and command line', command: 'node --import tsx --test test/unit/*.test.ts test/protocol/*.test.ts test/cli/*.test.ts' },
  // The package packed, installed into an empty project and used as a user would (test/package/).
  { name: 'npm package', command: 'node --import tsx --test test/package/*.test.ts' },
  { name: 'real editors, end to end', command: 'npm run --silent test:e2e' },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Runs a shell command, passing its output through; resolves with the output and exit code. */
function run(command: string): Promise<{ output: string; code: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, { shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      output += chunk.toString();
      stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    child.on('close', (code) => resolve({ output, code: code ?? 1 }));
  });
}

/** The node test runner's closing counts (the last `# pass N` and so on of the run). */
function nodeCounts(output: string): Counts | undefined {
  const last = (name: string) => {
    const all = [...output.matchAll(new RegExp(`^# ${name} (\\d+)$`, 'gm'))];
    return all.length === 0 ? undefined : Number(all[all.length - 1][1]);
  };
  const passed = last('pass');
  if (passed === undefined) return undefined;
  return { passed, failed: (last('fail') ?? 0) + (last('cancelled') ?? 0), skipped: (last('skipped') ?? 0) + (last('todo') ?? 0) };
}

/** The checks run inside the editors (mocha's "N passing" / "N failing" of each suite), summed. */
function inEditorCounts(output: string): Counts | undefined {
  const sum = (word: string) => [...output.matchAll(new RegExp(`^[#\\s]*(\\d+) ${word}\\b`, 'gm'))].reduce((total, match) => total + Number(match[1]), 0);
  const passed = sum('passing');
  const failed = sum('failing');
  return passed + failed === 0 ? undefined : { passed, failed, skipped: sum('pending') };
}

const line = (name: string, counts: Counts | undefined, code: number) =>
  `  ${name.padEnd(36)} ${counts === undefined ? `no count (exit code ${code})` : `${counts.passed} passed, ${counts.failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}`}`;

async function main(): Promise<void> {
  const rows: string[] = [];
  const total: Counts = { passed: 0, failed: 0, skipped: 0 };
  let failedTiers = 0;
  for (const tier of TIERS) {
    const { output, code } = await run(tier.command);
    const counts = nodeCounts(output);
    // A tier that failed before its runner counted anything still counts as one failure.
    const tierCounts = counts ?? { passed: 0, failed: code === 0 ? 0 : 1, skipped: 0 };
    if (code !== 0 || tierCounts.failed > 0) failedTiers++;
    rows.push(line(tier.name, counts, code));
    const inEditor = inEditorCounts(output);
    if (inEditor !== undefined) rows.push(line('  checks inside the editors', inEditor, code));
    for (const counted of [tierCounts, inEditor]) {
      if (counted === undefined) continue;
      total.passed += counted.passed;
      total.failed += counted.failed;
      total.skipped += counted.skipped;
    }
  }
  console.log(`\nSummary of npm test\n${rows.join('\n')}`);
  console.log(`${total.passed} passed, ${total.failed} failed${total.skipped > 0 ? `, ${total.skipped} skipped` : ''}`);
  process.exitCode = failedTiers > 0 ? 1 : 0;
}

void main();
