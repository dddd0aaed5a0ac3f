import {
  CodeActionKind,
  ResponseError,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { serviceFor } from './models';
import type { Runtime } from './runtime';
import { checkedTextDocuments, formattingOptions, invalidParams, positionIn, rangeIn } from './params';
import { normalUri, pathInFolder } from './uris';
import { createWorkspaceValidator } from './workspace';
import { FIX_ALL_KIND, type ParsedDocument } from './service/languageService';
import { revalidateEdit } from './service/reading/incremental';
import { MAX_DIAGNOSTICS, SOURCE } from './service/rules/validate';
import { readAsMatcher } from './fileFilter';
import { defaultSettings, EDITOR_WORDS, readSettings, workspaceDiagnosticsKey, type Settings } from './settings';

/** The client command that sets `contactJson.modelVersion` (registered in client/src/common.ts). */
export const MODEL_VERSION_COMMAND = 'contactJson.useModelVersion';

/** How long to wait after a keystroke before validating: one burst of typing, one run. */
const VALIDATION_DELAY_MS = 150;

interface Analysis {
  version: number;
  text: string;
  parsed: ParsedDocument;
  diagnostics?: Diagnostic[];
  /** [start, end] offsets of the diagnostics, for validating the next version by difference. */
  offsets?: [number, number][];
}

/**
 * Wires the language service to an LSP connection. Transport-neutral: the Node entry
 * (node/main.ts) passes a stdio/IPC connection and a runtime that reads files; a web
 * worker can pass another connection and no runtime (then only open documents are checked).
 */
export function startServer(connection: Connection, runtime?: Runtime): void {
  const documents = new TextDocuments(checkedTextDocuments);
  const analyses = new Map<string, Analysis>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: Settings = defaultSettings;
  let canPullConfiguration = false;
  let canRefreshInlayHints = false;
  let modelVersionCommand: string | undefined;
  /** The format contactJson.readAs gives a path; undefined when it names none (then no path is worked out). */
  let readAsOf: ((relativePath: string) => string) | undefined;
  const matchReadAs = () => {
    readAsOf = Object.keys(settings.readAs).length > 0 ? readAsMatcher(settings.readAs) : undefined;
  };
  /**
   * The service for a document: the chosen model version, reading the document by its markers
   * or as the format `contactJson.readAs` gives its path. Hovers, completions and diagnostics
   * follow it.
   */
  const service = (uri: string) => serviceFor(settings.modelVersion, readAsOf === undefined ? 'auto' : readAsOf(relativePathOf(uri)));
  /** The path inside its workspace folder, or the file name for a file outside any. */
  const relativePathOf = (uri: string): string => {
    const normal = normalUri(uri);
    for (const folder of folders) {
      const path = pathInFolder(normal, normalUri(folder.uri));
      if (path !== undefined) return path;
    }
    return decodeURIComponentSafely(normal.slice(normal.lastIndexOf('/') + 1));
  };
  /** contactJson.maxFileSize, in characters (1 MB = 1,000,000). */
  const maxLength = () => settings.maxFileSize * 1_000_000;
  /** The severities, and the editor's names for settings in messages. */
  const validationOptions = () => ({ rules: settings.rules, settingWords: EDITOR_WORDS });

  /**
   * The document's current text, read once: every feature of that text shares it. Keyed on the
   * text as well as the version: a client that repeats or lowers a version number (the
   * protocol forbids it, some do it) must still be answered about the text it sent.
   */
  const analysisOf = (document: TextDocument): Analysis => {
    const cached = analyses.get(document.uri);
    if (cached?.version === document.version && cached.text === document.getText()) return cached;
    const analysis = incrementally(cached, document) ?? {
      version: document.version,
      text: document.getText(),
      parsed: service(document.uri).parse(document, { maxLength: maxLength() }),
    };
    analyses.set(document.uri, analysis);
    return analysis;
  };

  /** After an edit inside one contact of a large array, only that contact is read and checked again. */
  const incrementally = (previous: Analysis | undefined, document: TextDocument): Analysis | undefined => {
    if (previous?.diagnostics === undefined || previous.offsets === undefined || !settings.validate.enable || document.getText().length > maxLength()) return undefined;
    const validated = { text: previous.text, parsed: previous.parsed, diagnostics: previous.diagnostics, offsets: previous.offsets };
    const next = revalidateEdit(validated, document, (alone, parsed) => service(document.uri).doValidation(alone, parsed, validationOptions()), MAX_DIAGNOSTICS);
    return next === undefined ? undefined : { version: document.version, ...next };
  };

  const diagnosticsOf = (document: TextDocument): Diagnostic[] => {
    if (!settings.validate.enable) return [];
    const analysis = analysisOf(document);
    if (analysis.diagnostics === undefined) {
      const { diagnostics, offsets } = service(document.uri).validate(document, analysis.parsed, validationOptions());
      analysis.diagnostics = diagnostics;
      analysis.offsets = offsets;
    }
    return analysis.diagnostics;
  };

  const validate = (document: TextDocument) => {
    pending.delete(document.uri);
    let diagnostics: Diagnostic[];
    try {
      diagnostics = diagnosticsOf(document);
    } catch (error) {
      // One document's failure must not take the server down, nor pass for "no problems".
      connection.console.error(`Validating ${document.uri} failed: ${describe(error)}`);
      diagnostics = [
        {
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          severity: 1,
          source: SOURCE,
          code: 'internal-error',
          message: `Contact JSON could not check this document: ${error instanceof Error ? error.message : String(error)}. Please report this problem.`,
        },
      ];
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  let folders: WorkspaceFolder[] = [];
  let canReportProgress = false;
  let supportsFolderEvents = false;
  let canRegisterWatchers = false;
  const workspace =
    runtime === undefined
      ? undefined
      : createWorkspaceValidator({
          connection,
          runtime,
          // The editor's spelling of a URI may differ from ours (%-escapes): compare normalised.
          isOpen: (uri) => documents.get(uri) !== undefined || documents.keys().some((key) => normalUri(key) === uri),
          check: (document) => service(document.uri).doValidation(document, service(document.uri).parse(document, { maxLength: maxLength() }), validationOptions()),
          canReportProgress: () => canReportProgress,
        });
  // What workspace diagnostics depend on: a settings change that leaves it alone (inlay hints,
  // say) does not re-read every file of the workspace.
  let lastScan: string | undefined;
  const rescanWorkspace = () => {
    const key = JSON.stringify([folders, workspaceDiagnosticsKey(settings)]);
    if (key === lastScan) return;
    lastScan = key;
    const enabled = settings.validate.enable && settings.workspace.enable;
    void workspace?.configure(folders, enabled ? { files: settings.files, exclude: settings.exclude } : undefined).catch((error) => connection.console.error(`Workspace scan failed: ${describe(error)}`));
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(pending.get(document.uri));
    if (delay === 0) validate(document);
    else pending.set(document.uri, setTimeout(() => validate(document), delay));
  };

  const refreshSettings = async (pushed: unknown) => {
    const section = (pushed as { contactJson?: unknown } | undefined)?.contactJson;
    if (section !== undefined) settings = readSettings(section);
    else if (canPullConfiguration) {
      // A client without a contactJson section answers null: the settings it gave at start stand.
      const pulled: unknown = await connection.workspace.getConfiguration('contactJson');
      if (pulled !== null && pulled !== undefined) settings = readSettings(pulled);
    }
    matchReadAs();
    analyses.clear(); // diagnostics depend on the settings
    for (const document of documents.all()) schedule(document, 0);
    if (canRefreshInlayHints) void connection.languages.inlayHint.refresh();
    rescanWorkspace();
  };

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRefreshInlayHints = params.capabilities.workspace?.inlayHint?.refreshSupport === true;
    canReportProgress = params.capabilities.window?.workDoneProgress === true;
    supportsFolderEvents = params.capabilities.workspace?.workspaceFolders === true;
    folders = params.workspaceFolders ?? (params.rootUri !== null && params.rootUri !== undefined ? [{ uri: params.rootUri, name: 'root' }] : []);
    const options = params.initializationOptions as { settings?: unknown; clientCommands?: unknown; watchesFiles?: unknown } | undefined;
    // Our VS Code client sends file events itself; other editors are asked to watch.
    canRegisterWatchers = options?.watchesFiles !== true && params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    if (options?.settings !== undefined) settings = readSettings(options.settings);
    matchReadAs();
    // Our VS Code client can switch the model version; other editors get no such action.
    if (Array.isArray(options?.clientCommands) && options.clientCommands.includes(MODEL_VERSION_COMMAND)) modelVersionCommand = MODEL_VERSION_COMMAND;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ':'] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.SourceFixAll, FIX_ALL_KIND] },
        inlayHintProvider: true,
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'contact-json', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (canRegisterWatchers && workspace !== undefined) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.json' }] });
    }
    if (canPullConfiguration) void refreshSettings(undefined).catch((error) => connection.console.error(describe(error)));
    else rescanWorkspace();
    if (workspace !== undefined && supportsFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        folders = [...folders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)), ...event.added];
        rescanWorkspace();
      });
    }
  });
  connection.onDidChangeWatchedFiles((params) => {
    void workspace?.filesChanged(params.changes).catch((error) => connection.console.error(describe(error)));
  });
  connection.onDidChangeConfiguration((change) => {
    void refreshSettings(change.settings).catch((error) => connection.console.error(describe(error)));
  });

  // Fired for didOpen too: a newly opened document is validated at once, edits after a pause.
  const opened = new Set<string>();
  documents.onDidChangeContent((event) => {
    const isNew = !opened.has(event.document.uri);
    opened.add(event.document.uri);
    schedule(event.document, isNew ? 0 : VALIDATION_DELAY_MS);
  });
  documents.onDidOpen((event) => workspace?.opened(event.document.uri));
  documents.onDidClose((event) => {
    const { uri } = event.document;
    opened.delete(uri);
    clearTimeout(pending.get(uri));
    pending.delete(uri);
    analyses.delete(uri);
    // A workspace contact file keeps its diagnostics, now from the disk; any other file loses them.
    const fromDisk = settings.validate.enable && settings.workspace.enable && workspace !== undefined ? workspace.closed(uri) : Promise.resolve(false);
    void fromDisk
      .catch((error) => {
        connection.console.error(`Checking ${uri} on disk failed: ${describe(error)}`);
        return false;
      })
      .then((handled) => {
        if (!handled) void connection.sendDiagnostics({ uri, diagnostics: [] });
      });
  });

  /**
   * A request handler that finds the document and never throws at the client: params that are
   * not what the protocol says get an "invalid params" error, an unknown document `null`, and a
   * failure of ours a log line and `null`.
   */
  const guarded =
    <P extends { textDocument: { uri: string } }, R>(what: string, run: (document: TextDocument, params: P) => R) =>
    (params: P): R | null => {
      const uri: unknown = (params as Partial<P> | null)?.textDocument?.uri;
      if (typeof uri !== 'string') throw invalidParams('textDocument.uri must be a string');
      const document = documents.get(uri);
      if (document === undefined) return null;
      try {
        return run(document, params);
      } catch (error) {
        if (error instanceof ResponseError) throw error;
        connection.console.error(`${what} failed: ${describe(error)}`);
        return null;
      }
    };

  connection.onCompletion(guarded('completion', (document, params) => service(document.uri).doComplete(document, analysisOf(document).parsed, positionIn(document, params.position))));
  connection.onHover(guarded('hover', (document, params) => service(document.uri).doHover(document, analysisOf(document).parsed, positionIn(document, params.position))));
  connection.onCodeAction(
    guarded('code actions', (document, params) => {
      if (!Array.isArray(params.context?.diagnostics)) throw invalidParams('context.diagnostics must be an array');
      // The actions name the diagnostics they fix: as the client sent them, but inside the document.
      const diagnostics = params.context.diagnostics.map((diagnostic, index) => ({ ...diagnostic, range: rangeIn(document, diagnostic?.range, `context.diagnostics[${index}].range`) }));
      const only = Array.isArray(params.context.only) ? params.context.only : undefined;
      const asks = (kind: string) => only?.some((requested) => kind === requested || kind.startsWith(`${requested}.`)) === true;
      const actions: CodeAction[] = [];
      if (only === undefined || asks(CodeActionKind.QuickFix)) actions.push(...service(document.uri).getCodeActions(document, diagnostics, { modelVersionCommand }));
      // Fix-all re-validates the document; it is computed only when asked for by kind (on
      // save, or the Source Action menu), never for the light bulb's every cursor move.
      if (asks(FIX_ALL_KIND) && settings.validate.enable) {
        const fixAll = service(document.uri).getFixAllAction(document, { ...validationOptions(), maxLength: maxLength() }, diagnosticsOf(document));
        if (fixAll !== undefined) actions.push(fixAll);
      }
      return actions;
    }),
  );
  connection.languages.inlayHint.on(
    guarded('inlay hints', (document, params) =>
      settings.inlayHints.timestamps ? service(document.uri).getInlayHints(document, analysisOf(document).parsed, rangeIn(document, params.range)) : [],
    ),
  );
  connection.onDocumentSymbol(guarded('symbols', (document) => service(document.uri).getDocumentSymbols(document)));
  connection.onFoldingRanges(guarded('folding', (document) => service(document.uri).getFoldingRanges(document)));
  connection.onSelectionRanges(
    guarded('selection ranges', (document, params) => {
      if (!Array.isArray(params.positions)) throw invalidParams('positions must be an array');
      return service(document.uri).getSelectionRanges(document, params.positions.map((position, index) => positionIn(document, position, `positions[${index}]`)));
    }),
  );
  connection.onDocumentFormatting(guarded('formatting', (document, params) => service(document.uri).format(document, formattingOptions(params.options))));
  connection.onDocumentRangeFormatting(guarded('formatting', (document, params) => service(document.uri).format(document, formattingOptions(params.options), rangeIn(document, params.range))));

  documents.listen(connection);
  connection.listen();
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function decodeURIComponentSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
