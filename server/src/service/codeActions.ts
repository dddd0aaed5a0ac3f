import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, Range, TextEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import { applyChanges, changeOf, type TextChange } from './edits';
import type { DiagnosticData } from './problem';
import { SOURCE } from './validate';

/** The source action that applies every certain fix; `editor.codeActionsOnSave` can name it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.contact-json`;

/**
 * Quick fixes for the given diagnostics, built only from each diagnostic's `data.fixes`:
 * no server state, so any client that echoes diagnostics back gets the same fixes.
 */
export function getCodeActions(document: TextDocument, diagnostics: Diagnostic[]): CodeAction[] {
  const text = document.getText();
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const fixes = (diagnostic.data as DiagnosticData | undefined)?.fixes ?? [];
    const certainCount = fixes.filter((fix) => fix.certain).length;
    for (const fix of fixes) {
      const change = changeOf(text, fix);
      if (change === undefined) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.certain && certainCount === 1,
        edit: workspaceEdit(document, [change]),
      });
    }
  }
  return actions;
}

/**
 * The edits of "Fix all auto-fixable problems": every certain fix of the given (current)
 * diagnostics, those that overlap an earlier one left for the next run.
 */
export function getFixAllEdits(document: TextDocument, diagnostics: Diagnostic[]): TextEdit[] {
  const text = document.getText();
  const changes: TextChange[] = [];
  for (const diagnostic of diagnostics) {
    for (const fix of (diagnostic.data as DiagnosticData | undefined)?.fixes ?? []) {
      if (!fix.certain) continue;
      const change = changeOf(text, fix);
      if (change !== undefined) changes.push(change);
    }
  }
  return applyChanges(text, changes).applied.map((change) => toTextEdit(document, change));
}

export function fixAllAction(document: TextDocument, diagnostics: Diagnostic[]): CodeAction | undefined {
  const edits = getFixAllEdits(document, diagnostics);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}

function workspaceEdit(document: TextDocument, changes: TextChange[]): WorkspaceEdit {
  return { changes: { [document.uri]: changes.map((change) => toTextEdit(document, change)) } };
}

function toTextEdit(document: TextDocument, change: TextChange): TextEdit {
  return TextEdit.replace(Range.create(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.newText);
}
