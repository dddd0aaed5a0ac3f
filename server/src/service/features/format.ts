import { format as formatJson } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Range, TextEdit, type FormattingOptions } from 'vscode-languageserver-types';

/** Document (or range) formatting with jsonc-parser's formatter, honouring the editor's indentation. */
export function format(document: TextDocument, options: FormattingOptions, range?: Range): TextEdit[] {
  const text = document.getText();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const span = range === undefined ? undefined : { offset: document.offsetAt(range.start), length: document.offsetAt(range.end) - document.offsetAt(range.start) };
  return formatJson(text, span, { tabSize: options.tabSize, insertSpaces: options.insertSpaces, eol, insertFinalNewline: options.insertFinalNewline ?? false }).map((edit) =>
    TextEdit.replace(Range.create(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.content),
  );
}
