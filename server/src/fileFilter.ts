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
