import { lstat, readFile } from 'node:fs/promises';
import { URI } from 'vscode-uri';
import type { Runtime } from '../runtime';
import { findContactFiles } from './files';

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
  async readFile(uri) {
    const path = URI.parse(uri).fsPath;
    // A symbolic link can lead out of the workspace: the scan does not follow them, nor does this.
    if ((await lstat(path)).isSymbolicLink()) throw new Error('it is a symbolic link, which is not followed');
    const text = await readFile(path, 'utf8');
    // Editors drop a UTF-8 byte order mark; so do we.
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  },
};
