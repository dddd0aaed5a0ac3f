import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Runtime } from '../runtime';
import { findContactFiles } from './files';

/** Files through Node's file system; only `file:` URIs (others are not on this disk). */
export const nodeRuntime: Runtime = {
  async findFiles(folderUri, filter) {
    if (!folderUri.startsWith('file:')) return [];
    const paths = await findContactFiles(fileURLToPath(folderUri), filter);
    return paths.map((path) => pathToFileURL(path).toString());
  },
  async readFile(uri) {
    const text = await readFile(fileURLToPath(uri), 'utf8');
    // Editors drop a UTF-8 byte order mark; so do we.
    return text.startsWith('\uFEFF') ? text.slice(1) : text;
  },
};
