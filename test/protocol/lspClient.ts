import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  RegistrationRequest,
  DidChangeWatchedFilesNotification,
  WorkDoneProgressCreateRequest,
  CodeActionRequest,
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  InlayHintRequest,
  SelectionRangeRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type InlayHint,
  type Range,
  type SelectionRange,
  type TextEdit,
  type CompletionList,
  type Hover,
  type Position,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

const ProgressNotification = '$/progress';

/** The server started: the built bundle, or another build of it (test/package/: the installed package's binary). */
export const SERVER = process.env.CONTACT_JSON_SERVER ?? join(__dirname, '..', '..', 'dist', 'server.js');

/**
 * Talks to `node dist/server.js --stdio` the way an editor does: the real bundle, the real
 * protocol. Waits on notifications, never on sleeps.
 */
export class LspClient {
  private readonly process: ChildProcess;
  private readonly connection: ProtocolConnection;
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams[]>();
  private readonly waiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  readonly stderr: string[] = [];

  /** `command`: how to start the server, before `--stdio` (an installed binary, test/package/). */
  constructor(command: string[] = [process.execPath, SERVER]) {
    this.process = spawn(command[0], [...command.slice(1), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr?.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.connection = createProtocolConnection(
      new StreamMessageReader(this.process.stdout!),
      new StreamMessageWriter(this.process.stdin!),
    );
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const list = this.diagnostics.get(params.uri) ?? [];
      list.push(params);
      this.diagnostics.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onNotification(ProgressNotification, (params: { value: { kind: string; message?: string } }) => {
      this.progress.push(params.value.kind === 'report' ? `report ${params.value.message ?? ''}` : params.value.kind);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.listen();
  }

  /** How many times the server pulled the configuration (workspace/configuration). */
  configurationRequests = 0;

  /** The methods the server registered dynamically (client/registerCapability). */
  readonly registrations: string[] = [];

  /** The work-done progress the server reported: begin, report ..., end. */
  readonly progress: string[] = [];

  async filesChanged(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Every URI that has had diagnostics published. */
  publishedUris(): string[] {
    return [...this.diagnostics.keys()];
  }

  /** How many documents have had diagnostics published so far. */
  publishedCount(): number {
    return this.diagnostics.size;
  }

  /** Every diagnostics publication for `uri` so far. */
  publications(uri: string): PublishDiagnosticsParams[] {
    return this.diagnostics.get(uri) ?? [];
  }

  /** Waits until `uri` has had `count` publications; resolves with the last. */
  publicationNumber(uri: string, count: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.get(uri)?.[count - 1]);
  }

  /** Starts a client; `settings` are sent as initializationOptions, as some editors do. */
  static async start(
    options: {
      settings?: unknown;
      clientCommands?: string[];
      workspaceFolders?: string[];
      /** Claims support for workspace/configuration and answers it with this (null: no section). */
      configuration?: unknown;
      /** Claims dynamic registration of file watching (the server should then register it). */
      watchRegistration?: boolean;
      /** The server to start, as a command (default: node dist/server.js). */
      command?: string[];
    } = {},
  ): Promise<LspClient> {
    const client = new LspClient(options.command);
    if ('configuration' in options) {
      client.connection.onRequest(ConfigurationRequest.type, (params) => {
        client.configurationRequests++;
        for (const wake of client.waiters.splice(0)) wake();
        return params.items.map(() => options.configuration);
      });
    }
    client.connection.onRequest(RegistrationRequest.type, (params) => {
      client.registrations.push(...params.registrations.map((registration) => registration.method));
    });
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: options.workspaceFolders?.map((uri) => ({ uri, name: uri })) ?? null,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          workspaceFolders: true,
          configuration: 'configuration' in options,
          didChangeWatchedFiles: { dynamicRegistration: options.watchRegistration === true },
        },
      },
      initializationOptions: { settings: options.settings, clientCommands: options.clientCommands },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document and resolves with the diagnostics published for that version. */
  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'contact-json', version: 1, text },
    });
    return this.diagnosticsFor(uri, 1);
  }

  /** Replaces the whole text; resolves with the diagnostics of the new version. */
  async change(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return this.diagnosticsFor(uri, version);
  }

  /** Replaces the whole text and returns the new version, without waiting for diagnostics. */
  changeWithoutWaiting(uri: string, text: string): number {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Sends settings; resolves with the next diagnostics published for `uri`. */
  async configure(settings: unknown, uri: string): Promise<PublishDiagnosticsParams> {
    const next = this.nextPublication(uri);
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { contactJson: settings } });
    return next;
  }

  /** The next diagnostics published for `uri` after this call, whatever their version. */
  nextPublication(uri: string): Promise<PublishDiagnosticsParams> {
    const seen = this.diagnostics.get(uri)?.length ?? 0;
    return this.waitFor(() => this.diagnostics.get(uri)?.[seen]);
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []);
  }

  async codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const result = await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics, only } });
    return (result ?? []) as CodeAction[];
  }

  async inlayHints(uri: string, range: Range): Promise<InlayHint[]> {
    return (await this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range })) ?? [];
  }

  async symbols(uri: string): Promise<DocumentSymbol[]> {
    return ((await this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
  }

  async folding(uri: string): Promise<FoldingRange[]> {
    return (await this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
  }

  async selectionRanges(uri: string, positions: Position[]): Promise<SelectionRange[]> {
    return (await this.connection.sendRequest(SelectionRangeRequest.type, { textDocument: { uri }, positions })) ?? [];
  }

  async format(uri: string, tabSize: number, insertSpaces: boolean): Promise<TextEdit[]> {
    return (await this.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri }, options: { tabSize, insertSpaces } })) ?? [];
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** Diagnostics published for `uri` at `version`, waiting for them if need be. */
  diagnosticsFor(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    return this.waitFor(() => this.diagnostics.get(uri)?.find((params) => params.version === version));
  }

  waitFor<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Timed out waiting for diagnostics. Server stderr: ${this.stderr.join('')}`)), timeoutMs);
      const check = () => {
        const found = find();
        if (found !== undefined) {
          clearTimeout(timer);
          resolve(found);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  get exited(): boolean {
    return this.process.exitCode !== null;
  }

  /** Ends the server process at once (for a test that failed before it could stop it). */
  kill(): void {
    if (this.process.exitCode === null) this.process.kill();
  }

  /** The server's process id (to read its memory from /proc). */
  get pid(): number {
    return this.process.pid!;
  }

  /** Resolves with the server's exit code once its process has ended. */
  exitCode(): Promise<number | null> {
    if (this.process.exitCode !== null) return Promise.resolve(this.process.exitCode);
    return new Promise((resolve) => this.process.once('exit', (code) => resolve(code)));
  }

  /** Any request, however malformed its params: what a careless client might send. */
  request<R = unknown>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Any notification, however malformed its params. */
  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Ends the connection without shutdown, as a client that vanished or misbehaves would. */
  async exitWithoutShutdown(): Promise<number | null> {
    await this.connection.sendNotification(ExitNotification.type);
    return this.exitCode();
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    this.connection.dispose();
    if (this.process.exitCode === null) await new Promise((resolve) => this.process.once('exit', resolve));
  }
}

/** Splits `text` at the `|` marker: the text without it and the marker's position. */
export function cursor(textWithMarker: string): { text: string; position: Position } {
  const offset = textWithMarker.indexOf('|');
  if (offset < 0) throw new Error('no | marker');
  const before = textWithMarker.slice(0, offset);
  const lines = before.split('\n');
  return {
    text: before + textWithMarker.slice(offset + 1),
    position: { line: lines.length - 1, character: lines[lines.length - 1].length },
  };
}

/** A diagnostic in a form that compares well: "line:col-line:col code message", 1-based. */
export function brief(params: PublishDiagnosticsParams): string[] {
  return params.diagnostics.map(
    (d) => `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1} ${String(d.code)} ${d.message}`,
  );
}
