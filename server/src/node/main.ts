// The Node entry of the language server: `node dist/server.js --stdio` (or --node-ipc,
// --socket=PORT, as vscode-languageserver reads them from the command line).
import { setFlagsFromString } from 'node:v8';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeRuntime } from './runtime';

// Keep V8's young generation at its starting size. It grows when much survives its
// collections, which opening a large file makes happen once; grown, it stays resident for
// the server's whole life. A language server's garbage is short-lived, so the small size
// costs no time (bench: opening 4,000 contacts is as fast), and the peak RSS after that
// open drops from 79 to 72 MB. The flag is read at each growth, so setting it here, after
// start, takes effect; an engine without it only prints a warning on stderr.
setFlagsFromString('--semi-space-growth-factor=1');

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
