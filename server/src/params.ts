import { ErrorCodes, ResponseError, type FormattingOptions, type Position, type Range, type TextDocumentContentChangeEvent, type TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

// What the server accepts from a client. The protocol's types are promises the client makes,
// not facts: a careless client sends positions past the end, fractions, nulls. Each value is
// checked here, at the edge, so the service only ever sees positions inside its document.

/** A JSON-RPC "invalid params" error, which the connection sends back as the request's answer. */
export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isPosition = (value: unknown): value is Position => isNumber((value as Position | null)?.line) && isNumber((value as Position | null)?.character);
const isRange = (value: unknown): value is Range => isPosition((value as Range | null)?.start) && isPosition((value as Range | null)?.end);

/**
 * The place in `document` nearest to `position`: lines and characters rounded down to the
 * integers the protocol requires, a line past the end read as the end of the document, a
 * character past the end of its line as the end of that line, anything negative as 0.
 */
export function clampPosition(document: TextDocument, position: Position): Position {
  const line = Math.floor(position.line);
  if (line < 0) return { line: 0, character: 0 };
  return document.positionAt(document.offsetAt({ line, character: Math.max(0, Math.floor(position.character)) }));
}

/** A request's position, brought inside the document; a value that is no position is an error. */
export function positionIn(document: TextDocument, value: unknown, name = 'position'): Position {
  if (!isPosition(value)) throw invalidParams(`${name} must be an object with numbers "line" and "character"`);
  return clampPosition(document, value);
}

/** A request's range, brought inside the document. */
export function rangeIn(document: TextDocument, value: unknown, name = 'range'): Range {
  if (!isRange(value)) throw invalidParams(`${name} must be an object with positions "start" and "end"`);
  return { start: clampPosition(document, value.start), end: clampPosition(document, value.end) };
}

/** Wider than any indentation a person uses; without a bound, `tabSize: 1e8` builds gigabytes of spaces. */
const MAX_TAB_SIZE = 100;

/** Formatting options as an editor would allow them: 1 to 100 columns a level. */
export function formattingOptions(value: unknown): FormattingOptions {
  const options = value as FormattingOptions | null;
  if (!isNumber(options?.tabSize)) throw invalidParams('options.tabSize must be a number');
  const tabSize = Math.min(MAX_TAB_SIZE, Math.max(1, Math.floor(options.tabSize)));
  return { ...options, tabSize, insertSpaces: options.insertSpaces !== false };
}

const isChange = (change: unknown): change is TextDocumentContentChangeEvent => {
  if (typeof (change as { text?: unknown } | null)?.text !== 'string') return false;
  return !('range' in (change as object)) || isRange((change as { range: unknown }).range);
};

/**
 * How `TextDocuments` makes and edits its documents. didOpen without a string URI, a string
 * text or an integer version is refused (the connection logs the error), and so is a didChange
 * whose changes are not changes; a change's range is read as the nearest place in the document
 * (the text library's line table breaks on a range past the end or a fraction).
 */
export const checkedTextDocuments: TextDocumentsConfiguration<TextDocument> = {
  create(uri, languageId, version, text) {
    if (typeof uri !== 'string' || typeof text !== 'string' || !Number.isInteger(version)) {
      throw new Error(`didOpen refused: it needs a string uri, a string text and an integer version (got ${describeValue(uri)}, ${describeValue(text)}, ${describeValue(version)})`);
    }
    return TextDocument.create(uri, typeof languageId === 'string' ? languageId : '', version, text);
  },
  update(document, changes, version) {
    if (!Number.isInteger(version) || !Array.isArray(changes) || !changes.every(isChange)) {
      throw new Error(`didChange of ${document.uri} refused: it needs an integer version and changes of a string text with an optional range; the text stays as it was`);
    }
    // One change at a time: each range is relative to the text the previous change left.
    for (const change of changes) {
      const checked = 'range' in change ? { range: { start: clampPosition(document, change.range.start), end: clampPosition(document, change.range.end) }, text: change.text } : { text: change.text };
      TextDocument.update(document, [checked], version);
    }
    return document;
  },
};

function describeValue(value: unknown): string {
  return typeof value === 'string' ? 'a string' : value === null ? 'null' : typeof value;
}
