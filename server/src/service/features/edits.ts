import { createScanner } from 'jsonc-parser';
import type { PlacedChange, PlacedFix } from '../rules/problem';
import { Token } from '../reading/syntaxKind';

export interface TextChange {
  offset: number;
  length: number;
  newText: string;
}

/**
 * The change that removes the object member whose key starts at `keyOffset`, with its
 * comma, keeping the layout around it: the next member moves up into its place, or the
 * previous member's comma goes when it was the last. Undefined if the text there is not
 * a complete member (the document changed, or it is broken there).
 */
export function removeMember(text: string, keyOffset: number): TextChange | undefined {
  const scanner = createScanner(text, false);
  scanner.setPosition(keyOffset);
  const next = () => {
    let token = scanner.scan();
    while (token === Token.Trivia || token === Token.LineBreak) token = scanner.scan();
    return token;
  };
  if (next() !== Token.String || next() !== Token.Colon) return undefined;
  let token = next();
  if (token === Token.OpenBrace || token === Token.OpenBracket) {
    let depth = 1;
    while (depth > 0) {
      token = next();
      if (token === Token.EOF) return undefined;
      if (token === Token.OpenBrace || token === Token.OpenBracket) depth++;
      else if (token === Token.CloseBrace || token === Token.CloseBracket) depth--;
    }
  } else if (!([Token.String, Token.Number, Token.True, Token.False, Token.Null] as number[]).includes(token)) {
    return undefined;
  }
  const valueEnd = scanner.getTokenOffset() + scanner.getTokenLength();
  const after = next();
  if (after === Token.Comma) {
    // Up to the next member, so that it takes this one's place and indentation.
    const commaEnd = scanner.getTokenOffset() + 1;
    next();
    const nextStart = scanner.getToken() === Token.EOF ? commaEnd : scanner.getTokenOffset();
    return { offset: keyOffset, length: nextStart - keyOffset, newText: '' };
  }
  // The last member: take the comma before it, or everything back to the brace.
  const before = /,?\s*$/.exec(text.slice(0, keyOffset)) as RegExpExecArray;
  const start = before[0].startsWith(',') ? keyOffset - before[0].length : keyOffset;
  return { offset: start, length: valueEnd - start, newText: '' };
}

/**
 * The change a placed change makes, or undefined when it no longer applies: a client may send
 * back diagnostics of an older version, whose offsets no longer point at the same text.
 */
export function changeOf(text: string, change: PlacedChange): TextChange | undefined {
  if (!text.startsWith(change.expected, change.removeMemberAt ?? change.offset)) return undefined;
  if (change.removeMemberAt !== undefined) return removeMember(text, change.removeMemberAt);
  return { offset: change.offset, length: change.length, newText: change.newText };
}

/** Every change of a placed fix, or undefined when any of them no longer applies (all or none). */
export function changesOf(text: string, fix: PlacedFix): TextChange[] | undefined {
  const changes: TextChange[] = [];
  for (const placed of [fix, ...(fix.also ?? [])]) {
    const change = changeOf(text, placed);
    if (change === undefined) return undefined;
    changes.push(change);
  }
  return changes;
}

/** Applies non-overlapping changes (later ones that overlap an earlier one are skipped). */
export function applyChanges(text: string, changes: TextChange[]): { text: string; applied: TextChange[] } {
  const sorted = [...changes].sort((a, b) => a.offset - b.offset);
  const applied: TextChange[] = [];
  let end = -1;
  for (const change of sorted) {
    if (change.offset < end) continue;
    applied.push(change);
    end = change.offset + change.length;
  }
  // One forward pass: re-slicing the whole text per change would be quadratic in the fixes.
  const pieces: string[] = [];
  let position = 0;
  for (const change of applied) {
    pieces.push(text.slice(position, change.offset), change.newText);
    position = change.offset + change.length;
  }
  pieces.push(text.slice(position));
  return { text: pieces.join(''), applied };
}
