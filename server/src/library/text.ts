// check() and fix(): one text through the engine the editor and the command line use
// (checkText, server/src/check.ts).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckOptions, Diagnostic } from '../../../types';
import { checkText } from '../check';
import { displayPath } from '../cli/targets';
import { toLibraryDiagnostics } from './diagnostics';
import { textOptions } from './options';

export function check(text: string, options: CheckOptions = {}): Diagnostic[] {
  expectText(text, 'check');
  const { diagnostics } = checkText(text, uriOf(options.fileName), textOptions(options, false), globPath(options.fileName));
  return toLibraryDiagnostics(text, diagnostics);
}

export function fix(text: string, options: CheckOptions = {}): string {
  expectText(text, 'fix');
  return checkText(text, uriOf(options.fileName), textOptions(options, true), globPath(options.fileName)).fixedText ?? text;
}

/** A caller passing an object where text belongs means assertValid (which takes both). */
function expectText(text: unknown, name: string): asserts text is string {
  if (typeof text !== 'string') throw new TypeError(`contact-json: ${name}() takes the JSON text; for a value, use assertValid(value) or ${name}(JSON.stringify(value))`);
}

function uriOf(fileName: string | undefined): string {
  return fileName === undefined ? 'untitled:contact.json' : pathToFileURL(resolve(fileName)).href;
}

/** The name readAs globs are matched against: relative to the current folder, as the command line's. */
function globPath(fileName: string | undefined): string {
  return fileName === undefined ? '' : displayPath(resolve(fileName), process.cwd());
}
