import { lstatSync, readFileSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { URI } from 'vscode-uri';
import { OUTSIDE, type Runtime } from '../runtime';
import { findContactFiles } from './files';

/** Files up to this size are read in one synchronous call (well under a millisecond). */
const READ_AT_ONCE = 256 * 1024;

/**
 * Files through Node's file system; only `file:` URIs (others are not on this disk). URIs are
 * spelled as VS Code spells them (vscode-uri), so that they compare equal to the editor's.
 */
export const nodeRuntime: Runtime = {
  async findFiles(folderUri, filter) {
    const folder = URI.parse(folderUri);
    if (folder.scheme !== 'file') return [];
    const paths = await findContactFiles(folder.fsPath, filter);
    return paths.map((path) => URI.file(path).toString());
  },
  async readFile(uri, withinFolderUri) {
    const path = URI.parse(uri).fsPath;
    // Synchronous calls for the checks and a small file: each fs/promises call is a trip through
    // the thread pool, and a scan of 10,000 files spent most of its time on those trips. The scan
    // pauses between slices of files (workspace.ts), so the editor is not kept waiting.
    // A symbolic link can lead out of the workspace: the scan does not follow them, nor does this.
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) throw outside('it is a symbolic link, which is not followed');
    if (withinFolderUri !== undefined) {
      // A linked folder on the way can lead out too: compare where the path really goes.
      const [real, folder] = [realpathSync.native(path), realpathSync.native(URI.parse(withinFolderUri).fsPath)];
      if (!real.startsWith(folder.endsWith(sep) ? folder : folder + sep)) throw outside('it lies outside the workspace folder (through a symbolic link), and is not read');
    }
    // Only a regular file: a pipe or a device could keep a synchronous read, and the server, waiting.
    const text = stats.isFile() && stats.size <= READ_AT_ONCE ? readFileSync(path, 'utf8') : await readFile(path, 'utf8');
    // Editors drop a UTF-8 byte order mark; so do we.
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  },
};

/** A file the server does not read, for where it leads; `code` tells it from a failure to read. */
function outside(message: string): Error {
  return Object.assign(new Error(message), { code: OUTSIDE });
}
