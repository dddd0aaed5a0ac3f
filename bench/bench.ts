// `npm run bench`: timings on this machine. Prints medians; the targets are stated beside them,
// not asserted (machines vary).
// 1. In-process: server-side parse + validation by the language service.
// 2. Over stdio (bench/stdio.ts): dist/server.js against a reference server built on
//    vscode-json-languageservice (bench/reference/server.ts), alternating, as an editor drives them;
//    the burst-of-edits staleness check; the sizes of the bundles and the .vsix.
// 3. Workspace validation (bench/workspace.ts) and the command line (bench/cli.ts) on 10,000 files.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serviceFor } from '../server/src/models';
import { largeArrayOf, largeDocument } from './data';
import { runCliBench } from './cli';
import { runStdioBench } from './stdio';
import { runWorkspaceBench } from './workspace';

// The service as the server runs it: the specified model, with the newer one for newer-api.
const service = serviceFor('2024-09');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Parse + validate a fresh version of `text`, `runs` times; returns the median in ms. */
function timeValidation(text: string, runs: number): { ms: number; diagnostics: number } {
  const times: number[] = [];
  let diagnostics = 0;
  for (let run = 0; run < runs; run++) {
    const document = TextDocument.create('file:///bench.contact.json', 'contact-json', run, text);
    const start = performance.now();
    diagnostics = service.doValidation(document, service.parse(document)).length;
    times.push(performance.now() - start);
  }
  return { ms: median(times), diagnostics };
}

function timeJsonParse(text: string, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    JSON.parse(text);
    times.push(performance.now() - start);
  }
  return median(times);
}

const small = readFileSync(join(__dirname, '..', 'examples', 'valid.contact.json'), 'utf8');
const large = largeDocument(4000, 100);
timeValidation(small, 200); // warm-up: the JIT, not the first-call cost, is what typing feels
timeValidation(large, 3);

const smallResult = timeValidation(small, 500);
const largeResult = timeValidation(large, 15);
const jsonParseMs = timeJsonParse(large, 15);
// The other formats: arrays of the examples' first items (every member of the format, about 3 MB
// each), read through every format's validator; over stdio too, beside the reference (bench/stdio.ts).
const records = largeArrayOf('trace-record.contact.json', 300, (item, i) => (item.ContactId = `c-${i}`));
const events = largeArrayOf('lambda-event.contact.json', 1000, (item, i) => (((item.Details as Record<string, unknown>).ContactData as Record<string, unknown>).ContactId = `c-${i}`));
timeValidation(records, 3);
timeValidation(events, 3);
const recordsResult = timeValidation(records, 15);
const eventsResult = timeValidation(events, 15);
const rows = [
  ['small contact (complete example)', `${(small.length / 1024).toFixed(1)} KB`, smallResult.ms, smallResult.diagnostics, '< 1 ms'],
  ['4,000 contacts, 80 mistakes', `${(large.length / 1024 / 1024).toFixed(2)} MB`, largeResult.ms, largeResult.diagnostics, '< 150 ms'],
  ['  floor: bare JSON.parse of the same', '', jsonParseMs, '', ''],
  ['300 full contact records (CTR)', `${(records.length / 1024 / 1024).toFixed(2)} MB`, recordsResult.ms, recordsResult.diagnostics, ''],
  ['  floor: bare JSON.parse of the same', '', timeJsonParse(records, 15), '', ''],
  ['1,000 full Lambda contact flow events', `${(events.length / 1024 / 1024).toFixed(2)} MB`, eventsResult.ms, eventsResult.diagnostics, ''],
  ['  floor: bare JSON.parse of the same', '', timeJsonParse(events, 15), '', ''],
] as const;
console.log('Server-side validation (parse + diagnostics), median:');
for (const [name, size, ms, count, target] of rows) {
  console.log(`  ${name.padEnd(38)} ${size.padStart(8)} ${ms.toFixed(3).padStart(9)} ms  ${String(count).padStart(3)} diagnostics  ${target}`);
}

// The npm package as `npm pack` makes it from the production build above (issue 17: well under 3 MB unpacked).
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' })) as { size: number; unpackedSize: number; entryCount: number }[];
console.log(`npm package: ${(pack.size / 1e6).toFixed(2)} MB packed, ${(pack.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${pack.entryCount} files (target: < 3 MB unpacked)`);

runStdioBench({
  small,
  large,
  jsonParseMs,
  validationMs: largeResult.ms,
  formats: [
    { name: '300 full contact records', uri: 'file:///records.ctr.json', text: records },
    { name: '1,000 full Lambda contact flow events', uri: 'file:///events.lambda.json', text: events },
  ],
})
  .then(() => runWorkspaceBench())
  .then(() => runCliBench())
  .catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
