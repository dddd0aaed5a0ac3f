import type { FileFilter } from './fileFilter';

/**
 * What the server needs from its host beyond the connection: reading the workspace's
 * files. The Node entry provides it; a host without a file system (a web worker) leaves it
 * out, and then only open documents are checked.
 */
export interface Runtime {
  /** The URIs of the contact files under a workspace folder. */
  findFiles(folderUri: string, filter: FileFilter): Promise<string[]>;
  /**
   * The file's text. Rejects with an error whose `code` is OUTSIDE for a file the server does
   * not read: a symbolic link, or (with `withinFolderUri`) a file whose real path lies outside
   * that folder, as a linked folder on the way can make it.
   */
  readFile(uri: string, withinFolderUri?: string): Promise<string>;
}

/** The `code` of readFile's error for a file that is not read because of where it leads. */
export const OUTSIDE = 'EOUTSIDE';
