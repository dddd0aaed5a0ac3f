import type { Connection, Diagnostic, FileEvent, WorkspaceFolder } from 'vscode-languageserver';
import { FileChangeType } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileMatcher, type FileFilter } from './fileFilter';
import { SOURCE } from './service/rules/validate';
import { OUTSIDE, type Runtime } from './runtime';
import { normalUri, pathInFolder } from './uris';

/**
 * Milliseconds of checking between two pauses that let the editor's own requests through: what a
 * keystroke or a hover may have to wait, at most, for the file in progress to be done.
 */
const SLICE_MS = 2;

export interface WorkspaceValidatorOptions {
  connection: Connection;
  runtime: Runtime;
  /** Whether the file is open in the editor (then the editor's text wins over the disk's). */
  isOpen: (uri: string) => boolean;
  /** The diagnostics of a document (the server's settings and model version apply). */
  check: (document: TextDocument) => Diagnostic[];
  canReportProgress: () => boolean;
}

/**
 * Keeps the Problems panel current for every contact file of the workspace, open or not:
 * a full scan on start and on settings changes, then the file watcher's events. Work is
 * done in slices so that the file being edited is never kept waiting.
 */
export function createWorkspaceValidator(options: WorkspaceValidatorOptions) {
  const { connection, runtime, check } = options;
  const isOpen = (uri: string) => options.isOpen(uri);
  let folders: WorkspaceFolder[] = [];
  let filter: FileFilter | undefined; // undefined: workspace validation is off
  let matches: (relativePath: string) => boolean = () => false;
  const published = new Set<string>(); // files not open that have diagnostics from us
  let generation = 0; // a newer scan cancels an older one

  // Two turns of the event loop, without a timer's millisecond (a second of idling over 10,000
  // files): in the first the editor's messages are read from stdin, and the connection queues
  // their handling for the second, which then comes before the next slice.
  const turn = () => new Promise<void>((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));
  const pause = async () => {
    await turn();
    await turn();
  };

  /** The workspace folder that holds `uri` (no `..` on the way), if any. */
  const folderOf = (uri: string) => folders.find((folder) => pathInFolder(uri, folder.uri) !== undefined);
  /** True for a file inside a workspace folder that the globs select: the only files we read. */
  const isContactFile = (uri: string) => {
    if (filter === undefined) return false;
    return folders.some((folder) => {
      const path = pathInFolder(uri, folder.uri);
      return path !== undefined && matches(path);
    });
  };

  /** Publishes the file's diagnostics from the disk; false when it published nothing (a clean file with nothing shown). */
  const validateFile = async (uri: string): Promise<boolean> => {
    const folder = folderOf(uri);
    if (isOpen(uri) || folder === undefined) return false;
    const current = generation;
    let text: string | undefined;
    let unreadable: string | undefined;
    try {
      text = await runtime.readFile(uri, folder.uri);
    } catch (error) {
      // Gone (deleted or renamed meanwhile), or not ours to read (it leads out of the folder):
      // nothing to report, and nothing left to show.
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' || code === OUTSIDE) {
        clear(uri);
        return false;
      }
      unreadable = error instanceof Error ? error.message : String(error);
    }
    // While we read, the file may have been opened (the editor's version wins), or a newer
    // scan may have started with other settings (it decides about this file).
    if (isOpen(uri) || current !== generation || !isContactFile(uri)) return false;
    const diagnostics: Diagnostic[] =
      text !== undefined
        ? check(TextDocument.create(uri, 'contact-json', 0, text))
        : [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: 2, source: SOURCE, code: 'unreadable', message: `This file could not be read: ${unreadable}` }];
    // A clean file that shows nothing needs no message: most files of a workspace are clean, and
    // ten thousand empty publications cost the server and the editor more than checking them.
    if (diagnostics.length === 0 && !published.has(uri)) return false;
    if (diagnostics.length > 0) published.add(uri);
    else published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics });
    return true;
  };

  const clear = (uri: string) => {
    if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  };

  /** Checks every contact file of every folder again (after start and after settings changed). */
  const scan = async () => {
    const current = ++generation;
    const found = new Set<string>();
    if (filter !== undefined) {
      const progress = options.canReportProgress() ? await connection.window.createWorkDoneProgress() : undefined;
      try {
        progress?.begin('Contact JSON', 0, 'Finding contact files', false);
        const uris: string[] = [];
        for (const folder of folders) uris.push(...(await runtime.findFiles(folder.uri, filter)));
        let sliceStart = performance.now();
        let reported = -1;
        for (let index = 0; index < uris.length; index++) {
          if (current !== generation) return;
          found.add(uris[index]);
          await validateFile(uris[index]);
          if (performance.now() - sliceStart >= SLICE_MS) {
            const percent = Math.floor((100 * (index + 1)) / uris.length);
            if (percent !== reported) progress?.report(percent, `Checked ${index + 1} of ${uris.length} files`);
            reported = percent;
            await pause();
            sliceStart = performance.now();
          }
        }
      } finally {
        progress?.done();
      }
    }
    if (current !== generation) return;
    // Files that no longer match (settings changed, or validation turned off) lose their diagnostics.
    for (const uri of [...published]) if (!found.has(uri)) clear(uri);
  };

  return {
    /** New folders or settings: `filter` undefined turns workspace validation off. */
    configure(nextFolders: WorkspaceFolder[], nextFilter: FileFilter | undefined): Promise<void> {
      folders = nextFolders.map((folder) => ({ ...folder, uri: normalUri(folder.uri) }));
      filter = nextFilter;
      matches = nextFilter !== undefined ? fileMatcher(nextFilter) : () => false;
      return scan();
    },
    /** The file watcher's events: created, changed on disk, deleted (a rename is both). */
    async filesChanged(changes: FileEvent[]): Promise<void> {
      for (const change of changes) {
        const uri = normalUri(change.uri);
        if (change.type === FileChangeType.Deleted) clear(uri);
        else if (isContactFile(uri)) await validateFile(uri);
      }
    },
    /**
     * A document closed in the editor: its file on disk is checked again, if it is one of ours.
     * False when nothing was published for it (not ours, never saved, renamed or deleted): then
     * the caller clears the problems the editor's version had.
     */
    async closed(uri: string): Promise<boolean> {
      const normal = normalUri(uri);
      return isContactFile(normal) && (await validateFile(normal));
    },
    /** A document opened in the editor takes over its diagnostics. */
    opened(uri: string): void {
      published.delete(normalUri(uri));
    },
  };
}
