import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_ID, CLIENT_NAME, startClient } from './common';

let client: LanguageClient | undefined;

/**
 * The web client (vscode.dev, github.dev): the same server, built for the browser, runs in
 * a web worker. Without a file system it checks open documents only (no workspace scan).
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist', 'browser', 'server.js');
  const worker = new Worker(serverUri.toString(true));
  client = (await startClient(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, options))) as LanguageClient;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
