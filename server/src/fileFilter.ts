import picomatch from 'picomatch';

/** Which files are contact files: the same rule for the editor and the command line. */
export interface FileFilter {
  /** Globs of contact files, relative to a workspace folder or the current directory. */
  files: string[];
  /** Globs of paths never checked, even when they match `files`. */
  exclude: string[];
}

export const defaultFileFilter: FileFilter = { files: ['**/*.contact.json'], exclude: ['**/node_modules/**'] };

/** A predicate for relative paths (forward slashes) that match `files` and not `exclude`. */
export function fileMatcher(filter: FileFilter): (relativePath: string) => boolean {
  const included = picomatch(filter.files, { dot: true });
  const excluded = filter.exclude.length > 0 ? picomatch(filter.exclude, { dot: true }) : () => false;
  return (relativePath) => included(relativePath) && !excluded(relativePath);
}

/**
 * The format a file is read as, from `readAs` (glob -> format id, the first glob that matches
 * its relative path or, for a file outside any folder, its name): 'auto' where none does, and
 * its content tells.
 */
export function readAsMatcher(readAs: Record<string, string>): (relativePath: string) => string {
  const entries = Object.entries(readAs).map(([glob, format]) => [picomatch(glob, { dot: true }), format] as const);
  return (relativePath) => entries.find(([matches]) => matches(relativePath))?.[1] ?? 'auto';
}
