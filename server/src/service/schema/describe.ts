import { exclusiveMembers, isTimestamp, own, resolve, type JsonSchema } from './schema';

/** What hovers and completion items say about a member: its type and rules in words. */

const API_REFERENCE = 'https://docs.aws.amazon.com/connect/latest/APIReference';

/** The AWS name of a type, as the reference pages write it ("String", "Long", "AgentInfo object"). */
export function typeLabel(root: JsonSchema, schema: JsonSchema): string {
  if (isTimestamp(schema)) return 'Timestamp';
  if (isMap(schema)) {
    const values = typeof schema.additionalProperties === 'object' ? typeLabel(root, resolve(root, schema.additionalProperties, undefined)) : 'any';
    return `String to ${values === 'String' ? 'string' : values} map`;
  }
  switch (Array.isArray(schema.type) ? schema.type.join('|') : schema.type) {
    case 'object':
      return schema.title !== undefined ? `${schema.title} object` : 'Object';
    case 'array':
      return schema.items !== undefined ? `Array of ${typeLabel(root, resolve(root, schema.items, undefined))}` : 'Array';
    case 'string':
      return 'String';
    case 'integer':
      return schema.format === 'int64' ? 'Long' : 'Integer';
    case 'number':
      return 'Float';
    case 'boolean':
      return 'Boolean';
    default:
      return 'Any';
  }
}

/** A map is an object whose keys are data (Tags), not members (AgentInfo). */
export function isMap(schema: JsonSchema): boolean {
  return schema.propertyNames !== undefined || (schema.properties === undefined && typeof schema.additionalProperties === 'object');
}

/** The rules of a member in short sentences, for hovers and completion documentation. */
export function constraintLines(root: JsonSchema, schema: JsonSchema, siblings?: JsonSchema, name?: string): string[] {
  const lines: string[] = [];
  if (schema.enum !== undefined) lines.push(`Valid values: ${schema.enum.map((value) => `\`${String(value)}\``).join(' | ')}`);
  const length = lengthWords(schema.minLength, schema.maxLength, 'character');
  if (length !== undefined) lines.push(`Length: ${length}`);
  // A timestamp's pattern is said in the Format line below.
  if (schema.pattern !== undefined && !isTimestamp(schema)) lines.push(`Pattern: ${schema['x-pattern-description'] ?? `\`${schema.pattern}\``}`);
  const range = rangeWords(schema);
  if (range !== undefined) lines.push(`Range: ${range}`);
  if (isTimestamp(schema)) {
    lines.push('Format: an ISO 8601 date-time string with a time zone (`"2024-05-29T16:00:00Z"`) or epoch seconds (`1716998400`)');
  }
  if (schema.maxItems !== undefined || (schema.minItems ?? 0) > 0) lines.push(`Items: ${lengthWords(schema.minItems, schema.maxItems, 'item')}`);
  if (isMap(schema)) {
    if (schema.maxProperties !== undefined) lines.push(`Entries: at most ${schema.maxProperties}`);
    const keys = schema.propertyNames;
    if (keys !== undefined) {
      const words = [lengthWords(keys.minLength, keys.maxLength, 'character'), keys['x-pattern-description'] ?? keys.pattern].filter(Boolean);
      lines.push(`Keys: ${words.join('; ')}`);
    }
    if (typeof schema.additionalProperties === 'object') {
      const values = resolve(root, schema.additionalProperties, undefined);
      const words = [typeLabel(root, values), lengthWords(values.minLength, values.maxLength, 'character')].filter(Boolean);
      lines.push(`Values: ${words.join(', ')}`);
    }
  }
  if (siblings !== undefined && name !== undefined) {
    for (const group of exclusiveMembers(siblings)) {
      if (group.includes(name)) {
        const others = group.filter((member) => member !== name);
        lines.push(`Cannot be set together with ${others.map((member) => `\`${member}\``).join(', ')}`);
      }
    }
  }
  return lines;
}

/** Markdown documentation of one member of `owner`. */
export function memberDocumentation(root: JsonSchema, owner: JsonSchema, name: string, member: JsonSchema): string {
  const parts = [`**${name}**: ${typeLabel(root, member)}`];
  const text = member.markdownDescription ?? member.description;
  if (text !== undefined) parts.push(text);
  const added = own(owner['x-later-members'], name);
  if (added !== undefined) parts.push(`Not part of the specified API version: Amazon Connect added it ${whenAdded(added)}.`);
  const rules = constraintLines(root, member, owner, name);
  if (rules.length > 0) parts.push(rules.map((line) => `- ${line}`).join('\n'));
  // A shape of another format links to its format's page; a Contact shape to its API type.
  const docs = owner['x-docs'];
  if (docs !== undefined) parts.push(`[The ${owner['x-format-name'] ?? 'format'} in the Amazon Connect Administrator Guide](${docs})`);
  else if (owner.title !== undefined) parts.push(`[${owner.title} in the Amazon Connect API Reference](${referenceUrl(owner.title)})`);
  return parts.join('\n\n');
}

/** "on 2024-11-22", "in 2025–2026", "after 2024-09": when Amazon Connect made a change. */
export function whenAdded(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `on ${date}`;
  return date.startsWith('after ') ? date : `in ${date}`;
}

export function referenceUrl(title: string): string {
  return `${API_REFERENCE}/API_${title}.html`;
}

function lengthWords(min: number | undefined, max: number | undefined, unit: string): string | undefined {
  const plural = (n: number) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (max !== undefined && (min ?? 0) > 0) return `${min} to ${plural(max)}`;
  if (max !== undefined) return `at most ${plural(max)}`;
  if (min !== undefined && min > 0) return `at least ${plural(min)}`;
  return undefined;
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function rangeWords(schema: JsonSchema): string | undefined {
  if (schema.minimum === undefined && schema.maximum === undefined) return undefined;
  const int64 = schema.format === 'int64';
  const min = schema.minimum;
  // The schema's int64 maximum is 2^63 - 1, which a JavaScript number cannot hold.
  const max = int64 && schema.maximum !== undefined && schema.maximum >= 2 ** 63 ? '9223372036854775807' : schema.maximum;
  const defaultMin = schema.format === 'int32' ? INT32_MIN : undefined;
  const defaultMax = schema.format === 'int32' ? INT32_MAX : undefined;
  const ownMin = min !== undefined && min !== defaultMin;
  const ownMax = max !== undefined && max !== defaultMax;
  if (ownMin && max !== undefined) return `${min} to ${max}`;
  if (ownMin) return `at least ${min}`;
  if (ownMax) return min !== undefined ? `${min} to ${max}` : `at most ${max}`;
  // Only the integer width itself: still worth saying for a member with no other rule.
  return min !== undefined && max !== undefined ? `${min} to ${max}` : undefined;
}
