// Workspace validation at scale: the command line's tree of 10,000 contact files (bench/tree.ts),
// checked by dist/server.js when it starts with the folder open, while the editor's own file is
// opened, edited and hovered in the middle of the scan. Beside it, the read-and-parse floor of the
// same files (bench/cli.ts), in the same run.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/protocol/lspClient';
import { timeFloor } from './cli';
import { writeFixtureTree } from './tree';

const FILES = 10_000;
const BROKEN = 20;
const ROUNDS = 3;
/** The server's pause after a didChange before it validates (server.ts): not the scan's doing. */
const DEBOUNCE_MS = 150;
/**
 * The editor's own file is opened, edited and hovered when the scan has checked this many files,
 * and again at each. The first time is not counted: it pays for the features' first use (code
 * loaded and compiled), which an editor pays once whether a scan runs or not.
 */
const DURING = [1000, 3000, 5000, 7000];

interface Round {
  scanMs: number;
  /** Per moment of DURING that fell inside the scan: open -> diagnostics, edit -> diagnostics (minus the debounce), hover. */
  answers: { open: number; edit: number; hover: number }[];
  withProblems: number;
}

/** The number of files checked so far, from the progress reports ("Checked 1200 of 10000 files"). */
function checkedSoFar(client: LspClient): number {
  for (let i = client.progress.length - 1; i >= 0; i--) {
    const match = /Checked (\d+) of/.exec(client.progress[i]);
    if (match !== null) return Number(match[1]);
  }
  return 0;
}

async function oneRound(root: string): Promise<Round> {
  const started = performance.now();
  const client = await LspClient.start({ workspaceFolders: [pathToFileURL(root).toString()] });
  const scanEnded = () => client.progress.includes('end');
  const answers: Round['answers'] = [];
  for (const [k, moment] of DURING.entries()) {
    await client.waitFor(() => (checkedSoFar(client) >= moment || scanEnded() ? true : undefined), 120_000);
    if (scanEnded()) break;
    const own = `file:///editing-${k}.contact.json`;
    let start = performance.now();
    await client.open(own, '{\n  "Channel": "voice",\n  "Id": "c-1"\n}');
    const open = performance.now() - start;
    start = performance.now();
    await client.change(own, '{\n  "Channel": "VOICE",\n  "Id": "c-1"\n}');
    const edit = performance.now() - start - DEBOUNCE_MS;
    start = performance.now();
    await client.hover(own, { line: 1, character: 4 });
    const hover = performance.now() - start;
    // Only what was answered while the scan still ran counts.
    if (k > 0 && !scanEnded()) answers.push({ open, edit, hover });
  }
  await client.waitFor(() => (scanEnded() ? true : undefined), 120_000);
  const scanMs = performance.now() - started;
  const withProblems = client.publishedUris().filter((uri) => uri.includes('/group-') && (client.publications(uri).at(-1)?.diagnostics.length ?? 0) > 0).length;
  await client.stop();
  return { scanMs, answers, withProblems };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function runWorkspaceBench(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'contact-json-bench-ws-'));
  try {
    writeFixtureTree(root, FILES, BROKEN);
    const rounds: Round[] = [];
    const floors: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      rounds.push(await oneRound(root));
      floors.push(timeFloor(root));
    }
    const scan = median(rounds.map((round) => round.scanMs));
    const floor = median(floors);
    const answers = rounds.flatMap((round) => round.answers);
    const worst = (key: 'open' | 'edit' | 'hover') => Math.max(...answers.map((answer) => answer[key]));
    const slowest = Math.max(worst('open'), worst('edit'), worst('hover'));
    const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
    console.log(`\nWorkspace validation: the same ${FILES.toLocaleString('en')} files (${BROKEN} broken), a fresh dist/server.js started with the folder, ${ROUNDS} rounds, medians:`);
    console.log(`  start -> every file checked (progress end)   ${(scan / 1000).toFixed(2)} s   (files with problems published: ${rounds.map((round) => round.withProblems).join(', ')})`);
    console.log(`  floor: read + JSON.parse of the same files    ${(floor / 1000).toFixed(2)} s   scan / floor ${(scan / floor).toFixed(2)}x   target <= 2x ${verdict(scan / floor <= 2)}`);
    console.log(`  the editor's own file while the scan runs (${answers.length} times, worst): open -> diagnostics ${worst('open').toFixed(1)} ms, edit -> diagnostics ${worst('edit').toFixed(1)} ms (after the ${DEBOUNCE_MS} ms pause), hover ${worst('hover').toFixed(1)} ms   target < 10 ms ${verdict(answers.length > 0 && slowest < 10)}`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runWorkspaceBench().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
