// The fuzz run: documents through the real server over stdio, with open and change
// notifications interleaved with completion, hover and code-action requests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic, Position } from 'vscode-languageserver-protocol';
import { LspClient } from '../protocol/lspClient';
import { makeDocuments, random } from './generate';

export interface FuzzReport {
  documents: number;
  requests: number;
  slowest: number;
  failures: string[];
}

const examples = join(__dirname, '..', '..', 'examples');
/** What the documents are mutated from: every format, whole and with mistakes, and a mixed array. */
const BASES = [
  readFileSync(join(examples, 'valid.contact.json'), 'utf8'),
  readFileSync(join(examples, 'mistakes.contact.json'), 'utf8'),
  readFileSync(join(examples, 'lambda-event.contact.json'), 'utf8'),
  readFileSync(join(examples, 'trace-record.contact.json'), 'utf8'),
  readFileSync(join(examples, 'eventbridge-event.contact.json'), 'utf8'),
  readFileSync(join(examples, 'format-mistakes.contact.json'), 'utf8'),
  '[{"Contact": {"Id": "a", "Channel": "VOICE", "Tags": {"a": "b"}}}, {"Id": "b", "QueuePriority": 9223372036854775807}]',
];

/** Feeds `count` documents from `seed` through one server, `batch` documents at a time. */
export async function fuzz(seed: number, count: number, batch = 40, log: (line: string) => void = () => {}): Promise<FuzzReport> {
  const documents = makeDocuments(seed, count, BASES);
  const next = random(seed ^ 0x5eed);
  const client = await LspClient.start();
  const report: FuzzReport = { documents: 0, requests: 0, slowest: 0, failures: [] };

  const timed = async <T>(what: string, request: Promise<T>): Promise<T | undefined> => {
    const start = performance.now();
    try {
      const result = await request;
      const elapsed = performance.now() - start;
      report.slowest = Math.max(report.slowest, elapsed);
      if (elapsed > 1000) report.failures.push(`${what} took ${elapsed.toFixed(0)} ms`);
      report.requests++;
      return result;
    } catch (error) {
      report.failures.push(`${what} failed: ${String(error)}`);
      return undefined;
    }
  };
  const somewhere = (text: string): Position => {
    const lines = text.split(/\r\n|\r|\n/);
    const line = Math.floor(next() * lines.length);
    return { line, character: Math.floor(next() * (lines[line].length + 1)) };
  };
  const checkRanges = (uri: string, text: string, diagnostics: Diagnostic[]) => {
    const lines = text.split(/\r\n|\r|\n/);
    for (const { range } of diagnostics) {
      for (const position of [range.start, range.end]) {
        if (position.line >= lines.length || position.character > lines[position.line].length) {
          report.failures.push(`${uri}: range ${JSON.stringify(range)} lies outside the document`);
        }
      }
    }
  };

  for (let start = 0; start < documents.length; start += batch) {
    const group = documents.slice(start, start + batch);
    await Promise.all(
      group.map(async (text, index) => {
        const uri = `file:///fuzz/${start + index}.contact.json`;
        const opened = await timed(`open ${uri}`, client.open(uri, text));
        if (opened !== undefined) checkRanges(uri, text, opened.diagnostics);
        const changed = documents[(start + index + 1) % documents.length];
        const version = client.changeWithoutWaiting(uri, changed);
        await Promise.all([
          timed(`completion ${uri}`, client.completion(uri, somewhere(changed))),
          timed(`hover ${uri}`, client.hover(uri, somewhere(changed))),
          timed(`code actions ${uri}`, client.codeActions(uri, { start: somewhere(changed), end: somewhere(changed) }, opened?.diagnostics ?? [])),
        ]);
        // Diagnostics for the latest version must come, and lie inside it.
        const latest = await timed(`diagnostics of ${uri} v${version}`, client.diagnosticsFor(uri, version));
        if (latest !== undefined) checkRanges(uri, changed, latest.diagnostics);
        await client.close(uri);
        report.documents++;
      }),
    );
    if (client.exited) {
      report.failures.push(`the server exited after document ${start}: ${client.stderr.join('')}`);
      break;
    }
    if ((start / batch) % 50 === 0) log(`${report.documents} documents, ${report.requests} requests`);
  }
  if (!client.exited) await client.stop();
  return report;
}
