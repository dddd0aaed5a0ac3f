import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ROOT = join(__dirname, '..', '..', '..');
export const CODE_SERVER_VERSION = '4.96.4';

/** code-server as scripts/e2e/setup.sh installs it, or `CODE_SERVER_BIN`. */
export function codeServerBin(): string {
  const bin = process.env.CODE_SERVER_BIN ?? join(ROOT, '.cache', 'code-server', CODE_SERVER_VERSION, 'node_modules', '.bin', 'code-server');
  if (!existsSync(bin)) throw new Error(`code-server not found at ${bin}: run scripts/e2e/setup.sh`);
  return bin;
}

/**
 * A private scratch folder for one code-server: its own TMPDIR and XDG folders (else it puts
 * sockets in /tmp and a config file in the home folder), user data and extensions.
 */
export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'contact-json-code-server-'));
  readonly userDataDir: string;
  readonly extensionsDir: string;

  constructor(options: { userDataDir?: string; extensionsDir?: string } = {}) {
    for (const dir of ['tmp', 'config', 'data', 'cache']) mkdirSync(join(this.root, dir));
    this.userDataDir = options.userDataDir ?? join(this.root, 'user-data');
    this.extensionsDir = options.extensionsDir ?? join(this.root, 'extensions');
    mkdirSync(this.userDataDir, { recursive: true });
    mkdirSync(this.extensionsDir, { recursive: true });
  }

  /** The environment for code-server and the browser. */
  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return {
      ...process.env,
      ...extra,
      TMPDIR: join(this.root, 'tmp'),
      XDG_CONFIG_HOME: join(this.root, 'config'),
      XDG_DATA_HOME: join(this.root, 'data'),
      XDG_CACHE_HOME: join(this.root, 'cache'),
      // No extension gallery: nothing to reach, nothing to wait for.
      EXTENSIONS_GALLERY: '{}',
    };
  }

  /** The arguments every code-server command of this sandbox shares. */
  dirArgs(): string[] {
    return ['--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  remove(): void {
    rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** `code-server --install-extension`; returns its exit status, printing its output. */
export function installExtension(sandbox: Sandbox, vsix: string): { status: number; output: string } {
  const result = spawnSync(codeServerBin(), [...sandbox.dirArgs(), '--install-extension', vsix], {
    env: sandbox.env(),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** A port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A running code-server, in its own process group so that `stop()` ends all it started. */
export class CodeServer {
  private constructor(
    readonly process: ChildProcess,
    readonly port: number,
    readonly log: string[],
  ) {}

  get origin(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A `vscode-remote:` URI of a path on this machine, as the workbench's payload wants it. */
  remoteUri(path: string): string {
    return `vscode-remote://127.0.0.1:${this.port}${pathToFileURL(path).pathname}`;
  }

  /** The workbench URL for `folder`, with workbench arguments such as `extensionTestsPath`. */
  workbenchUrl(folder: string, payload: [string, string][] = []): string {
    const query = new URLSearchParams({ folder });
    if (payload.length) query.set('payload', JSON.stringify(payload));
    return `${this.origin}/?${query}`;
  }

  /** Starts code-server and resolves once it says it listens (not after a fixed sleep). */
  static async start(sandbox: Sandbox, options: { echo?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<CodeServer> {
    const port = await freePort();
    const args = [
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      // Workspace trust stays on only for the untrusted-workspace run (vscode.test.ts).
      ...(process.env.CONTACT_JSON_E2E_UNTRUSTED === '1' ? [] : ['--disable-workspace-trust']),
      '--disable-getting-started-override',
      '--ignore-last-opened',
      ...sandbox.dirArgs(),
    ];
    const child = spawn(codeServerBin(), args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: sandbox.env(options.env) });
    const server = new CodeServer(child, port, []);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => fail(new Error('code-server did not start listening within 60 s')), 60_000);
      const fail = (error: Error) => {
        clearTimeout(timer);
        server.stop();
        reject(new Error(`${error.message}\n${server.log.join('')}`));
      };
      const onData = (chunk: Buffer) => {
        const text = String(chunk);
        server.log.push(text);
        if (options.echo) process.stderr.write(text);
        if (text.includes(`HTTP server listening on ${server.origin}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('error', fail);
      child.once('exit', (code, signal) => fail(new Error(`code-server exited (${code ?? signal}) before it listened`)));
    });
    child.removeAllListeners('exit');
    return server;
  }

  /** Ends code-server and everything it started (extension host, pty host, watchers). */
  stop(): Promise<void> {
    const group = this.process.pid;
    if (group === undefined) return Promise.resolve();
    const exited = this.process.exitCode !== null || this.process.signalCode !== null;
    const done = exited ? Promise.resolve() : new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    try {
      process.kill(-group, 'SIGKILL');
    } catch {
      // the group is gone already
    }
    return done;
  }
}
