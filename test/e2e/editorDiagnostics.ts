// Shared by the suites that run inside an editor's extension host (vscode/suite, web): reading
// and waiting for diagnostics through the `vscode` API, on events only.
import * as vscode from 'vscode';
import { brief } from './expected';

export const TIMEOUT_MS = 20_000;

/** The diagnostics of `uri` as "line:col-line:col code message" (see expected.ts). */
export function briefs(uri: vscode.Uri): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .map((d) => brief(d.range.start, d.range.end, typeof d.code === 'object' ? d.code.value : d.code, d.message));
}

/** Resolves when `uri`'s diagnostics satisfy `done`, checking on every change (no sleeps). */
export function diagnosticsWhen(uri: vscode.Uri, done: (diagnostics: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    let subscription: vscode.Disposable | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!done(diagnostics)) return;
      subscription?.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
    };
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    timer = setTimeout(() => {
      subscription?.dispose();
      reject(new Error(`Timed out after ${TIMEOUT_MS} ms waiting for ${what} of ${uri.toString()}; it has ${JSON.stringify(briefs(uri), null, 2)}`));
    }, TIMEOUT_MS);
    check();
  });
}
