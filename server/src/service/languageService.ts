import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionList, Diagnostic, Hover, Position } from 'vscode-languageserver-types';
import { doComplete, type CompletionOptions } from './completion';
import { doHover } from './hover';
import { parseDocument, type ParsedDocument } from './parse';
import { doValidation } from './validate';
import type { CompiledSchema } from './validator';

export { compileSchema, type CompiledSchema } from './validator';

export type { ParsedDocument } from './parse';

/**
 * The Contact JSON language service: pure functions of a document's text and a schema.
 * No editor, protocol or Node API is used here, so the same service runs in the stdio
 * server, a web worker, the command line and in-process tests.
 */
export interface LanguageService {
  /** Reads a document once; pass the result to the other methods for the same version. */
  parse(document: TextDocument): ParsedDocument;
  doValidation(document: TextDocument, parsed: ParsedDocument): Diagnostic[];
  doComplete(document: TextDocument, parsed: ParsedDocument, position: Position, options?: CompletionOptions): CompletionList;
  doHover(document: TextDocument, parsed: ParsedDocument, position: Position): Hover | null;
}

/** The service for one schema; compile it once with `compileSchema` (validator.ts). */
export function getLanguageService(compiled: CompiledSchema): LanguageService {
  return {
    parse: (document) => parseDocument(document.getText()),
    doValidation: (document, parsed) => doValidation(document, parsed, compiled),
    doComplete: (document, parsed, position, options) => doComplete(document, parsed, compiled.root, position, options),
    doHover: (document, parsed, position) => doHover(document, parsed, compiled.root, position),
  };
}
