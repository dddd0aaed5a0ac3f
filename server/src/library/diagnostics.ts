// The engine's LSP diagnostics as the library returns them: the command line's JSON form
// (1-based lines and columns, the severity as a word), with each problem's JSON path and fixes.
import { findNodeAtOffset, getNodePath, parseTree, type Node } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic as LspDiagnostic } from 'vscode-languageserver-types';
import type { Diagnostic } from '../../../types';
import { jsonDiagnostic } from '../cli/formats';
import type { DiagnosticData } from '../service/rules/problem';

/**
 * `text` is the text the diagnostics were made for (its BOM, if any, still in front: the engine
 * drops it, so ranges count from after it). The JSON paths come from the offset where each
 * problem starts: the service places a problem on the member's key or value, whose path that is.
 */
export function toLibraryDiagnostics(text: string, diagnostics: LspDiagnostic[]): Diagnostic[] {
  if (diagnostics.length === 0) return [];
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const document = TextDocument.create('contact-json:text', 'json', 1, body);
  // Parsed again only when there is something to report; a broken text still gives a tree.
  const tree = parseTree(body, [], { allowTrailingComma: true, disallowComments: false });
  return diagnostics.map((diagnostic) => ({
    ...jsonDiagnostic(diagnostic),
    path: jsonPath(tree, document.offsetAt(diagnostic.range.start)),
    fixes: ((diagnostic.data as DiagnosticData | undefined)?.fixes ?? []).map(({ title, certain }) => ({ title, certain })),
  }));
}

/** `$.Details.ContactData.Channel`, `$[0].Tags["aws:x"]`: the node at `offset`, from the root. */
function jsonPath(tree: Node | undefined, offset: number): string {
  const node = tree === undefined ? undefined : findNodeAtOffset(tree, offset);
  if (node === undefined) return '$';
  return '$' + getNodePath(node).map((segment) => (typeof segment === 'number' ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`)).join('');
}
