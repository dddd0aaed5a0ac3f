// The web-worker entry of the language server (VS Code for the Web). The same server as
// node/main.ts around a browser transport, and no file system: open documents only.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server';

// In a worker, `self` is the worker's global scope; it speaks postMessage like a Worker.
const scope = self as unknown as Worker;

startServer(createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope)));
