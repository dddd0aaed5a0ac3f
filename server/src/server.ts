import {
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import schemaJson from '../../schemas/contact.schema.json';
import { compileSchema, getLanguageService, type ParsedDocument } from './service/languageService';
import type { JsonSchema } from './service/schema';
import { SOURCE } from './service/validate';
import { defaultSettings, readSettings, type Settings } from './settings';

/** How long to wait after a keystroke before validating: one burst of typing, one run. */
const VALIDATION_DELAY_MS = 150;

/**
 * Wires the language service to an LSP connection. Transport-neutral: the Node entry
 * (node/main.ts) passes a stdio/IPC connection; tests and a web worker can pass another.
 */
export function startServer(connection: Connection): void {
  const service = getLanguageService(compileSchema(schemaJson as JsonSchema));
  const documents = new TextDocuments(TextDocument);
  const parsedCache = new Map<string, { version: number; parsed: ParsedDocument }>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: Settings = defaultSettings;
  let canPullConfiguration = false;

  /** The parsed form of the document's current version, read once per version. */
  const parsedOf = (document: TextDocument): ParsedDocument => {
    const cached = parsedCache.get(document.uri);
    if (cached?.version === document.version) return cached.parsed;
    const parsed = service.parse(document);
    parsedCache.set(document.uri, { version: document.version, parsed });
    return parsed;
  };

  const validate = (document: TextDocument) => {
    pending.delete(document.uri);
    let diagnostics: Diagnostic[] = [];
    if (settings.validate.enable) {
      try {
        diagnostics = service.doValidation(document, parsedOf(document));
      } catch (error) {
        // One document's failure must not take the server down, nor pass for "no problems".
        connection.console.error(`Validating ${document.uri} failed: ${describe(error)}`);
        diagnostics = [
          {
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            severity: 1,
            source: SOURCE,
            code: 'internal-error',
            message: `Contact JSON could not check this document: ${describe(error)}. Please report this problem.`,
          },
        ];
      }
    }
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  };

  const schedule = (document: TextDocument, delay: number) => {
    clearTimeout(pending.get(document.uri));
    if (delay === 0) validate(document);
    else pending.set(document.uri, setTimeout(() => validate(document), delay));
  };

  const refreshSettings = async (pushed: unknown) => {
    const section = (pushed as { contactJson?: unknown } | undefined)?.contactJson;
    if (section !== undefined) settings = readSettings(section);
    else if (canPullConfiguration) settings = readSettings(await connection.workspace.getConfiguration('contactJson'));
    for (const document of documents.all()) schedule(document, 0);
  };

  connection.onInitialize((params): InitializeResult => {
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    const options = params.initializationOptions as { settings?: unknown } | undefined;
    if (options?.settings !== undefined) settings = readSettings(options.settings);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        completionProvider: { triggerCharacters: ['"', ':'] },
        hoverProvider: true,
      },
      serverInfo: { name: 'contact-json', version: '0.1.0' },
    };
  });
  connection.onInitialized(() => {
    if (canPullConfiguration) void refreshSettings(undefined).catch((error) => connection.console.error(describe(error)));
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
  documents.onDidClose((event) => {
    opened.delete(event.document.uri);
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    parsedCache.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCompletion((params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return null;
    return guard(connection, 'completion', null, () => service.doComplete(document, parsedOf(document), params.position));
  });
  connection.onHover((params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return null;
    return guard(connection, 'hover', null, () => service.doHover(document, parsedOf(document), params.position));
  });

  documents.listen(connection);
  connection.listen();
}

/** Runs a request handler; an exception is logged and answered with the safe default. */
function guard<T>(connection: Connection, what: string, fallback: T, run: () => T): T {
  try {
    return run();
  } catch (error) {
    connection.console.error(`${what} failed: ${describe(error)}`);
    return fallback;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
