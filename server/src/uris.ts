import { URI } from 'vscode-uri';

/**
 * One spelling per URI (VS Code's, through vscode-uri), so that the editor's, the watcher's
 * and the scan's names of a file compare equal. A URI that vscode-uri refuses (a Windows
 * share written `file:////server/share/...`, a broken %-escape) is kept as the client wrote
 * it: such a name still identifies its document, and refusing it must not throw.
 */
export function normalUri(uri: string): string {
  try {
    return URI.parse(uri).toString();
  } catch {
    return uri;
  }
}

/**
 * The path of `uri` inside the folder `folderUri` (both normalised), decoded, with forward
 * slashes; undefined when the URI is not inside it. A `.` or `..` segment counts as not
 * inside: such a URI can name a file anywhere, and the server reads only its folders' files.
 */
export function pathInFolder(uri: string, folderUri: string): string | undefined {
  const prefix = `${folderUri.replace(/\/$/, '')}/`;
  if (!uri.startsWith(prefix)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(uri.slice(prefix.length));
  } catch {
    return undefined; // a broken %-escape names no file we could have found
  }
  const segments = relative.split('/');
  if (segments.some((segment) => segment === '.' || segment === '..' || segment === '')) return undefined;
  return relative;
}
