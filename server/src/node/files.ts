import { glob } from 'tinyglobby';
import type { FileFilter } from '../fileFilter';

/**
 * The contact files under `root` (absolute paths, sorted). Excluded folders are not
 * entered, so `node_modules` costs nothing. Symbolic links are not followed: a link can
 * lead out of the workspace, and the server reads only what it was asked to.
 */
export async function findContactFiles(root: string, filter: FileFilter): Promise<string[]> {
  const paths = await glob(filter.files, { cwd: root, ignore: filter.exclude, absolute: true, dot: true, followSymbolicLinks: false, onlyFiles: true });
  return paths.sort();
}
