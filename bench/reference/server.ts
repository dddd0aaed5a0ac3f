// The reference for `npm run bench`: a stdio LSP server on vscode-json-languageservice, the engine
// behind VS Code's own JSON language features, validating against our schemas/contact.schema.json.
// It does what VS Code's JSON server does per document: parse once per version (cached, as its
// language model cache does), doValidation, doComplete, doHover, and publishes diagnostics only if
// the document is still at the version it validated.
//
// Timing policy, the same as ours (server/src/server.ts) so the comparison is fair: a newly opened
// document is validated at once; edits are debounced by `--debounce=MS` (the bench passes the delay
// our server uses, 150 ms; VS Code's JSON server itself waits 500 ms). The bench subtracts that
// delay from both servers' edit timings.
//
// Bundled by bench/build-reference.mjs into bench/.out/reference-server.js.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, type JSONDocument, type JSONSchema } from 'vscode-json-languageservice';
import schema from '../../schemas/contact.schema.json';
import recordSchema from '../../schemas/contact-record.schema.json';
import flowEventSchema from '../../schemas/contact-flow-event.schema.json';

const debounceArg = process.argv.find((arg) => arg.startsWith('--debounce='));
const DEBOUNCE_MS = debounceArg === undefined ? 150 : Number(debounceArg.slice('--debounce='.length));

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const languageService = getLanguageService({});
languageService.configure({
  validate: true,
  allowComments: false,
  // By file name: the reference has no detection by content. The bench names its documents so.
  schemas: [
    { uri: 'contact://schema', fileMatch: ['*.contact.json'], schema: schema as unknown as JSONSchema },
    { uri: 'contact://record', fileMatch: ['*.ctr.json'], schema: recordSchema as unknown as JSONSchema },
    { uri: 'contact://flow-event', fileMatch: ['*.lambda.json'], schema: flowEventSchema as unknown as JSONSchema },
  ],
});

/** The parsed document of each open document's current version (VS Code keeps such a cache too). */
const parsed = new Map<string, { version: number; json: JSONDocument }>();
function jsonDocumentOf(document: TextDocument): JSONDocument {
  const cached = parsed.get(document.uri);
  if (cached?.version === document.version) return cached.json;
  const json = languageService.parseJSONDocument(document);
  parsed.set(document.uri, { version: document.version, json });
  return json;
}

const pending = new Map<string, ReturnType<typeof setTimeout>>();
function validate(document: TextDocument): void {
  pending.delete(document.uri);
  const version = document.version;
  // The same document settings VS Code's JSON server passes for a .json file.
  languageService
    .doValidation(document, jsonDocumentOf(document), { comments: 'error', trailingCommas: 'error' })
    .then(
      (diagnostics: Diagnostic[]) => {
        const current = documents.get(document.uri);
        if (current !== undefined && current.version === version) void connection.sendDiagnostics({ uri: document.uri, version, diagnostics });
      },
      (error: unknown) => connection.console.error(`validation failed: ${String(error)}`),
    );
}

function schedule(document: TextDocument, delay: number): void {
  clearTimeout(pending.get(document.uri));
  if (delay <= 0) validate(document);
  else pending.set(document.uri, setTimeout(() => validate(document), delay));
}

connection.onInitialize(() => ({
  capabilities: {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    completionProvider: { triggerCharacters: ['"', ':'] },
    hoverProvider: true,
  },
  serverInfo: { name: 'reference (vscode-json-languageservice)' },
}));

const opened = new Set<string>();
documents.onDidChangeContent((event) => {
  const isNew = !opened.has(event.document.uri);
  opened.add(event.document.uri);
  schedule(event.document, isNew ? 0 : DEBOUNCE_MS);
});
documents.onDidClose((event) => {
  const { uri } = event.document;
  opened.delete(uri);
  clearTimeout(pending.get(uri));
  pending.delete(uri);
  parsed.delete(uri);
  void connection.sendDiagnostics({ uri, diagnostics: [] });
});

connection.onCompletion(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (document === undefined) return null;
  return languageService.doComplete(document, params.position, jsonDocumentOf(document));
});
connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (document === undefined) return null;
  return languageService.doHover(document, params.position, jsonDocumentOf(document));
});

documents.listen(connection);
connection.listen();
