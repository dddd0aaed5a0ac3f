// One text checked (and fixed) with the editor's own service: the engine of the command line
// (cli/run.ts) and of the library (library/text.ts, files.ts), so that the three report alike.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { serviceFor, type ModelVersion } from './models';
import type { RuleSetting, SettingWords } from './service/languageService';

export interface CheckOptions {
  rules: Record<string, RuleSetting>;
  /** In MB of text, 1 MB = 1,000,000 characters, as the editor's contactJson.maxFileSize. */
  maxFileSize: number;
  /** The Amazon Connect model checked against, as the editor's contactJson.modelVersion. */
  modelVersion: ModelVersion;
  fix: boolean;
  /** How messages name the model and size settings (the command line's cliWords, the library's LIBRARY_WORDS). */
  settingWords: SettingWords;
  /** The format a file is read as, from its path relative to the current folder ('auto': by its content). */
  readAs: (relativePath: string) => string;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** The text after the certain fixes, when `fix` was asked and something changed (BOM kept as found). */
  fixedText?: string;
}

const BOM = '\uFEFF';

/**
 * Checks one document's text the way the editor does. A BOM is dropped first, as editors
 * drop it when they open a file; with `fix` it is written back, so a fix changes nothing else.
 */
export function checkText(text: string, uri: string, options: CheckOptions, relativePath = ''): CheckResult {
  // The editor's own service for this model and format (models.ts), compiled once, on first use.
  const service = serviceFor(options.modelVersion, options.readAs(relativePath));
  const bom = text.startsWith(BOM) ? BOM : '';
  let document = TextDocument.create(uri, 'contact-json', 1, text.slice(bom.length));
  const parseOptions = { maxLength: options.maxFileSize * 1_000_000 };
  let parsed = service.parse(document, parseOptions);
  let fixedText: string | undefined;
  // A document too large to check is too large to fix.
  if (options.fix && parsed.tooLarge === undefined) {
    const edits = service.getFixAllEdits(document, { rules: options.rules });
    if (edits.length > 0) {
      const fixed = TextDocument.applyEdits(document, edits);
      document = TextDocument.create(uri, 'contact-json', 2, fixed);
      parsed = service.parse(document, parseOptions);
      fixedText = bom + fixed;
    }
  }
  return { diagnostics: service.doValidation(document, parsed, { rules: options.rules, settingWords: options.settingWords }), fixedText };
}
