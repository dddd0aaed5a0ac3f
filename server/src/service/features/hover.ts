import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, Range, type Hover, type Position } from 'vscode-languageserver-types';
import { constraintLines, memberDocumentation, whenAdded } from '../schema/describe';
import type { ParsedDocument } from '../reading/parse';
import { locationAt } from '../reading/positions';
import { childSchema, isTimestamp, own, resolve, schemaAtPath, type JsonSchema } from '../schema/schema';
import { displayName } from '../rules/problem';
import { timestampInstant, utcText } from '../reading/timestamps';

/**
 * On a key: the member's description, type and rules. On a value: which member it belongs
 * to and its rules (the valid values of an enum, the forms of a timestamp).
 */
export function doHover(document: TextDocument, parsed: ParsedDocument, root: JsonSchema, position: Position, newerRoot?: () => JsonSchema | undefined): Hover | null {
  const offset = document.offsetAt(position);
  const location = locationAt(document.getText(), offset, parsed.itemStarts);
  const node = location.previousNode;
  if (node === undefined || offset < node.offset || offset > node.offset + node.length || location.path.length === 0) return null;
  const range = Range.create(document.positionAt(node.offset), document.positionAt(node.offset + node.length));
  const path = location.path;
  const name = String(path[path.length - 1]);

  if (location.isAtPropertyKey) {
    const owner = schemaAtPath(root, parsed.value, path.slice(0, -1));
    const site = owner !== undefined ? childSchema(owner, name) : undefined;
    if (owner === undefined || site === undefined) {
      const newer = newerRoot?.();
      return newer !== undefined ? newerMemberHover(root, newer, parsed, path, name, range) : null;
    }
    // A key of a map (a tag key) is data: describe the map's rule for keys instead.
    if (owner.properties === undefined || !Object.hasOwn(owner.properties, name)) {
      const ownerName = displayName(parsed.value, path.slice(0, -1).map(String));
      const keys = owner.propertyNames;
      const lines = keys !== undefined ? constraintLines(root, { ...keys, format: undefined }) : [];
      return markdown(range, [`A key of **${ownerName}**.`, lines.map((line) => `- ${line.replace(/^Length/, 'Key length')}`).join('\n')].join('\n\n'));
    }
    const member = resolve(root, site, undefined);
    const documentation = memberDocumentation(root, owner, name, member);
    // A top-level member tells which format the document (or the item) was read as, where it is
    // not the default: a fixture read as a record by its markers, or by contactJson.readAs.
    const topLevel = path.length === 1 || (path.length === 2 && typeof path[0] === 'number');
    const format = owner['x-docs'] !== undefined ? owner['x-format-name'] : undefined;
    if (topLevel && format !== undefined) return markdown(range, `${documentation}\n\n_This ${path.length === 2 ? 'item' : 'document'} is read as a ${format}._`);
    return markdown(range, documentation);
  }

  const schema = schemaAtPath(root, parsed.value, path);
  if (schema === undefined) return null;
  const memberName = displayName(parsed.value, path.map(String));
  if (isTimestamp(schema)) {
    const instant = timestampInstant(node.value);
    if (instant !== undefined) return markdown(range, timestampHover(memberName, instant));
  }
  const lines = constraintLines(root, schema);
  if (lines.length === 0) return null;
  const heading = schema.enum?.includes(node.value) ? `\`${String(node.value)}\`: a valid value of **${memberName}**.` : `Value of **${memberName}**.`;
  return markdown(range, [heading, lines.map((line) => `- ${line}`).join('\n')].join('\n\n'));
}

/** A member only the newer model has: its description there, and that it is not in this model. */
function newerMemberHover(root: JsonSchema, newerRoot: JsonSchema, parsed: ParsedDocument, path: (string | number)[], name: string, range: Range): Hover | null {
  const owner = schemaAtPath(newerRoot, parsed.value, path.slice(0, -1));
  const site = owner?.properties !== undefined ? own(owner.properties, name) : undefined;
  if (owner === undefined || site === undefined) return null;
  const current = schemaAtPath(root, parsed.value, path.slice(0, -1));
  const added = current !== undefined ? own(current['x-later-members'], name) : undefined;
  const note = `Not part of the ${root['x-model-version'] ?? 'specified'} model this workspace validates against: Amazon Connect added it ${added !== undefined ? whenAdded(added) : 'later'} (in the ${newerRoot['x-model-version'] ?? 'newer'} model).`;
  const documentation = memberDocumentation(newerRoot, owner, name, resolve(newerRoot, site, undefined));
  const [heading, ...rest] = documentation.split('\n\n');
  return markdown(range, [heading, note, ...rest].join('\n\n'));
}

/** A timestamp in every form a reader may want: UTC, ISO 8601, epoch seconds, local time. */
function timestampHover(memberName: string, instant: number): string {
  const date = new Date(instant);
  const local = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' }).format(date);
  const iso = date.toISOString().replace('.000Z', 'Z');
  return [
    `**${memberName}**: ${utcText(instant) ?? iso}`,
    [`- ISO 8601: \`${iso}\``, `- Epoch seconds: \`${instant / 1000}\``, `- Local time: ${local}`].join('\n'),
  ].join('\n\n');
}

function markdown(range: Range, value: string): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}
