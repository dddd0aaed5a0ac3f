import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import picomatch from 'picomatch';
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
  const matches = fileMatcher(filter);
  const prefix = root.endsWith('/') ? root : `${root}/`;
  if (walkable(filter.files, prunable)) return (await walk(prefix, picomatch(prunable, { dot: true }), matches)).sort();
  const paths = await glob(filter.files, { cwd: root, ignore: prunable, dot: true, followSymbolicLinks: false, onlyFiles: true });
  return paths
    // A glob such as `../*.contact.json` reaches out of the folder; the server reads only inside it.
    .filter((path) => matches(path) && !path.split('/').includes('..'))
    .map((path) => prefix + path)
    .sort();
}

/**
 * Globs that can match in any folder (`**` first) leave a crawl nothing to skip, and the usual
 * settings are such: then a plain walk of the folders finds the same files as tinyglobby, in
 * half the time, each file matched once. A folder is pruned only when an exclude ending in
 * `/**` matches it, so everything below it is excluded too, whatever the walk skipped.
 */
function walkable(files: string[], prunable: string[]): boolean {
  return files.every((pattern) => pattern.startsWith('**/')) && prunable.every((pattern) => pattern.endsWith('/**'));
}

/** Regular files below `prefix` (relative paths with `/`) that `matches`; links neither listed nor followed, unreadable folders passed over. */
async function walk(prefix: string, pruned: (relativePath: string) => boolean, matches: (relativePath: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  const visit = async (folder: string): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await readdir(prefix + folder, { withFileTypes: true });
    } catch {
      return;
    }
    const below: Promise<void>[] = [];
    for (const entry of entries) {
      const path = folder + entry.name;
      if (entry.isDirectory()) {
        if (!pruned(path)) below.push(visit(`${path}/`));
      } else if (entry.isFile() && matches(path)) found.push(prefix + path);
    }
    await Promise.all(below);
  };
  await visit('');
  return found;
}
