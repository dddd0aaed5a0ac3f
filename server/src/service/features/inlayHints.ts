import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { InlayHint, Range } from 'vscode-languageserver-types';
import { EPOCH_MILLISECONDS_THRESHOLD } from '../rules/milliseconds';
import type { ParsedDocument } from '../reading/parse';
import { locate, locateInValidJson, toPointer } from '../reading/positions';
import type { JsonSchema } from '../schema/schema';
import { findTimestamps, utcText } from '../reading/timestamps';

/**
 * After every epoch timestamp in `range`, its UTC date-time: `1714558351 ▸ 2024-05-01 10:12:31 UTC`
 * (epoch seconds as a number; epoch milliseconds as a string of digits where the schema says so).
 */
export function getInlayHints(document: TextDocument, parsed: ParsedDocument, root: JsonSchema, range: Range): InlayHint[] {
  const numbers = findTimestamps(root, parsed.value).flatMap(({ path, value, epochMilliseconds }) => {
    if (typeof value === 'number' && value < EPOCH_MILLISECONDS_THRESHOLD && epochMilliseconds !== true) return [{ path, milliseconds: value * 1000 }];
    if (epochMilliseconds === true && typeof value === 'string' && /^\d{1,15}$/.test(value)) return [{ path, milliseconds: Number(value) }];
    return [];
  });
  if (numbers.length === 0) return [];
  const pointers = numbers.map((found) => toPointer(found.path));
  const spans = parsed.fastPath === true ? locateInValidJson(document.getText(), pointers, parsed.itemStarts) : locate(document.getText(), pointers);
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  const hints: InlayHint[] = [];
  for (const found of numbers) {
    const span = spans.get(toPointer(found.path));
    const label = utcText(found.milliseconds);
    if (span === undefined || label === undefined || span.offset + span.length < start || span.offset > end) continue;
    hints.push({ position: document.positionAt(span.offset + span.length), label: `▸ ${label}`, paddingLeft: true });
  }
  return hints;
}
