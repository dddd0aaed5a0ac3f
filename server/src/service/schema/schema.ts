import type { JSONPath } from 'jsonc-parser';

/**
 * The subset of JSON Schema our schemas use, plus our annotation keywords. Completion,
 * hover and messages read the schema through this type; ajv validates with the full schema.
 */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  title?: string;
  description?: string;
  markdownDescription?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  maxProperties?: number;
  properties?: Record<string, JsonSchema>;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  required?: string[];
  not?: JsonSchema;
  if?: JsonSchema;
  then?: JsonSchema;
  else?: JsonSchema;
  anyOf?: JsonSchema[];
  const?: unknown;
  $comment?: string;
  /** Diagnostic code for errors raised by a keyword of this schema (default: see explain.ts). */
  'x-error-codes'?: Record<string, string>;
  /** Words for `pattern`, used in messages. */
  'x-pattern-description'?: string;
  /** Members Amazon Connect added after the specified version: name -> date added. */
  'x-later-members'?: Record<string, string>;
  /** Enum values Amazon Connect added after the specified version: value -> date added. */
  'x-later-values'?: Record<string, string>;
  /** Bounds Amazon Connect changed after the specified version: keyword -> new limit and date. */
  'x-later-limits'?: Record<string, { limit: number; since: string }>;
  /** On the root: the Amazon Connect model version the schema describes ("2024-09"). */
  'x-model-version'?: string;
  /**
   * A format our validators check with their own reader instead of the `pattern` beside it
   * (`date-time`: dateTime.ts). See `withOwnFormats` (validator.ts).
   */
  'x-format'?: string;
  /** Members Amazon Connect always sends in this shape, which a partial fixture may still leave out. */
  'x-always-sent'?: string[];
  /** On a format's root: its name for people ("contact record (CTR)"). */
  'x-format-name'?: string;
  /** On a format's root: the AWS page that documents it (hover links). */
  'x-docs'?: string;
  /** On a format's root: the condition, on a document's top-level members, that tells this format. */
  'x-detect'?: JsonSchema;
  /** Where the bundle dispatches to a format: that format's id (see formats/bundle.ts). */
  'x-document-format'?: string;
  /** A root that reads every document as this format, whatever its markers (formats/bundle.ts). */
  'x-read-as'?: string;
  /** A timestamp written as a string of epoch digits (the Lambda event's `"1716998400123"`): their unit. */
  'x-epoch'?: 'milliseconds';
}

/** Annotation keywords that ajv must accept in strict mode. */
export const annotationKeywords = [
  'markdownDescription',
  'x-always-sent',
  'x-error-codes',
  'x-pattern-description',
  'x-later-members',
  'x-later-values',
  'x-later-limits',
  'x-model-version',
  'x-format',
  'x-format-name',
  'x-docs',
  'x-detect',
  'x-document-format',
  'x-read-as',
  'x-epoch',
];

/**
 * A timestamp: epoch seconds or a date-time string. The schema states the string's syntax as a
 * `pattern` (what any validator applies), marked `x-format: date-time` for our reader.
 */
export function isTimestamp(schema: JsonSchema): boolean {
  return schema['x-format'] === 'date-time';
}

/**
 * Follows `$ref` (local `#/$defs/...` only) and `if`/`then`/`else` for the given value, and
 * returns one schema that keeps what the referring site says (its description wins over
 * the definition's). Our schemas use `if` only to dispatch by shape and format (see
 * `matchesShape`).
 */
export function resolve(root: JsonSchema, schema: JsonSchema, value: unknown): JsonSchema {
  let current = schema;
  for (let hops = 0; hops < 32; hops++) {
    if (current.$ref !== undefined) {
      current = followRef(root, current);
    } else if (current.if !== undefined) {
      const branch = matchesShape(current.if, value) ? current.then : current.else;
      if (branch === undefined) return current;
      current = branch;
    } else {
      return current;
    }
  }
  return current;
}

// Merged views of `$ref` sites, made once: walks over large documents resolve the same sites
// thousands of times. Keyed by the site object, which lives as long as its schema.
const refViews = new WeakMap<JsonSchema, JsonSchema>();

function followRef(root: JsonSchema, site: JsonSchema): JsonSchema {
  let view = refViews.get(site);
  if (view === undefined) {
    const { $ref, ...rest } = site;
    const target = lookupRef(root, $ref as string);
    view = { ...target, ...rest, title: target.title ?? rest.title };
    refViews.set(site, view);
  }
  return view;
}

/** The schema that applies at `path` inside `rootValue`, or undefined where none does. */
export function schemaAtPath(root: JsonSchema, rootValue: unknown, path: JSONPath): JsonSchema | undefined {
  let schema = resolve(root, root, rootValue);
  let value = rootValue;
  for (const segment of path) {
    const child = childSchema(schema, segment);
    if (child === undefined) return undefined;
    value = isObjectLike(value) ? (value as Record<string, unknown>)[segment as string] : undefined;
    schema = resolve(root, child, value);
  }
  return schema;
}

/** The schema for one member or item of a resolved object or array schema. */
export function childSchema(schema: JsonSchema, segment: string | number): JsonSchema | undefined {
  if (typeof segment === 'number') return schema.items;
  const member = own(schema.properties, segment);
  if (member !== undefined) return member;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/** Pairs of members that must not appear together, from `not: {required: [a, b]}`. */
export function exclusiveMembers(schema: JsonSchema): string[][] {
  const required = schema.not?.required;
  return required !== undefined && required.length > 1 ? [required] : [];
}

/**
 * `record[key]` for keys that come from the document: only own entries, so that a key such
 * as "constructor" or "__proto__" finds nothing rather than Object.prototype's members.
 */
export function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function lookupRef(root: JsonSchema, ref: string): JsonSchema {
  const prefix = '#/$defs/';
  const target = ref.startsWith(prefix) ? own(root.$defs, ref.slice(prefix.length)) : undefined;
  if (target === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  return target;
}

/**
 * Whether `value` meets an `if` condition. Our conditions dispatch by shape and by a few
 * top-level members (array or not; a DescribeContact response; which format a document is),
 * so only `type`, `required`, `properties`, `anyOf`, `not`, `const` and `enum` are evaluated; ajv
 * evaluates the same conditions the same way when it validates.
 */
export function matchesShape(condition: JsonSchema, value: unknown): boolean {
  if (condition.type !== undefined && !typeMatches(condition.type, value)) return false;
  if (condition.const !== undefined && value !== condition.const) return false;
  if (condition.enum !== undefined && !condition.enum.includes(value)) return false;
  const isObject = isObjectLike(value) && !Array.isArray(value);
  if (condition.required !== undefined && !(isObject && condition.required.every((key) => Object.hasOwn(value, key)))) return false;
  if (condition.properties !== undefined && isObject) {
    for (const [key, member] of Object.entries(condition.properties)) {
      if (Object.hasOwn(value, key) && !matchesShape(member, (value as Record<string, unknown>)[key])) return false;
    }
  }
  if (condition.anyOf !== undefined && !condition.anyOf.some((branch) => matchesShape(branch, value))) return false;
  if (condition.not !== undefined && matchesShape(condition.not, value)) return false;
  return true;
}

function typeMatches(type: string | string[], value: unknown): boolean {
  const actual = jsonType(value);
  const matches = (name: string) => name === actual || (name === 'integer' && Number.isInteger(value));
  return Array.isArray(type) ? type.some(matches) : matches(type);
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'number' ? 'number' : typeof value;
}

function isObjectLike(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
