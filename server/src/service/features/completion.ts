import type { Node as JsonNode } from 'jsonc-parser';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  Range,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver-types';
import { constraintLines, isMap, memberDocumentation, typeLabel } from '../schema/describe';
import type { ParsedDocument } from '../reading/parse';
import { locationAt } from '../reading/positions';
import { exclusiveMembers, isTimestamp, own, resolve, schemaAtPath, type JsonSchema } from '../schema/schema';

export interface CompletionOptions {
  /** The clock used for "now" timestamps; tests pass a fixed one. */
  now?: () => Date;
}

/**
 * Keys of the object around the cursor (members not yet present), or values for the
 * member whose value is being typed (enum values, booleans, timestamps, empty containers).
 */
export function doComplete(
  document: TextDocument,
  parsed: ParsedDocument,
  root: JsonSchema,
  position: Position,
  options: CompletionOptions = {},
): CompletionList {
  const text = document.getText();
  if (text.trim() === '') return { isIncomplete: false, items: [skeleton(root, options)] };
  const offset = document.offsetAt(position);
  const location = locationAt(text, offset, parsed.itemStarts);
  const node = location.previousNode;
  const items =
    location.isAtPropertyKey
      ? keyCompletions(document, parsed, root, location.path.slice(0, -1), node, offset)
      : valueCompletions(document, parsed, root, location.path, node, offset, options);
  return { isIncomplete: false, items };
}

function keyCompletions(
  document: TextDocument,
  parsed: ParsedDocument,
  root: JsonSchema,
  objectPath: (string | number)[],
  node: JsonNode | undefined,
  offset: number,
): CompletionItem[] {
  const owner = schemaAtPath(root, parsed.value, objectPath);
  if (owner?.properties === undefined) return [];
  const text = document.getText();
  // The key being typed is replaced whole, quotes included.
  const editing = node !== undefined && node.type === 'property' && offset >= node.offset && offset <= node.offset + node.length ? node : undefined;
  const range = editing !== undefined ? rangeOf(document, editing.offset, editing.length) : Range.create(document.positionAt(offset), document.positionAt(offset));
  const after = text.slice(editing !== undefined ? editing.offset + editing.length : offset).match(/^\s*(.)/)?.[1];
  const hasValue = after === ':';
  const needsComma = !hasValue && after === '"';

  const present = new Set(Object.keys(valueAt(parsed.value, objectPath) ?? {}));
  if (editing !== undefined) present.delete(String(editing.value));
  const excluded = new Set<string>();
  for (const group of exclusiveMembers(owner)) {
    if (group.some((member) => present.has(member))) for (const member of group) if (!present.has(member)) excluded.add(member);
  }

  const items: CompletionItem[] = [];
  for (const [name, site] of Object.entries(owner.properties)) {
    if (present.has(name) || excluded.has(name)) continue;
    const member = resolve(root, site, undefined);
    const later = own(owner['x-later-members'], name) !== undefined;
    items.push({
      label: name,
      kind: CompletionItemKind.Property,
      detail: typeLabel(root, member),
      documentation: { kind: MarkupKind.Markdown, value: memberDocumentation(root, owner, name, member) },
      filterText: JSON.stringify(name),
      textEdit: { range, newText: JSON.stringify(name) + (hasValue ? '' : `: ${valueSnippet(root, member)}${needsComma ? ',' : ''}`) },
      insertTextFormat: hasValue ? InsertTextFormat.PlainText : InsertTextFormat.Snippet,
      sortText: (later ? '1' : '0') + name,
      ...(hasValue ? {} : { command: { title: 'Suggest', command: 'editor.action.triggerSuggest' } }),
    });
  }
  return items;
}

function valueCompletions(
  document: TextDocument,
  parsed: ParsedDocument,
  root: JsonSchema,
  path: (string | number)[],
  node: JsonNode | undefined,
  offset: number,
  options: CompletionOptions,
): CompletionItem[] {
  const value = valueAt(parsed.value, path);
  const schema = schemaAtPath(root, parsed.value, path);
  if (schema === undefined) return [];
  // A literal under the cursor (a half-typed "voi") is replaced whole.
  const editing = node !== undefined && node.type !== 'property' && node.type !== 'object' && node.type !== 'array' && offset >= node.offset && offset <= node.offset + node.length ? node : undefined;
  if (editing === undefined && typeof value === 'object' && value !== null && path.length > 0) return [];
  const range = editing !== undefined ? rangeOf(document, editing.offset, editing.length) : Range.create(document.positionAt(offset), document.positionAt(offset));
  const name = String(path[path.length - 1] ?? 'Contact');
  const rules = constraintLines(root, schema).map((line) => `- ${line}`).join('\n');
  const docs = { kind: MarkupKind.Markdown, value: [schema.markdownDescription ?? schema.description, rules].filter(Boolean).join('\n\n') };
  const item = (label: string, newText: string, kind: CompletionItemKind, detail: string, snippet = false): CompletionItem => ({
    label,
    kind,
    detail,
    documentation: docs,
    filterText: newText,
    textEdit: { range, newText },
    insertTextFormat: snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
  });

  const items: CompletionItem[] = [];
  const typed = editing !== undefined && typeof editing.value === 'string' ? editing.value.trim().toUpperCase() : undefined;
  for (const [index, choice] of (schema.enum ?? []).entries()) {
    const enumItem = item(String(choice), JSON.stringify(choice), CompletionItemKind.EnumMember, `Valid value of ${name}`);
    // The reference page's order, and the value meant when only case or spacing differ ("voice").
    enumItem.sortText = String(index).padStart(3, '0');
    if (typed !== undefined && String(choice).toUpperCase() === typed) enumItem.preselect = true;
    items.push(enumItem);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (isTimestamp(schema)) {
    const now = (options.now ?? (() => new Date()))();
    const iso = now.toISOString().replace(/\.\d{3}Z$/, 'Z');
    items.push(item(`"${iso}"`, `"${iso}"`, CompletionItemKind.Value, 'Now, as an ISO 8601 date-time (UTC)'));
    const seconds = Math.floor(now.getTime() / 1000);
    items.push(item(String(seconds), String(seconds), CompletionItemKind.Value, 'Now, in epoch seconds'));
  } else if (types.includes('boolean')) {
    items.push(item('true', 'true', CompletionItemKind.Value, name), item('false', 'false', CompletionItemKind.Value, name));
  } else if (editing === undefined && types.includes('object')) {
    items.push(item('{}', '{$1}', CompletionItemKind.Module, typeLabel(root, schema), true));
  } else if (editing === undefined && types.includes('array')) {
    items.push(item('[]', '[$1]', CompletionItemKind.Module, typeLabel(root, schema), true));
  }
  return items;
}

/** A whole contact to start an empty file from: the members most fixtures have. */
function skeleton(root: JsonSchema, options: CompletionOptions): CompletionItem {
  const contact = resolve(root, root, {});
  const choices = (member: string) => {
    const values = contact.properties?.[member] !== undefined ? resolve(root, contact.properties[member], undefined).enum ?? [] : [];
    return values.map(String).join(',');
  };
  const now = (options.now ?? (() => new Date()))().toISOString().replace(/\.\d{3}Z$/, 'Z');
  const body = [
    '{',
    '\t"Id": "${1:contact-id}",',
    '\t"Arn": "arn:aws:connect:${2:us-east-1}:${3:123456789012}:instance/${4:instance-id}/contact/${1}",',
    `\t"Channel": "\${5|${choices('Channel')}|}",`,
    `\t"InitiationMethod": "\${6|${choices('InitiationMethod')}|}",`,
    `\t"InitiationTimestamp": "\${7:${now}}",`,
    `\t"ConnectedToSystemTimestamp": "\${8:${now}}",`,
    `\t"DisconnectTimestamp": "\${9:${now}}",`,
    `\t"LastUpdateTimestamp": "\${10:${now}}"$0`,
    '}',
  ].join('\n');
  return {
    label: 'New contact',
    kind: CompletionItemKind.Snippet,
    detail: 'A Contact with its most used members',
    documentation: { kind: MarkupKind.Markdown, value: 'Id, Arn, Channel, InitiationMethod and the main timestamps, as placeholders to fill in.' },
    insertText: body,
    insertTextFormat: InsertTextFormat.Snippet,
  };
}

/** A snippet for the value of a new member, fit for its type. */
function valueSnippet(root: JsonSchema, schema: JsonSchema): string {
  if (schema.enum !== undefined) return `"\${1|${schema.enum.map((value) => String(value).replace(/[,|\\$}]/g, '\\$&')).join(',')}|}"`;
  if (isTimestamp(schema)) return '"${1:2024-05-29T16:00:00Z}"';
  if (isMap(schema) || schema.type === 'object') return '{$1}';
  switch (schema.type) {
    case 'string':
      return '"$1"';
    case 'integer':
    case 'number':
      return `\${1:${schema.minimum !== undefined && schema.minimum > 0 ? schema.minimum : 0}}`;
    case 'boolean':
      return '${1|true,false|}';
    case 'array':
      return schema.items !== undefined && resolve(root, schema.items, undefined).type === 'object' ? '[{$1}]' : '[$1]';
    default:
      return '$1';
  }
}

function valueAt(value: unknown, path: (string | number)[]): Record<string, unknown> | undefined {
  let current = value;
  for (const segment of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : undefined;
}

function rangeOf(document: TextDocument, offset: number, length: number): Range {
  return Range.create(document.positionAt(offset), document.positionAt(offset + length));
}
