// A small LSP client for `npm run bench`: spawns a server (`node <bundle> --stdio`) and talks to it
// as an editor does, with incremental edits as VS Code sends them. Records when each diagnostics
// publication arrives, so timings end at the arrival, not at whenever a promise is resumed. Waits on
// events, never on sleeps. (Adapted from test/protocol/lspClient.ts, which the tests own.)
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  WorkDoneProgressCreateRequest,
  type CompletionItem,
  type CompletionList,
  type Hover,
  type Position,
  type PublishDiagnosticsParams,
  type Range,
} from 'vscode-languageserver-protocol';
import { StreamMessageReader, StreamMessageWriter, createProtocolConnection, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

export interface Publication {
  params: PublishDiagnosticsParams;
  /** performance.now() when the notification arrived. */
  at: number;
}

export class BenchClient {
  private readonly process: ChildProcess;
  private readonly connection: ProtocolConnection;
  private readonly published = new Map<string, Publication[]>();
  private readonly waiters: (() => void)[] = [];
  private readonly stderr: string[] = [];
  /** performance.now() just before the process was spawned. */
  readonly spawnedAt: number;

  private constructor(
    readonly name: string,
    serverPath: string,
    args: string[],
  ) {
    this.spawnedAt = performance.now();
    this.process = spawn(process.execPath, [serverPath, '--stdio', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stderr?.on('data', (chunk) => this.stderr.push(String(chunk)));
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const at = performance.now();
      const list = this.published.get(params.uri) ?? [];
      list.push({ params, at });
      this.published.set(params.uri, list);
      for (const wake of this.waiters.splice(0)) wake();
    });
    this.connection.onRequest(WorkDoneProgressCreateRequest.type, () => undefined);
    this.connection.onNotification('$/progress', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** Spawns `node serverPath --stdio ...args` and completes initialize/initialized. */
  static async start(name: string, serverPath: string, args: string[] = []): Promise<BenchClient> {
    const client = new BenchClient(name, serverPath, args);
    await client.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        textDocument: { publishDiagnostics: { versionSupport: true }, synchronization: { dynamicRegistration: false } },
      },
    });
    await client.connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  get pid(): number {
    return this.process.pid!;
  }

  /** Peak resident set size of the server process so far (VmHWM), in bytes. Linux only. */
  peakRss(): number | undefined {
    try {
      const match = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return match === null ? undefined : Number(match[1]) * 1024;
    } catch {
      return undefined;
    }
  }

  publications(uri: string): Publication[] {
    return this.published.get(uri) ?? [];
  }

  /** Sends didOpen (version 1); resolves when diagnostics of version 1 arrive. `ms` from before sending. */
  async open(uri: string, text: string, languageId = 'json'): Promise<{ ms: number; publication: Publication }> {
    const start = performance.now();
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    const publication = await this.diagnosticsFor(uri, 1);
    return { ms: publication.at - start, publication };
  }

  /** Sends one incremental didChange; does not wait. Returns performance.now() from before sending. */
  sendEdit(uri: string, version: number, range: Range, text: string): number {
    const start = performance.now();
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return start;
  }

  /** One incremental edit; resolves when diagnostics of `version` arrive. `ms` from before sending. */
  async edit(uri: string, version: number, range: Range, text: string): Promise<{ ms: number; publication: Publication }> {
    const start = this.sendEdit(uri, version, range, text);
    const publication = await this.diagnosticsFor(uri, version);
    return { ms: publication.at - start, publication };
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Completion round trip: `ms` from sending the request to having the answer. */
  async completion(uri: string, position: Position): Promise<{ ms: number; items: CompletionItem[] }> {
    const start = performance.now();
    const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    const ms = performance.now() - start;
    return { ms, items: Array.isArray(result) ? result : ((result as CompletionList | null)?.items ?? []) };
  }

  /** Hover round trip: `ms` from sending the request to having the answer. */
  async hover(uri: string, position: Position): Promise<{ ms: number; hover: Hover | null }> {
    const start = performance.now();
    const hover = await this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
    return { ms: performance.now() - start, hover };
  }

  /** Diagnostics published for `uri` at `version`, waiting for them if need be. */
  diagnosticsFor(uri: string, version: number, timeoutMs = 60_000): Promise<Publication> {
    return this.waitFor(() => this.published.get(uri)?.find((p) => p.params.version === version), timeoutMs, `diagnostics of ${uri} v${version}`);
  }

  private waitFor<T>(find: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name}: timed out waiting for ${what}. Server stderr: ${this.stderr.join('')}`)), timeoutMs);
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

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    if (this.process.exitCode === null) await new Promise((resolve) => this.process.once('exit', resolve));
    this.connection.dispose();
  }
}
