// checkFiles(): files, folders and globs, found and checked as the command line does (its config
// file, its targets, its engine): `contact-json [paths...]` without the output.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CheckFilesOptions, FileResult } from '../../../types';
import { checkText } from '../check';
import { mapBounded, READ_CONCURRENCY } from '../cli/concurrency';
import { checkOptionsOf, defaultConfig, findConfig, loadConfig } from '../cli/config';
import { CliError } from '../cli/errors';
import { displayPath, resolveTargets, unmatchedError } from '../cli/targets';
import { toLibraryDiagnostics } from './diagnostics';
import { LIBRARY_WORDS, overridesOf } from './options';

export async function checkFiles(paths: string | string[], options: CheckFilesOptions = {}): Promise<FileResult[]> {
  try {
    return await checkPaths(typeof paths === 'string' ? [paths] : paths, options);
  } catch (error) {
    // The command line's one-line errors, named as the library's are, since a test log shows no command.
    if (error instanceof CliError) throw new Error(`contact-json: ${error.message}`);
    throw error;
  }
}

async function checkPaths(operands: string[], options: CheckFilesOptions): Promise<FileResult[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const overrides = overridesOf(options);
  const config = options.config === false ? defaultConfig(cwd) : typeof options.config === 'string' ? await loadConfig(options.config, cwd) : await findConfig(cwd);
  const checkOptions = checkOptionsOf(config.settings, overrides, { fix: false, settingWords: LIBRARY_WORDS });
  if (operands.includes('-')) throw new Error('contact-json: "-" (stdin) is for the command line; read it and call check(text)');
  const targets = await resolveTargets(operands, cwd, config.root, config.settings);
  const unmatched = unmatchedError(targets, config.settings);
  if (unmatched !== undefined) throw unmatched;
  return mapBounded(targets.files, READ_CONCURRENCY, async (file) => {
    const text = await readFile(file, 'utf8');
    const display = displayPath(file, cwd);
    const { diagnostics } = checkText(text, pathToFileURL(file).href, checkOptions, display);
    return { file: display, diagnostics: toLibraryDiagnostics(text, diagnostics) };
  });
}
