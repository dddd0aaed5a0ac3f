import type { TextDocument } from 'vscode-languageserver-textdocument';
import type {
  CodeAction,
  CompletionList,
  Diagnostic,
  DocumentSymbol,
  FoldingRange,
  FormattingOptions,
  Hover,
  InlayHint,
  Position,
  Range,
  SelectionRange,
  TextEdit,
} from 'vscode-languageserver-types';
import { fixAllAction, getCodeActions, getFixAllEdits, type CodeActionOptions } from './features/codeActions';
import { doComplete, type CompletionOptions } from './features/completion';
import { format } from './features/format';
import { doHover } from './features/hover';
import { getInlayHints } from './features/inlayHints';
import { getDocumentSymbols, getFoldingRanges, getSelectionRanges } from './features/outline';
import { parseDocument, type ParseOptions, type ParsedDocument } from './reading/parse';
import { doValidation, validateDocument, type Validation, type ValidationOptions } from './rules/validate';
import type { CompiledSchema } from './schema/compiled';

export type { CompiledSchema } from './schema/compiled';
export { FIX_ALL_KIND, type CodeActionOptions } from './features/codeActions';
export type { ParseOptions, ParsedDocument } from './reading/parse';
export type { RuleSetting, Validation, ValidationOptions } from './rules/validate';
export { NEUTRAL_WORDS, type SettingWords } from './rules/settingWords';

/**
 * The Contact JSON language service: pure functions of a document's text and a schema.
 * No editor, protocol or Node API is used here, so the same service runs in the stdio
 * server, a web worker, the command line and in-process tests. Methods that need the
 * document's value take the `ParsedDocument` of the same version (read it once with `parse`).
 */
export interface LanguageService {
  parse(document: TextDocument, options?: ParseOptions): ParsedDocument;
  doValidation(document: TextDocument, parsed: ParsedDocument, options?: ValidationOptions): Diagnostic[];
  /** `doValidation` with each diagnostic's offsets, for a server that moves them after edits. */
  validate(document: TextDocument, parsed: ParsedDocument, options?: ValidationOptions): Validation;
  doComplete(document: TextDocument, parsed: ParsedDocument, position: Position, options?: CompletionOptions): CompletionList;
  doHover(document: TextDocument, parsed: ParsedDocument, position: Position): Hover | null;
  /** Quick fixes for these diagnostics (from their `data`). */
  getCodeActions(document: TextDocument, diagnostics: Diagnostic[], options?: CodeActionOptions): CodeAction[];
  /**
   * The "Fix all auto-fixable problems" source action, if the document has any certain fix.
   * `diagnostics`: the document's current ones, if known (saves the first validation).
   */
  getFixAllAction(document: TextDocument, options?: ValidationOptions & ParseOptions, diagnostics?: Diagnostic[]): CodeAction | undefined;
  /** The edits of every certain fix, applied until none is left (also for a command line's `--fix`). */
  getFixAllEdits(document: TextDocument, options?: ValidationOptions & ParseOptions, diagnostics?: Diagnostic[]): TextEdit[];
  getInlayHints(document: TextDocument, parsed: ParsedDocument, range: Range): InlayHint[];
  getDocumentSymbols(document: TextDocument): DocumentSymbol[];
  getFoldingRanges(document: TextDocument): FoldingRange[];
  getSelectionRanges(document: TextDocument, positions: Position[]): SelectionRange[];
  format(document: TextDocument, options: FormattingOptions, range?: Range): TextEdit[];
}

export interface ServiceOptions {
  /**
   * A newer model than `compiled`: what only it allows becomes a `newer-api` warning
   * instead of an error (the specified 2024-09 model, with the 2026-08 one as newer).
   * A function, so that the newer schema is compiled only when a document needs it.
   */
  newerModel?: () => CompiledSchema;
}

/** The service for one model version (its validator generated at build time, see models.ts). */
export function getLanguageService(compiled: CompiledSchema, serviceOptions: ServiceOptions = {}): LanguageService {
  const { newerModel } = serviceOptions;
  const validateText = (options?: ValidationOptions & ParseOptions) => (document: TextDocument) =>
    doValidation(document, parseDocument(document.getText(), options), compiled, options, newerModel);
  return {
    parse: (document, options) => parseDocument(document.getText(), options),
    doValidation: (document, parsed, options) => doValidation(document, parsed, compiled, options, newerModel),
    validate: (document, parsed, options) => validateDocument(document, parsed, compiled, options, newerModel),
    doComplete: (document, parsed, position, options) => doComplete(document, parsed, compiled.root, position, options),
    doHover: (document, parsed, position) => doHover(document, parsed, compiled.root, position, () => newerModel?.().root),
    getCodeActions,
    getFixAllAction: (document, options, diagnostics) => fixAllAction(document, validateText(options), diagnostics),
    getFixAllEdits: (document, options, diagnostics) => getFixAllEdits(document, validateText(options), diagnostics),
    getInlayHints: (document, parsed, range) => getInlayHints(document, parsed, compiled.root, range),
    getDocumentSymbols,
    getFoldingRanges,
    getSelectionRanges,
    format,
  };
}
