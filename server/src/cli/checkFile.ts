import { readFileSync } from 'node:fs';
import { dirname, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from './atomicWrite';
import { checkText, type CheckOptions } from '../check';
import { CliError, describeIoError } from './errors';
import type { FileReport } from './formats';

/**
 * Reads one file, checks it, and with `fix` writes the certain fixes back (atomically, and only
 * when the file is valid UTF-8). `warn` gets a line for stderr. Rejects with the I/O problem.
 */
export async function checkFile(file: string, display: string, uri: string, options: CheckOptions, warn: (line: string) => void): Promise<FileReport> {
  // Synchronously: a fixture file is small, and fs/promises' file handle (open, fstat, read, close,
  // each a trip through the thread pool) cost more than checking it; a profile of 10,000 files
  // spent half its time there. With --fix the bytes, for the UTF-8 check; else the text in one call.
  const bytes = options.fix ? readFileSync(file) : undefined;
  const text = bytes !== undefined ? bytes.toString('utf8') : readFileSync(file, 'utf8');
  let result = checkText(text, uri, options, display);
  let fixed = false;
  if (result.fixedText !== undefined && bytes !== undefined) {
    // Bytes that are not UTF-8 were read as U+FFFD; writing the text back would destroy them.
    if (!Buffer.from(text, 'utf8').equals(bytes)) {
      warn(`contact-json: ${display}: not fixed, the file is not valid UTF-8\n`);
      result = checkText(text, uri, { ...options, fix: false }, display);
    } else {
      await writeFileAtomic(file, result.fixedText).catch((error: unknown) => {
        throw new CliError(`cannot write the fixes: ${describeIoError(error)}`);
      });
      fixed = true;
    }
  }
  return { file: display, diagnostics: result.diagnostics, fixed };
}

/** The line a file that could not be checked gets on stderr. */
export function failureLine(display: string, error: unknown): string {
  return `contact-json: ${display}: ${error instanceof CliError ? error.message : describeIoError(error)}\n`;
}

/** A name made only of these is spelled the same in a file URL: appended as it is. */
const PLAIN_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * `pathToFileURL(file).href` for the files of one run, with each folder's URL worked out once:
 * ten thousand files in a hundred folders need a hundred URLs built, not ten thousand.
 */
export function fileUris(): (file: string) => string {
  const folderUris = new Map<string, string>();
  return (file) => {
    const folder = dirname(file);
    const name = file.slice(folder.length + 1);
    if (!PLAIN_NAME.test(name) || file[folder.length] !== sep) return pathToFileURL(file).href;
    let folderUri = folderUris.get(folder);
    if (folderUri === undefined) {
      folderUri = pathToFileURL(folder + sep).href;
      folderUris.set(folder, folderUri);
    }
    return folderUri + name;
  };
}
