import type { FileFilter } from './fileFilter';

/**
 * What the server needs from its host beyond the connection: reading the workspace's
 * files. The Node entry provides it; a host without a file system (a web worker) leaves it
 * out, and then only open documents are checked.
 */
export interface Runtime {
  /** The URIs of the contact files under a workspace folder. */
  findFiles(folderUri: string, filter: FileFilter): Promise<string[]>;
  readFile(uri: string): Promise<string>;
}
