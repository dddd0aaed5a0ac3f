import { createScanner, findNodeAtOffset, parseTree, visit, type Node as JsonNode } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentSymbol, FoldingRange, Range, SelectionRange, SymbolKind, type Position } from 'vscode-languageserver-types';
import { Token } from '../reading/syntaxKind';

/** The members whose string value names an array item: a Contact's Id, a record's ContactId, an event detail's contactId. */
const NAMING_MEMBERS = ['Id', 'ContactId', 'contactId'];

interface Frame {
  isArray: boolean;
  index: number;
  children: DocumentSymbol[];
  /** The key of the member being read: its name, and where its token is (escapes and all). */
  key?: { name: string; offset: number; length: number };
  /** The container's own symbol (undefined for the document root). */
  symbol?: DocumentSymbol;
  start: number;
  /** A string member of NAMING_MEMBERS, which names the object when it is an array item. */
  id?: string;
}

/**
 * The Outline: every member with its nested members; array items named by their `Id` (or `ContactId`, `contactId`)
 * where they have one. Built in one visitor pass, without a tree of the document.
 */
export function getDocumentSymbols(document: TextDocument): DocumentSymbol[] {
  const root: Frame = { isArray: false, index: 0, children: [], start: 0 };
  const frames: Frame[] = [root];
  const range = (start: number, end: number) => Range.create(document.positionAt(start), document.positionAt(end));

  // Where a value begins: its name and where its symbol's range starts.
  const naming = (offset: number): { name: string; start: number; selection: [number, number] } | undefined => {
    const parent = frames[frames.length - 1];
    if (parent.isArray) {
      const index = parent.index++;
      return { name: `[${index}]`, start: offset, selection: [offset, offset + 1] };
    }
    if (parent.key === undefined) return undefined;
    const { name, offset: keyOffset, length } = parent.key;
    parent.key = undefined;
    return { name, start: keyOffset, selection: [keyOffset, keyOffset + length] };
  };
  const begin = (isArray: boolean) => (offset: number) => {
    const named = frames.length > 1 ? naming(offset) : undefined;
    const symbol = named === undefined ? undefined : DocumentSymbol.create(named.name, undefined, isArray ? SymbolKind.Array : SymbolKind.Module, range(named.start, offset + 1), range(...named.selection), []);
    frames.push({ isArray, index: 0, children: symbol?.children ?? root.children, symbol, start: named?.start ?? offset });
  };
  const end = (offset: number, length: number) => {
    if (frames.length <= 1) return;
    const frame = frames.pop() as Frame;
    if (frame.symbol === undefined) return;
    frame.symbol.range = range(frame.start, offset + length);
    const parent = frames[frames.length - 1];
    if (parent.isArray && frame.id !== undefined) {
      frame.symbol.detail = frame.symbol.name;
      frame.symbol.name = frame.id;
    }
    parent.children.push(frame.symbol);
  };

  visit(document.getText(), {
    onObjectBegin: begin(false),
    onArrayBegin: begin(true),
    onObjectEnd: end,
    onArrayEnd: end,
    onObjectProperty: (name, offset, length) => {
      frames[frames.length - 1].key = { name, offset, length };
    },
    onLiteralValue: (value, offset, length) => {
      if (frames.length <= 1) return;
      const parent = frames[frames.length - 1];
      const key = parent.key?.name;
      const named = naming(offset);
      if (named === undefined) return;
      if (key !== undefined && NAMING_MEMBERS.includes(key) && typeof value === 'string') parent.id = value;
      const kind = typeof value === 'string' ? SymbolKind.String : typeof value === 'number' ? SymbolKind.Number : typeof value === 'boolean' ? SymbolKind.Boolean : SymbolKind.Null;
      const detail = JSON.stringify(value);
      parent.children.push(DocumentSymbol.create(named.name, detail.length > 60 ? `${detail.slice(0, 57)}...` : detail, kind, range(named.start, offset + length), range(...named.selection)));
    },
  });
  return root.children;
}

/** Objects and arrays that span lines fold. */
export function getFoldingRanges(document: TextDocument): FoldingRange[] {
  const scanner = createScanner(document.getText(), false);
  const open: number[] = [];
  const ranges: FoldingRange[] = [];
  for (let token = scanner.scan(); token !== Token.EOF; token = scanner.scan()) {
    if (token === Token.OpenBrace || token === Token.OpenBracket) open.push(scanner.getTokenStartLine());
    else if (token === Token.CloseBrace || token === Token.CloseBracket) {
      const startLine = open.pop();
      const endLine = scanner.getTokenStartLine();
      // The closing line stays visible, as in VS Code's JSON folding.
      if (startLine !== undefined && endLine - 1 > startLine) ranges.push(FoldingRange.create(startLine, endLine - 1));
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine);
}

/** Expand selection: value, member (key and value), object, member around it, ... */
export function getSelectionRanges(document: TextDocument, positions: Position[]): SelectionRange[] {
  const tree = parseTree(document.getText());
  return positions.map((position) => {
    const offset = document.offsetAt(position);
    let node: JsonNode | undefined = tree !== undefined ? findNodeAtOffset(tree, offset, true) : undefined;
    const chain: Range[] = [];
    while (node !== undefined) {
      const nodeRange = Range.create(document.positionAt(node.offset), document.positionAt(node.offset + node.length));
      const last = chain[chain.length - 1];
      if (last === undefined || last.start.line !== nodeRange.start.line || last.start.character !== nodeRange.start.character || last.end.line !== nodeRange.end.line || last.end.character !== nodeRange.end.character) {
        chain.push(nodeRange);
      }
      node = node.parent;
    }
    let result: SelectionRange | undefined;
    for (const item of chain.reverse()) result = SelectionRange.create(item, result);
    return result ?? SelectionRange.create(Range.create(position, position));
  });
}
