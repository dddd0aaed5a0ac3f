import { stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { fileMatcher, type FileFilter } from '../fileFilter';
import { findContactFiles } from '../node/files';
import { CliError, describeIoError } from './errors';

export interface Targets {
  /** Absolute paths, without duplicates: each operand's files sorted, operands in the order given. */
  files: string[];
  stdin: boolean;
  /** Folders and globs that matched no contact file (an error unless asked otherwise). */
  unmatched: { operand: string; kind: 'folder' | 'glob' }[];
}

/**
 * What the operands name. A file named explicitly is checked whatever its name (the user
 * chose it); a folder is searched with the `files`/`exclude` globs; a glob is expanded, minus
 * what `exclude` excludes. An operand that exists is a path even if it looks like a glob.
 */
export async function resolveTargets(operands: string[], cwd: string, root: string, filter: FileFilter): Promise<Targets> {
  const files = new Set<string>();
  const unmatched: Targets['unmatched'] = [];
  let stdin = false;
  for (const operand of operands.length === 0 ? ['.'] : operands) {
    if (operand === '-') {
      stdin = true;
      continue;
    }
    const path = resolve(cwd, operand);
    let found: string[];
    const kind = await kindOf(path, operand);
    if (kind === 'file') found = [path];
    else if (kind === 'folder') found = await filesInFolder(path, root, filter);
    else if (isDynamicPattern(operand)) found = await expandGlob(operand, cwd, root, filter);
    else throw new CliError(`${operand}: no such file or directory`);
    if (found.length === 0 && kind !== 'file') unmatched.push({ operand, kind: kind === 'folder' ? 'folder' : 'glob' });
    for (const file of found) files.add(file);
  }
  return { files: [...files], stdin, unmatched };
}

/** Relative to the current folder, with forward slashes; absolute when outside it. */
export function displayPath(file: string, cwd: string): string {
  // Most files lie below the current folder: a prefix, not path.relative's walk of both paths.
  const prefix = cwd.endsWith(sep) ? cwd : cwd + sep;
  if (!file.includes(`${sep}..${sep}`)) {
    if (file.startsWith(prefix)) return toSlashes(file.slice(prefix.length));
    // Elsewhere: absolute. (Windows compares paths without case: path.relative decides there.)
    if (sep === '/') return file;
  }
  const rel = relative(cwd, file);
  const outside = rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  return toSlashes(outside ? file : rel);
}

const toSlashes = (path: string) => (sep === '/' ? path : path.split(sep).join('/'));

/** The error for the first folder or glob that matched nothing, if any: a typo should not pass a CI run. */
export function unmatchedError(targets: Targets, filter: FileFilter): CliError | undefined {
  const [unmatched] = targets.unmatched;
  if (unmatched === undefined) return undefined;
  if (unmatched.kind === 'glob') return new CliError(`${unmatched.operand}: no files match this glob`);
  return new CliError(`${unmatched.operand}: no contact files in this folder (files: ${filter.files.join(', ')}; exclude: ${filter.exclude.join(', ') || 'none'})`);
}

async function kindOf(path: string, operand: string): Promise<'file' | 'folder' | 'missing'> {
  try {
    const stats = await stat(path);
    return stats.isDirectory() ? 'folder' : 'file';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw new CliError(`${operand}: ${describeIoError(error)}`);
  }
}

/**
 * The globs are relative to the config's folder (the root), as the editor's are to the
 * workspace folder. For a folder below the root that matters only for globs anchored to the
 * root (`fixtures/*.json`); `**`-prefixed globs match the same from anywhere.
 */
async function filesInFolder(folder: string, root: string, filter: FileFilter): Promise<string[]> {
  const anywhere = [...filter.files, ...filter.exclude].every((pattern) => pattern.startsWith('**/'));
  if (anywhere || folder === root || !isInside(folder, root)) return findContactFiles(folder, filter);
  const all = await findContactFiles(folder, { files: ['**'], exclude: prunable(filter.exclude) });
  const matches = fileMatcher(filter);
  return all.filter((file) => matches(fromRoot(file, root)));
}

/** Dot files only when the glob says so, as in a shell: `*.json` should not pick up `.contact-json.json`. */
async function expandGlob(pattern: string, cwd: string, root: string, filter: FileFilter): Promise<string[]> {
  const found = await glob(pattern, { cwd, absolute: true, dot: false, onlyFiles: true, followSymbolicLinks: false, ignore: prunable(filter.exclude) });
  const notExcluded = fileMatcher({ files: ['**'], exclude: filter.exclude });
  return found.filter((file) => notExcluded(fromRoot(file, root))).sort();
}

/** Exclude globs that mean the same from any folder, so the crawl can skip them (node_modules). */
function prunable(exclude: string[]): string[] {
  return exclude.filter((pattern) => pattern.startsWith('**/'));
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** The path the globs are matched against: from the root, or the whole path for a file outside it. */
function fromRoot(file: string, root: string): string {
  const rel = isInside(file, root) ? relative(root, file) : file.replace(/^[a-zA-Z]:/, '').replace(/^[\\/]+/, '');
  return rel.split(sep).join('/');
}
