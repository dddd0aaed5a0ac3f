// The Node entry of the language server: `node dist/server.js --stdio` (or --node-ipc,
// --socket=PORT, as vscode-languageserver reads them from the command line).
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from '../server';
import { nodeRuntime } from './runtime';

startServer(createConnection(ProposedFeatures.all), nodeRuntime);
