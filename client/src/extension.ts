import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { CLIENT_ID, CLIENT_NAME, startClient } from './common';

let client: LanguageClient | undefined;

/** The desktop client: starts the bundled Node server over IPC. All logic lives in the server. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  client = (await startClient(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, options))) as LanguageClient;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
