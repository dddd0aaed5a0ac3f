import { glob } from 'tinyglobby';
import { fileMatcher, type FileFilter } from '../fileFilter';

/**
 * The contact files under `root` (absolute paths, sorted). The crawl prunes only folders that
 * `**`/-excludes surely cover (node_modules costs nothing); then `fileMatcher` decides, so that
 * a glob means the same here as for a file event or the command line. Symbolic links are not
 * followed: a link can lead out of the workspace, and the server reads only what it was asked to.
 */
export async function findContactFiles(root: string, filter: FileFilter): Promise<string[]> {
  const prunable = filter.exclude.filter((pattern) => pattern.startsWith('**/'));
  const paths = await glob(filter.files, { cwd: root, ignore: prunable, dot: true, followSymbolicLinks: false, onlyFiles: true });
  const matches = fileMatcher(filter);
  const prefix = root.endsWith('/') ? root : `${root}/`;
  return paths
    // A glob such as `../*.contact.json` reaches out of the folder; the server reads only inside it.
    .filter((path) => matches(path) && !path.split('/').includes('..'))
    .map((path) => prefix + path)
    .sort();
}
