// The stdio part of `npm run bench`: our server (dist/server.js) against a reference server on
// vscode-json-languageservice (bench/.out/reference-server.js, from bench/reference/server.ts), both
// validating against schemas/contact.schema.json, each driven over stdio the way an editor drives it.
//
// Fairness:
// - Same client, same messages (incremental didChange, as VS Code sends), same machine, same run.
// - Rounds alternate, and the order within a round flips every round (ours, ref / ref, ours ...).
// - Every round starts a fresh process of each server (so cold start and peak RSS are per process).
// - Both validate a newly opened document at once and debounce edits by the same delay: the reference
//   is given ours (read from server/src/server.ts). Edit timings subtract that delay from both.
// - All timings are client-side round trips (they include the pipe, the JSON-RPC framing and, for the
//   large document, sending 3 MB); the "round-trip floor" (a request on a closed document, answered
//   at once by both) is printed, and "server-side" figures for small work are round trip - floor.
// - Waiting is on events (the publication of a version, a response), never on sleeps.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-protocol';
import { BenchClient, type Publication } from './lspClient';

const ROOT = join(__dirname, '..');
const OURS = join(ROOT, 'dist', 'server.js');
const REFERENCE = join(ROOT, 'bench', '.out', 'reference-server.js');

/** Rounds of (one fresh process of ours, one of the reference); the order flips every round. */
const ROUNDS = 11;
/** Small documents opened per process (the first one is the cold start): ~540 per server. */
const SMALL_PER_PROCESS = 50;
/** One-character edits in the middle of the large document, per process. */
const EDITS_PER_PROCESS = 3;
/** Completion and hover requests in the large document, per process (each). */
const REQUESTS_PER_PROCESS = 5;
/** Requests on a closed document per process: the round-trip floor. */
const FLOOR_PER_PROCESS = 20;
/** The staleness check: didChange versions 2..BURST+1 back to back. */
const BURST = 100;

interface Landmarks {
  /** The digit of `"QueuePriority": 5` of a contact in the middle, and the values it toggles between. */
  edit: { range: Range; values: [string, string] };
  /** Inside the quotes of a member name of that contact. */
  completion: Position;
  /** On a member name of that contact. */
  hover: Position;
  /** Just before the closing quote of that contact's Channel value: where the burst types. */
  burst: { offset: number; position: Position };
}

interface Samples {
  cold: number[];
  small: number[];
  floor: number[];
  largeOpen: number[];
  largeOpenWarm: number[];
  rssAfterLarge: number[];
  rssAfterSession: number[];
  edit: number[];
  completion: number[];
  hover: number[];
  smallDiagnostics?: Diagnostic[];
  largeDiagnostics?: Diagnostic[];
  completionItems?: number;
  hoverChars?: number;
}

const emptySamples = (): Samples => ({
  cold: [],
  small: [],
  floor: [],
  largeOpen: [],
  largeOpenWarm: [],
  rssAfterLarge: [],
  rssAfterSession: [],
  edit: [],
  completion: [],
  hover: [],
});

/** A large document of another format, opened in a fresh process of each server. */
export interface FormatDocument {
  name: string;
  /** Named for the reference, which tells a document's schema by its file name. */
  uri: string;
  text: string;
}

export async function runStdioBench(input: { small: string; large: string; jsonParseMs: number; validationMs: number; formats?: FormatDocument[] }): Promise<void> {
  const started = performance.now();
  for (const [what, path] of [
    ['our server', OURS],
    ['the reference server', REFERENCE],
  ]) {
    if (!existsSync(path)) throw new Error(`${relative(ROOT, path)} is missing (${what}): run \`npm run bench\`, which builds both.`);
  }
  const debounce = ourDebounce();
  const refArgs = [`--debounce=${debounce.ms}`];
  const marks = landmarks(input.large);
  const servers = [
    { name: 'ours', path: OURS, args: [] as string[], samples: emptySamples() },
    { name: 'reference', path: REFERENCE, args: refArgs, samples: emptySamples() },
  ];

  // Untimed: one start of each, so that neither pays for the first read of its bundle from disk.
  for (const server of servers) {
    const client = await BenchClient.start(server.name, server.path, server.args);
    await client.open('file:///warmup.contact.json', input.small);
    await client.stop();
  }

  let smallCounter = 0;
  const nodeStart: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = round % 2 === 0 ? servers : [...servers].reverse();
    for (const server of order) {
      await session(server.name, server.path, server.args, server.samples, input, marks, debounce.ms, () => smallCounter++);
    }
    nodeStart.push(await timeNodeStart());
  }

  const burst = await burstCheck(input.large, marks);
  printReport(servers[0].samples, servers[1].samples, input, debounce, burst, median(nodeStart));
  if (input.formats !== undefined) await formatOpens(servers, input.formats);
  printSizes();
  console.log(`\n(stdio part: ${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** One fresh process: cold start, small documents, floor, the large document, edits, completion, hover. */
async function session(
  name: string,
  path: string,
  args: string[],
  samples: Samples,
  input: { small: string; large: string },
  marks: Landmarks,
  debounceMs: number,
  nextSmall: () => number,
): Promise<void> {
  const client = await BenchClient.start(name, path, args);
  // (4) cold start: spawn -> initialize -> initialized -> didOpen -> diagnostics of a small contact.
  const first = await client.open(`file:///small-${nextSmall()}.contact.json`, smallVariant(input.small, 0));
  samples.cold.push(first.publication.at - client.spawnedAt);
  // (3) open -> diagnostics of small contacts, each a new document (with its own Id).
  for (let i = 1; i < SMALL_PER_PROCESS; i++) {
    const n = nextSmall();
    const result = await client.open(`file:///small-${n}.contact.json`, smallVariant(input.small, n));
    samples.small.push(result.ms);
    samples.smallDiagnostics = result.publication.params.diagnostics;
  }
  for (let i = 0; i < FLOOR_PER_PROCESS; i++) samples.floor.push((await client.hover('file:///not-open.contact.json', { line: 0, character: 0 })).ms);

  // (1) open -> first diagnostics of the large document; (5) peak RSS right after.
  const uri = 'file:///large.contact.json';
  const opened = await client.open(uri, input.large);
  samples.largeOpen.push(opened.ms);
  samples.largeDiagnostics = opened.publication.params.diagnostics;
  const rss = client.peakRss();
  if (rss !== undefined) samples.rssAfterLarge.push(rss);

  // (2) one-character edits in the middle: didChange -> diagnostics of that version, minus the debounce.
  for (let i = 0; i < EDITS_PER_PROCESS; i++) {
    const result = await client.edit(uri, 2 + i, marks.edit.range, marks.edit.values[(i + 1) % 2]);
    samples.edit.push(result.ms - debounceMs);
  }
  // (6) completion and hover in the large document (round trips).
  for (let i = 0; i < REQUESTS_PER_PROCESS; i++) {
    const completion = await client.completion(uri, marks.completion);
    samples.completion.push(completion.ms);
    samples.completionItems = completion.items.length;
    const hover = await client.hover(uri, marks.hover);
    samples.hover.push(hover.ms);
    samples.hoverChars = JSON.stringify(hover.hover?.contents ?? '').length;
  }
  const rssEnd = client.peakRss();
  if (rssEnd !== undefined) samples.rssAfterSession.push(rssEnd);

  // (1b) the large document again, in a process that has done all of the above (warm).
  samples.largeOpenWarm.push((await client.open('file:///large-again.contact.json', input.large)).ms);
  await client.stop();
}

/** (7) open -> diagnostics of a large document of each other format, a fresh process each time. */
async function formatOpens(servers: { name: string; path: string; args: string[] }[], documents: FormatDocument[]): Promise<void> {
  const rounds = 5;
  console.log(`\nThe other formats, open -> diagnostics in a fresh process (${rounds} alternating rounds, medians):`);
  for (const document of documents) {
    const times: Record<string, number[]> = {};
    const counts: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      for (const server of round % 2 === 0 ? servers : [...servers].reverse()) {
        const client = await BenchClient.start(server.name, server.path, server.args);
        const opened = await client.open(document.uri, document.text);
        (times[server.name] ??= []).push(opened.ms);
        counts[server.name] = opened.publication.params.diagnostics.length;
        await client.stop();
      }
    }
    const [ours, reference] = servers.map((server) => median(times[server.name]));
    const size = `${(document.text.length / 1024 / 1024).toFixed(2)} MB`;
    console.log(`  7  ${`${document.name} (${size})`.padEnd(44)} ours ${fmtMs(ours).padStart(8)}  reference ${fmtMs(reference).padStart(8)}  ratio ${(ours / reference).toFixed(2)}  (diagnostics: ours ${counts[servers[0].name]}, reference ${counts[servers[1].name]})`);
  }
}

interface BurstResult {
  versions: (number | null)[];
  settleMs: number;
  sameAsFreshOpen: boolean;
  lastDiagnostics: number;
}

/**
 * The staleness check, on our server only: open the large document, then send didChange versions
 * 2..101 back to back (typing 100 characters into a Channel value, so every version has its own
 * diagnostics), wait for the diagnostics of version 101, then one request round trip as a barrier
 * (the server has handled everything sent before it). Counts every publication after the open and
 * compares the last with a fresh open of the final text.
 */
async function burstCheck(large: string, marks: Landmarks): Promise<BurstResult> {
  const client = await BenchClient.start('ours', OURS);
  const uri = 'file:///burst.contact.json';
  await client.open(uri, large);
  const before = client.publications(uri).length;
  let lastSent = 0;
  for (let i = 0; i < BURST; i++) {
    const at: Position = { line: marks.burst.position.line, character: marks.burst.position.character + i };
    lastSent = client.sendEdit(uri, 2 + i, { start: at, end: at }, 'x');
  }
  const last = await client.diagnosticsFor(uri, BURST + 1);
  await client.hover('file:///not-open.contact.json', { line: 0, character: 0 });
  const after: Publication[] = client.publications(uri).slice(before);
  const finalText = large.slice(0, marks.burst.offset) + 'x'.repeat(BURST) + large.slice(marks.burst.offset);
  const fresh = await client.open('file:///burst-check.contact.json', finalText);
  await client.stop();
  return {
    versions: after.map((p) => p.params.version ?? null),
    settleMs: last.at - lastSent,
    sameAsFreshOpen: JSON.stringify(last.params.diagnostics) === JSON.stringify(fresh.publication.params.diagnostics),
    lastDiagnostics: last.params.diagnostics.length,
  };
}

/** Spawn -> exit of `node -e 0`: what any Node process costs before it runs a line of its own (the cold start's floor). */
function timeNodeStart(): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' })
      .on('error', reject)
      .on('exit', () => resolve(performance.now() - started));
  });
}

function printReport(ours: Samples, ref: Samples, input: { small: string; large: string; jsonParseMs: number; validationMs: number }, debounce: { ms: number; from: string }, burst: BurstResult, nodeStartMs: number): void {
  const mb = (input.large.length / 1024 / 1024).toFixed(2);
  const oursFloor = median(ours.floor);
  const refFloor = median(ref.floor);
  console.log(`\nOver stdio, as an editor drives them: ours (dist/server.js) vs reference (vscode-json-languageservice,`);
  console.log(`bench/.out/reference-server.js), same schema, ${ROUNDS} alternating rounds, a fresh process of each per round.`);
  console.log(`Medians of client-side round trips (n = samples per server); ratio = ours / reference.`);
  console.log(`  ${'measure'.padEnd(50)} ${'n'.padStart(4)} ${'ours'.padStart(10)} ${'reference'.padStart(10)} ${'ratio'.padStart(6)}  target`);
  const row = (what: string, o: number[], r: number[], unit: 'ms' | 'MB', target: string, verdict?: string) => {
    const mo = median(o);
    const mr = median(r);
    const show = (v: number) => (unit === 'MB' ? `${(v / 1024 / 1024).toFixed(1)} MB` : fmtMs(v));
    console.log(`  ${what.padEnd(50)} ${String(o.length).padStart(4)} ${show(mo).padStart(10)} ${show(mr).padStart(10)} ${(mo / mr).toFixed(2).padStart(6)}  ${target}${verdict === undefined ? '' : `  ${verdict}`}`);
    return { mo, mr, ratio: mo / mr };
  };
  const ratioVerdict = (ratio: number, limit: number) => (ratio <= limit ? 'met' : `MISSED: ${ratio.toFixed(2)} > ${limit} (${(ratio / limit).toFixed(1)}x the target)`);

  const largeOpen = median(ours.largeOpen);
  const largeRatio = largeOpen / median(ref.largeOpen);
  const parseTimes = largeOpen / input.jsonParseMs;
  row(`1  open -> diagnostics, 4,000 contacts, ${mb} MB`, ours.largeOpen, ref.largeOpen, 'ms', '<= 0.15, <= 5x JSON.parse');
  console.log(`     ratio: ${ratioVerdict(largeRatio, 0.15)}`);
  console.log(`     floor: bare JSON.parse of the same text (in-process) ${fmtMs(input.jsonParseMs)}; ours = ${parseTimes.toFixed(1)}x that: ${parseTimes <= 5 ? 'met' : 'MISSED: > 5x'}`);
  const inProcess = input.validationMs / input.jsonParseMs;
  console.log(`     in-process (warm, no transport): parse + diagnostics ${fmtMs(input.validationMs)} = ${inProcess.toFixed(1)}x JSON.parse: ${inProcess <= 5 ? 'met' : 'MISSED: > 5x'}`);
  row(`1b the same, a 2nd large doc in a warm process`, ours.largeOpenWarm, ref.largeOpenWarm, 'ms', '(info)');
  const edit = row(`2  1-char edit -> diagnostics of its version`, ours.edit, ref.edit, 'ms', '<= 0.15');
  console.log(`     (didChange sent -> publication of its version, minus the ${debounce.ms} ms debounce both apply; ${debounce.from})`);
  console.log(`     ratio: ${ratioVerdict(edit.ratio, 0.15)}`);
  const small = row(`3  open -> diagnostics, small contact (${(input.small.length / 1024).toFixed(1)} KB)`, ours.small, ref.small, 'ms', '< 1 ms server-side, <= ref');
  const cold = row(`4  cold start: spawn, initialize, open -> diags`, ours.cold, ref.cold, 'ms', '(above the floor: <= 0.5)');
  const aboveFloor = (cold.mo - nodeStartMs) / (cold.mr - nodeStartMs);
  console.log(`     floor: \`node -e 0\` ${fmtMs(nodeStartMs)}; above it ours ${fmtMs(cold.mo - nodeStartMs)}, reference ${fmtMs(cold.mr - nodeStartMs)}: ${aboveFloor.toFixed(2)} ${ratioVerdict(aboveFloor, 0.5)}`);
  const rss = row(`5  peak RSS (VmHWM) after the large open`, ours.rssAfterLarge, ref.rssAfterLarge, 'MB', '<= 0.5');
  console.log(`     ratio: ${ratioVerdict(rss.ratio, 0.5)}`);
  row(`5b peak RSS after the edits, completions, hovers`, ours.rssAfterSession, ref.rssAfterSession, 'MB', '(info)');
  const completion = row(`6  completion in the large doc (round trip)`, ours.completion, ref.completion, 'ms', '< 1 ms server-side, <= ref');
  const hover = row(`6  hover in the large doc (round trip)`, ours.hover, ref.hover, 'ms', '< 1 ms server-side, <= ref');
  row(`   round-trip floor: a request, closed document`, ours.floor, ref.floor, 'ms', '(subtracted below)');

  console.log(`  Server-side estimates (round trip - floor), target < 1 ms and not slower than the reference:`);
  for (const [what, result] of [
    ['3  small open', small],
    ['6  completion', completion],
    ['6  hover', hover],
  ] as const) {
    const o = Math.max(0, result.mo - oursFloor);
    const r = Math.max(0, result.mr - refFloor);
    const verdict = o < 1 && result.mo <= result.mr ? 'met' : `MISSED (${[o >= 1 ? `${fmtMs(o)} >= 1 ms` : '', result.mo > result.mr ? 'slower than the reference' : ''].filter(Boolean).join(', ')})`;
    console.log(`     ${what.padEnd(14)} ours ~${fmtMs(o).padStart(9)}   reference ~${fmtMs(r).padStart(9)}   ${verdict}`);
  }

  const refCounts = countMessages(ref.largeDiagnostics ?? []);
  console.log(`  Diagnostics: large document ours ${ours.largeDiagnostics?.length}, reference ${ref.largeDiagnostics?.length}` + ` (reference's most frequent: ${refCounts[0] === undefined ? '-' : `"${refCounts[0][0]}" x${refCounts[0][1]}`});`);
  console.log(`    small contact ours ${ours.smallDiagnostics?.length}, reference ${ref.smallDiagnostics?.length}${ref.smallDiagnostics?.length ? ` ("${countMessages(ref.smallDiagnostics)[0][0]}")` : ''}; completion items ours ${ours.completionItems}, reference ${ref.completionItems}; hover text ours ${ours.hoverChars} chars, reference ${ref.hoverChars}.`);

  const versions = burst.versions.map((v) => (v === null ? 'unversioned' : `v${v}`));
  const onlyLast = burst.versions.length === 1 && burst.versions[0] === BURST + 1;
  console.log(`\nBurst of ${BURST} edits on ours (didChange v2..v${BURST + 1} back to back, typing into a value of the large document):`);
  console.log(`  ${burst.versions.length} publication(s) after the open: ${summarize(versions)}; the last ${burst.settleMs.toFixed(0)} ms after the last edit was sent (a fresh process; the ${debounce.ms} ms debounce included).`);
  console.log(`  ${onlyLast ? 'Only the last version was published' : 'NOT only the last version was published'}; its ${burst.lastDiagnostics} diagnostics ${burst.sameAsFreshOpen ? 'equal' : 'DIFFER from'} those of a fresh open of the final text.`);
}

function printSizes(): void {
  console.log('\nBundle sizes:');
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  for (const file of ['dist/server.js', 'dist/server-main.js', 'dist/model-2026-08.js', 'dist/extension.js']) {
    const path = join(ROOT, file);
    if (existsSync(path)) console.log(`  ${file.padEnd(34)} ${kb(statSync(path).size).padStart(8)}  (the production build this bench made: minified)`);
    else console.log(`  ${file.padEnd(34)} missing`);
  }
  const map = join(ROOT, 'dist', 'server-main.js.map');
  // The production build writes no map: one older than the bundle is a development build's, of other code.
  if (existsSync(map) && statSync(map).mtimeMs >= statSync(join(ROOT, 'dist', 'server-main.js')).mtimeMs) {
    const { sources, sourcesContent } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[]; sourcesContent?: (string | null)[] };
    const byPackage = new Map<string, number>();
    sources.forEach((source, i) => {
      const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
      const key = match === null ? '(this project)' : match[1];
      byPackage.set(key, (byPackage.get(key) ?? 0) + (sourcesContent?.[i]?.length ?? 0));
    });
    const top = [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`    its inputs by source size (from the source map): ${top.map(([name, size]) => `${name} ${kb(size)}`).join(', ')}`);
  }
  const vsix = join(ROOT, 'contact-json.vsix');
  if (!existsSync(vsix)) {
    console.log('  contact-json.vsix                  missing (not built by the bench: `npm run package` builds it)');
    return;
  }
  const stat = statSync(vsix);
  console.log(`  contact-json.vsix ${kb(stat.size).padStart(25)}  (the existing file, built ${stat.mtime.toISOString().replace('T', ' ').slice(0, 16)} UTC; not rebuilt by the bench)`);
  try {
    for (const entry of zipEntries(readFileSync(vsix))) {
      if (entry.name.endsWith('.js')) console.log(`    ${entry.name.padEnd(32)} ${kb(entry.size).padStart(8)} (${kb(entry.compressed)} compressed; the production build: minified)`);
    }
  } catch (error) {
    console.log(`    (could not read its entries: ${String(error)})`);
  }
}

/** Name, uncompressed and compressed size of each entry of a zip file (its central directory). */
function zipEntries(zip: Buffer): { name: string; size: number; compressed: number }[] {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error('bad central directory entry');
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    entries.push({ name: zip.toString('utf8', at + 46, at + 46 + nameLength), size, compressed });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The edit debounce of our server, read from its source so that the reference gets the same. */
function ourDebounce(): { ms: number; from: string } {
  try {
    const match = /VALIDATION_DELAY_MS\s*=\s*(\d+)/.exec(readFileSync(join(ROOT, 'server', 'src', 'server.ts'), 'utf8'));
    if (match !== null) return { ms: Number(match[1]), from: 'VALIDATION_DELAY_MS in server/src/server.ts' };
  } catch {
    // fall through
  }
  return { ms: 150, from: 'VALIDATION_DELAY_MS not found in server/src/server.ts: 150 ms assumed' };
}

/** The small example with its own contact id (same length), so that no two documents are the same text. */
function smallVariant(small: string, n: number): string {
  const id = '7f1e0c3a-5b6d-4e8f-9a0b-1c2d3e4f5a6b';
  return small.split(id).join(`${id.slice(0, -6)}${n.toString(16).padStart(6, '0')}`);
}

function landmarks(large: string): Landmarks {
  const anchor = large.indexOf('"Id": "c-2001"');
  if (anchor < 0) throw new Error('the large document has no contact c-2001');
  const find = (needle: string) => {
    const at = large.indexOf(needle, anchor);
    if (at < 0) throw new Error(`no ${needle} after c-2001`);
    return at;
  };
  const digit = find('"QueuePriority": ') + '"QueuePriority": '.length;
  const original = large[digit];
  const channelValue = find('"Channel": "') + '"Channel": "'.length;
  const burstOffset = large.indexOf('"', channelValue);
  return {
    edit: { range: { start: positionAt(large, digit), end: positionAt(large, digit + 1) }, values: [original, original === '5' ? '6' : '5'] },
    completion: positionAt(large, find('"InitiationMethod"') + 1),
    hover: positionAt(large, find('"Channel"') + 3),
    burst: { offset: burstOffset, position: positionAt(large, burstOffset) },
  };
}

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function fmtMs(ms: number): string {
  if (!Number.isFinite(ms)) return '-';
  return `${ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)} ms`;
}

function countMessages(diagnostics: Diagnostic[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const d of diagnostics) {
    const message = typeof d.message === 'string' ? d.message : d.message.value;
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/** "v2, v3, ..., v101" with runs of consecutive versions shortened. */
function summarize(items: string[]): string {
  if (items.length === 0) return 'none';
  if (items.length <= 8) return items.join(', ');
  return `${items.slice(0, 4).join(', ')}, ... (${items.length - 6} more), ${items.slice(-2).join(', ')}`;
}
