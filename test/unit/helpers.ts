import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';
import { serviceFor } from '../../server/src/models';
import { EDITOR_WORDS } from '../../server/src/settings';

/** The service as the server uses it by default: the specified 2024-09 model, 2026-08 as the newer one. */
export const service = serviceFor('2024-09');
/** The service for files from today's Amazon Connect. */
export const service2026 = serviceFor('2026-08');

export function documentOf(text: string): TextDocument {
  return TextDocument.create('file:///test.contact.json', 'contact-json', 1, text);
}

/** The diagnostics as the editor shows them (its words for settings in messages). */
export function diagnose(text: string): Diagnostic[] {
  const document = documentOf(text);
  return service.doValidation(document, service.parse(document), { settingWords: EDITOR_WORDS });
}

/** "line:col-line:col code message", 1-based, one string a diagnostic. */
export function brief(text: string): string[] {
  return diagnose(text).map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${String(d.code)} ${d.message}`,
  );
}

/** The codes only, for tests of which side of a bound a value is on. */
export function codes(text: string): string[] {
  return diagnose(text).map((d) => String(d.code));
}

/** A contact with one member, as text: `member('Id', '')` -> `{"Id": ""}`. */
export function member(name: string, value: unknown): string {
  return `{${JSON.stringify(name)}: ${typeof value === 'string' && value.startsWith('RAW:') ? value.slice(4) : JSON.stringify(value)}}`;
}

/** Splits `text` at the `|` marker. */
export function cursor(textWithMarker: string): { document: TextDocument; position: Position } {
  const offset = textWithMarker.indexOf('|');
  const document = documentOf(textWithMarker.slice(0, offset) + textWithMarker.slice(offset + 1));
  return { document, position: document.positionAt(offset) };
}
