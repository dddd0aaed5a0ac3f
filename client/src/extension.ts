import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Starts the bundled language server for `contact-json` documents. All logic lives there. */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const outputChannel = vscode.window.createOutputChannel('Contact JSON', { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'contact-json' }],
    // Sends the whole `contactJson` section on start and on every change.
    synchronize: { configurationSection: 'contactJson' },
    outputChannel,
  };
  // The id `contactJson` makes the client honour `contactJson.trace.server`.
  client = new LanguageClient('contactJson', 'Contact JSON', serverOptions, clientOptions);
  context.subscriptions.push(outputChannel);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
