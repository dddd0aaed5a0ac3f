import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionKind, Range, TextEdit, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver-types';
import { applyChanges, changeOf, changesOf, type TextChange } from './edits';
import type { DiagnosticData } from '../rules/problem';
import { SOURCE } from '../rules/validate';

/** The source action that applies every certain fix; `editor.codeActionsOnSave` can name it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.contact-json`;

export interface CodeActionOptions {
  /**
   * A client command that sets the model version (`contactJson.useModelVersion` in our
   * VS Code client). Editors without it get no such action.
   */
  modelVersionCommand?: string;
}

/**
 * Quick fixes for the given diagnostics, built only from each diagnostic's `data.fixes`:
 * no server state, so any client that echoes diagnostics back gets the same fixes.
 */
export function getCodeActions(document: TextDocument, diagnostics: Diagnostic[], options: CodeActionOptions = {}): CodeAction[] {
  const text = document.getText();
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE) continue;
    const data = diagnostic.data as DiagnosticData | undefined;
    if (data?.modelVersion !== undefined && options.modelVersionCommand !== undefined) {
      const title = `Validate against the ${data.modelVersion} model`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: options.modelVersionCommand, arguments: [data.modelVersion] } });
    }
    const fixes = data?.fixes ?? [];
    const certainCount = fixes.filter((fix) => fix.certain).length;
    for (const fix of fixes) {
      const changes = changesOf(text, fix);
      if (changes === undefined) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.certain && certainCount === 1,
        edit: workspaceEdit(document, changes),
      });
    }
  }
  return actions;
}

/** Passes of "fix all": a fix can reveal another (a renamed key's value is then checked). */
const MAX_FIX_PASSES = 10;

/**
 * The edit of "Fix all auto-fixable problems": every certain fix, re-validating after
 * each pass until nothing certain is left, as one edit over the span that changed.
 */
export function getFixAllEdits(document: TextDocument, validate: (document: TextDocument) => Diagnostic[], current = validate(document)): TextEdit[] {
  const original = document.getText();
  let fixedDocument = document;
  let diagnostics = current;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (pass > 0) diagnostics = validate(fixedDocument);
    const text = fixedDocument.getText();
    const changes: TextChange[] = [];
    for (const diagnostic of diagnostics) {
      for (const fix of (diagnostic.data as DiagnosticData | undefined)?.fixes ?? []) {
        // A fix of several changes could be applied in part when another fix overlaps one of
        // them (applyChanges skips overlaps), so fix-all leaves those to the quick fix.
        const change = fix.certain && fix.also === undefined ? changeOf(text, fix) : undefined;
        if (change !== undefined) changes.push(change);
      }
    }
    if (changes.length === 0) break;
    fixedDocument = TextDocument.create(document.uri, document.languageId, document.version + pass + 1, applyChanges(text, changes).text);
  }
  const fixed = fixedDocument.getText();
  if (fixed === original) return [];
  // One edit from the first to the last changed character keeps the cursor and undo sensible.
  let start = 0;
  while (start < original.length && start < fixed.length && original[start] === fixed[start]) start++;
  let end = 0;
  while (end < original.length - start && end < fixed.length - start && original[original.length - 1 - end] === fixed[fixed.length - 1 - end]) end++;
  return [toTextEdit(document, { offset: start, length: original.length - start - end, newText: fixed.slice(start, fixed.length - end) })];
}

export function fixAllAction(document: TextDocument, validate: (document: TextDocument) => Diagnostic[], current?: Diagnostic[]): CodeAction | undefined {
  const edits = getFixAllEdits(document, validate, current);
  if (edits.length === 0) return undefined;
  return { title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edit: { changes: { [document.uri]: edits } } };
}

function workspaceEdit(document: TextDocument, changes: TextChange[]): WorkspaceEdit {
  return { changes: { [document.uri]: changes.map((change) => toTextEdit(document, change)) } };
}

function toTextEdit(document: TextDocument, change: TextChange): TextEdit {
  return TextEdit.replace(Range.create(document.positionAt(change.offset), document.positionAt(change.offset + change.length)), change.newText);
}
