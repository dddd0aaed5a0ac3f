import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  RevealOutputChannelOn,
  type BaseLanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
} from 'vscode-languageclient';

/**
 * What the desktop (extension.ts) and web (browser.ts) clients share: the options, the
 * commands, and the choice of files. Each only says how to start its server.
 */

/** Sets `contactJson.modelVersion`: the "Validate against the 2026-08 model" quick fix runs it (the server names it too, in server.ts). */
const MODEL_VERSION_COMMAND = 'contactJson.useModelVersion';

/** "Contact JSON: Treat this file as a contact" (for a .json file that the globs do not select). */
const TREAT_AS_CONTACT_COMMAND = 'contactJson.treatAsContact';

/** Restarts allowed within RESTART_WINDOW_MS before the client gives up. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

/** The client id: `contactJson` makes the client honour `contactJson.trace.server`. */
export const CLIENT_ID = 'contactJson';
export const CLIENT_NAME = 'Contact JSON';

/** Registers the commands and file handling, and starts the client `create` makes. */
export async function startClient(
  context: vscode.ExtensionContext,
  create: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<BaseLanguageClient> {
  const outputChannel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'contact-json' }],
    // Sends the whole `contactJson` section on start and on every change, and file events
    // for workspace validation (files created, changed on disk, renamed, deleted).
    synchronize: { configurationSection: 'contactJson', fileEvents: vscode.workspace.createFileSystemWatcher('**/*.json') },
    outputChannel,
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    errorHandler: quietRestarts(outputChannel),
    // Which client commands its code actions may use, and that this client sends file events.
    initializationOptions: { clientCommands: [MODEL_VERSION_COMMAND], watchesFiles: true },
  };
  context.subscriptions.push(
    outputChannel,
    vscode.commands.registerCommand(MODEL_VERSION_COMMAND, async (version: string) => {
      // The workspace setting when there is a workspace; a single open file has only the user's.
      const target = vscode.workspace.workspaceFolders !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
      await vscode.workspace.getConfiguration('contactJson').update('modelVersion', version, target);
    }),
    vscode.commands.registerCommand(TREAT_AS_CONTACT_COMMAND, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (document !== undefined) await vscode.languages.setTextDocumentLanguage(document, 'contact-json');
    }),
    // Files that match contactJson.files are contacts whatever their extension.
    vscode.workspace.onDidOpenTextDocument((document) => void adoptContactFile(document)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('contactJson.files') || event.affectsConfiguration('contactJson.exclude')) {
        for (const document of vscode.workspace.textDocuments) void adoptContactFile(document);
      }
    }),
  );
  for (const document of vscode.workspace.textDocuments) void adoptContactFile(document);
  const client = create(clientOptions);
  await client.start();
  return client;
}

/**
 * Gives a JSON file the contact-json language when it matches `contactJson.files` and not
 * `contactJson.exclude` (relative to its workspace folder), so users need no files.associations.
 */
async function adoptContactFile(document: vscode.TextDocument): Promise<void> {
  if (document.languageId !== 'json' && document.languageId !== 'jsonc') return;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (folder === undefined) return;
  const configuration = vscode.workspace.getConfiguration('contactJson', document.uri);
  const matches = (globs: string[]) => globs.some((glob) => vscode.languages.match({ pattern: new vscode.RelativePattern(folder, glob) }, document) > 0);
  if (matches(configuration.get<string[]>('files', [])) && !matches(configuration.get<string[]>('exclude', []))) {
    await vscode.languages.setTextDocumentLanguage(document, 'contact-json');
  }
}

/**
 * If the server process dies, start it again and say so in the output channel: a line
 * there, not a pop-up each time. Only a crash loop ends in one error message.
 */
function quietRestarts(log: vscode.LogOutputChannel): ErrorHandler {
  const restarts: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: () => {
      const now = Date.now();
      while (restarts.length > 0 && now - restarts[0] > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        const message = `The Contact JSON server stopped ${MAX_RESTARTS + 1} times in 3 minutes and will not be restarted. See the "Contact JSON" output for details.`;
        log.error(message);
        void vscode.window.showErrorMessage(message);
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      restarts.push(now);
      log.warn('The Contact JSON server stopped unexpectedly; restarting it.');
      return { action: CloseAction.Restart, handled: true };
    },
  };
}
