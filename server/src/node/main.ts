// The language server on Node (dist/server-main.js), loaded by dist/server.js (start.ts): the
// transport is --stdio, --node-ipc or --socket=PORT, as vscode-languageserver reads them from
// the command line.
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeRuntime } from './runtime';

// Node ends the process on an unhandled rejection or an uncaught exception. For a language
// server that would be every open document's problems gone because of one bad request: log
// one line and go on. (A real crash, of the process or the connection, still ends it, and the
// client restarts it.) The line goes to stderr, which editors show in the server's log,
// not to stdout, which carries the protocol.
const logUnexpected = (kind: string) => (error: unknown) => {
  const message = error instanceof Error ? (error.stack ?? error.message).split('\n').slice(0, 2).join(' ') : String(error);
  process.stderr.write(`contact-json: ${kind} (the server goes on): ${message}\n`);
};
// A closed stderr must not turn each of these lines into another uncaught error.
process.stderr.on('error', () => undefined);
process.on('unhandledRejection', logUnexpected('unhandled rejection'));
process.on('uncaughtException', logUnexpected('uncaught exception'));

// Started by hand without a transport, vscode-languageserver would throw a stack trace.
const TRANSPORTS = /^--(stdio|node-ipc|socket|pipe)(=|$)/;
if (!process.argv.slice(2).some((arg) => TRANSPORTS.test(arg))) {
  process.stderr.write('contact-json language server: start it from an editor, with --stdio, --node-ipc, --socket=PORT or --pipe=NAME\n');
  process.exit(2);
}

startServer(createConnection(ProposedFeatures.all), nodeRuntime);
