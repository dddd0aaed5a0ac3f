import { TextDocument } from 'vscode-languageserver-textdocument';
import { Range, type Diagnostic } from 'vscode-languageserver-types';
import { arrayInBatches, MAX_DEPTH, type ParsedDocument } from './parse';
import { shiftFix, type DiagnosticData } from '../rules/problem';
import { countKeys, skim, valueEnd } from './skim';

/** What is kept of a document's last validation, to validate the next version by difference. */
export interface ValidatedText {
  text: string;
  parsed: ParsedDocument;
  diagnostics: Diagnostic[];
  /** [start, end] offsets of each diagnostic in `text`. */
  offsets: [number, number][];
}

/**
 * Validates a new version of an array document (a fixture file of many contacts) when the
 * edit stays inside one contact: that contact is read and checked again, the others keep
 * their diagnostics, moved by the edit. Typing in a 4,000-contact file then costs one
 * contact, not four thousand. Undefined whenever that would not give exactly what a full
 * validation gives (then the caller does the full one): the edit crosses contacts, the
 * contact is not valid JSON on its own, the document has problems of its own, and so on.
 */
export function revalidateEdit(
  previous: ValidatedText,
  document: TextDocument,
  validateAlone: (document: TextDocument, parsed: ParsedDocument) => Diagnostic[],
  maxDiagnostics: number,
): ValidatedText | undefined {
  const { parsed: before } = previous;
  const starts = before.itemStarts;
  // Only an array document on the fast path has item starts.
  if (before.fastPath !== true || starts === undefined || starts.length < 2) return undefined;
  if (previous.diagnostics.length >= maxDiagnostics || previous.offsets.some(([start]) => start < starts[0])) return undefined;
  const old = previous.text;
  const text = document.getText();
  const delta = text.length - old.length;

  // The edited span: what lies between the common prefix and the common suffix.
  let prefix = 0;
  const shorter = Math.min(old.length, text.length);
  while (prefix < shorter && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shorter - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  if (prefix === old.length && prefix === text.length) return undefined; // no change

  let index = 0;
  while (index + 1 < starts.length && starts[index + 1] <= prefix) index++;
  const start = starts[index];
  const end = valueEnd(old, index + 1 < starts.length ? starts[index + 1] : old.lastIndexOf(']'));
  if (prefix < start || old.length - suffix > end) return undefined;

  const itemText = text.slice(start, end + delta);
  let item: unknown;
  try {
    item = JSON.parse(itemText);
  } catch {
    return undefined;
  }
  const found = skim(itemText);
  if (found.suspiciousNumber || found.maxDepth >= MAX_DEPTH || countKeys(item) !== found.keys) return undefined;

  // The contact alone, as an array of one, so that it is named and checked as in the document.
  const alone = TextDocument.create(document.uri, document.languageId, document.version, `[${itemText}]`);
  const aloneParsed: ParsedDocument = { value: [item], syntaxErrors: [], duplicateKeys: [], bigNumbers: [], fastPath: true, mayHaveMilliseconds: found.longNumber, itemStarts: [1] };
  const shiftAlone = start - 1;
  const fresh = validateAlone(alone, aloneParsed).map((diagnostic) => moved(diagnostic, alone.offsetAt(diagnostic.range.start) + shiftAlone, alone.offsetAt(diagnostic.range.end) + shiftAlone, shiftAlone, document));

  const kept: { diagnostic: Diagnostic; offsets: [number, number] }[] = [];
  for (const [position, diagnostic] of previous.diagnostics.entries()) {
    const [from, to] = previous.offsets[position];
    if (from < start) kept.push({ diagnostic, offsets: [from, to] });
    else if (from >= end) kept.push({ diagnostic: moved(diagnostic, from + delta, to + delta, delta, document), offsets: [from + delta, to + delta] });
  }
  // A look-alike's range runs to the end of its first line, which may lie beyond the contact.
  if ([...fresh, ...previous.diagnostics].some((diagnostic) => diagnostic.code === 'not-a-contact')) return undefined;
  const all = [...kept, ...fresh.map((diagnostic) => ({ diagnostic, offsets: [document.offsetAt(diagnostic.range.start), document.offsetAt(diagnostic.range.end)] as [number, number] }))];
  if (all.length >= maxDiagnostics) return undefined;
  all.sort((a, b) => a.offsets[0] - b.offsets[0]);

  // The new text is valid JSON without duplicate keys (the contact was proved alone, the rest is
  // unchanged): its value, too, is built only when something reads it.
  const itemStarts = starts.map((offset, at) => (at > index ? offset + delta : offset));
  return {
    text,
    parsed: arrayInBatches(text, itemStarts, before.mayHaveMilliseconds !== false || found.longNumber),
    diagnostics: all.map(({ diagnostic }) => diagnostic),
    offsets: all.map(({ offsets }) => offsets),
  };
}

/** The diagnostic at new offsets, its fixes' offsets shifted by `shift`. */
function moved(diagnostic: Diagnostic, from: number, to: number, shift: number, document: TextDocument): Diagnostic {
  const data = diagnostic.data as DiagnosticData | undefined;
  return {
    ...diagnostic,
    range: Range.create(document.positionAt(from), document.positionAt(to)),
    ...(data !== undefined
      ? {
          data: {
            ...data,
            fixes: data.fixes.map((fix) => shiftFix(fix, shift)),
          },
        }
      : {}),
  };
}
