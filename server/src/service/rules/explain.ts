import type { ErrorObject } from 'ajv';
import { whenAdded } from '../schema/describe';
import type { NumberLiteral, ParsedDocument } from '../reading/parse';
import { fromPointer, toPointer } from '../reading/positions';
import { displayName, isObject, quote, type Fix, type Problem } from './problem';
import { isTimestamp, jsonType, own, schemaAtPath, type JsonSchema } from '../schema/schema';
import { closestMatch, editDistance } from './similar';
import type { CompiledSchema } from '../schema/compiled';

/** Codes for ajv keywords, unless the schema names another with `x-error-codes`. */
const defaultCodes: Record<string, string> = {
  additionalProperties: 'unknown-property',
  type: 'type',
  enum: 'enum',
  const: 'enum',
  minLength: 'length',
  maxLength: 'length',
  minimum: 'range',
  maximum: 'range',
  exclusiveMinimum: 'range',
  exclusiveMaximum: 'range',
  format: 'format',
  pattern: 'pattern',
  minItems: 'length',
  maxItems: 'length',
  maxProperties: 'length',
  required: 'required',
};

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Schema problems of the parsed value, in document order of discovery. */
export function schemaProblems(parsed: ParsedDocument, schema: CompiledSchema): Problem[] {
  const root = parsed.value;
  const problems: Problem[] = [];
  const bigNumberPointers = new Set(parsed.bigNumbers.map((literal) => toPointer(literal.path)));
  const errors = schema.validate(root);
  // A value of the wrong type gets one diagnostic, not also "not a valid value" for the same token.
  const wrongType = new Set(errors.filter((error) => error.keyword === 'type').map((error) => error.instancePath));
  const badKeys = new Set<string>(); // a key breaking several rules ("" is too short and off-pattern) is told once
  for (const error of errors) {
    if (wrongType.has(error.instancePath) && error.keyword !== 'type' && error.propertyName === undefined) continue;
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') {
      const id = `${error.instancePath}/${error.propertyName}`;
      if (badKeys.has(id)) continue;
      badKeys.add(id);
    }
    // Values too large for a JavaScript number are judged from their text below.
    if (bigNumberPointers.has(error.instancePath) && ['type', 'minimum', 'maximum'].includes(error.keyword)) continue;
    problems.push(...explain(error, root, schema.root));
  }
  for (const literal of parsed.bigNumbers) {
    const problem = checkBigNumber(literal, schema, root);
    if (problem !== undefined) problems.push(problem);
  }
  return problems;
}

/** Turns one ajv error into the problems a person should see (none for wrapper errors). */
function explain(error: ErrorObject, root: unknown, schemaRoot: JsonSchema): Problem[] {
  const { keyword, params } = error;
  // `if` and `propertyNames` only repeat the errors of their subschemas, which come too.
  if (keyword === 'if' || keyword === 'propertyNames') return [];
  const schema = (error.parentSchema ?? {}) as JsonSchema;
  const code = own(schema['x-error-codes'], keyword) ?? own(defaultCodes, keyword) ?? keyword;
  const path = fromPointer(error.instancePath);
  const name = displayName(root, path);
  const data: unknown = error.data;
  const problem = (message: string, pointer = error.instancePath, onKey = false, fixes?: Fix[], later?: string): Problem[] => [
    { pointer, onKey, code, message, ...(fixes !== undefined && fixes.length > 0 ? { fixes } : {}), ...(later !== undefined ? { later } : {}) },
  ];

  if (error.propertyName !== undefined) {
    const key = error.propertyName;
    const fixes: Fix[] = reservedPrefix(schema, key) !== undefined ? [{ title: `Remove the entry "${key}"`, certain: false, kind: 'remove-member' }] : [];
    return problem(keyMessage(name, key, keyword, schema), childPointer(error.instancePath, key), true, fixes);
  }
  switch (keyword) {
    case 'additionalProperties': {
      const key = params.additionalProperty as string;
      const added = own(schema['x-later-members'], key);
      const later = added !== undefined ? laterMessage(`"${key}" was added to Amazon Connect ${whenAdded(added)}`) : undefined;
      return problem(unknownMemberMessage(key, schema), childPointer(error.instancePath, key), true, renameFixes(key, schema, data, error.instancePath), later);
    }
    case 'not': {
      // not: {required: [a, b]}: the members exclude each other; mark each of them.
      const members = schema.not?.required ?? [];
      const message = `${members.join(' and ')} cannot both be set: remove one of them.`;
      const fixes: Fix[] = members.map((member) => ({
        title: `Remove ${member}`,
        certain: false,
        kind: 'remove-member',
        pointer: childPointer(error.instancePath, member),
      }));
      return members.map((member) => ({ pointer: childPointer(error.instancePath, member), onKey: true, code, message, fixes }));
    }
    case 'type':
      if (data === null && isMember(root, path)) {
        // Hand-written fixtures say "absent" with null; the API leaves the member out.
        const member = path[path.length - 1];
        return problem(
          `${name} is null, but the API leaves absent members out: remove "${member}" or give it ${expectedType(schema)}.`,
          error.instancePath,
          false,
          [{ title: `Remove "${member}"`, certain: true, kind: 'remove-member' }],
        );
      }
      if ((typeof data === 'number' || typeof data === 'boolean') && schema.type === 'string' && isMapValue(schemaRoot, root, path)) {
        // A map of strings (Lambda Attributes, tags): the number was meant as its text.
        return problem(`${name} must be ${expectedType(schema)}, but it is ${actualType(data)}.`, error.instancePath, false, [
          { title: `Quote it: "${String(data)}"`, certain: true, kind: 'replace-value', newText: JSON.stringify(String(data)) },
        ]);
      }
      return problem(`${name} must be ${expectedType(schema)}, but it is ${actualType(data)}.`);
    case 'enum': {
      const listed = placeholderValues(data, schema);
      if (listed !== undefined) {
        // A list of values copied from the documentation, as if it were one of them.
        const fixes: Fix[] = listed.map((value) => ({ title: `Change to "${value}"`, certain: false, kind: 'replace-value', newText: JSON.stringify(value) }));
        return [{ pointer: error.instancePath, onKey: false, code: 'placeholder', message: `${quote(data)} is the documentation's list of values, not a value: ${name} takes one of them (${listed.join(', ')}).`, fixes }];
      }
      const added = typeof data === 'string' ? own(schema['x-later-values'], data) : undefined;
      const later = added !== undefined ? laterMessage(`${quote(data)}, a value of ${name}, was added to Amazon Connect ${whenAdded(added)}`) : undefined;
      return problem(enumMessage(name, data, schema), error.instancePath, false, enumFixes(data, schema), later);
    }
    case 'minLength':
      return problem(
        (String(data) === ''
          ? `${name} must not be empty (at least ${params.limit} character${params.limit === 1 ? '' : 's'}).`
          : `${name} must be at least ${params.limit} characters long; it has ${characterCount(data)}.`) + laterLimit(schema, keyword, data),
        error.instancePath,
        false,
        undefined,
        laterLimitMessage(name, schema, keyword, data, params.limit as number),
      );
    case 'maxLength':
      return problem(
        `${name} must be at most ${params.limit} characters long; it has ${characterCount(data)}.${laterLimit(schema, keyword, data)}`,
        error.instancePath,
        false,
        undefined,
        laterLimitMessage(name, schema, keyword, data, params.limit as number),
      );
    case 'minimum':
    case 'exclusiveMinimum':
      return problem(`${name} must be ${keyword === 'minimum' ? 'at least' : 'greater than'} ${params.limit}; it is ${String(data)}.`);
    case 'maximum':
    case 'exclusiveMaximum':
      return problem(`${name} must be ${keyword === 'maximum' ? 'at most' : 'less than'} ${params.limit}; it is ${String(data)}.`);
    case 'format':
      return problem(
        isTimestamp(schema)
          ? `${quote(data)} is not a valid timestamp for ${name}: use an ISO 8601 date-time with a time zone, such as "2024-05-29T16:00:00Z", or epoch seconds, such as 1716998400.`
          : `${quote(data)} is not a valid ${String(params.format)} for ${name}.`,
      );
    case 'maxProperties':
      return problem(
        `${name} has ${Object.keys(data as object).length} entries; at most ${params.limit} are allowed.`,
        error.instancePath,
        true,
      );
    case 'minItems':
    case 'maxItems':
      return problem(
        `${name} has ${(data as unknown[]).length} items; ${keyword === 'minItems' ? 'at least' : 'at most'} ${params.limit} ${params.limit === 1 ? 'is' : 'are'} required.`,
      );
    case 'pattern':
      return problem(`${quote(data)} is not a valid ${name}: ${schema['x-pattern-description'] ?? `it must match ${schema.pattern}`}.`);
    case 'required':
      return problem(`${name} is missing its required member "${String(params.missingProperty)}".`);
    default:
      return problem(`${name} does not satisfy the schema rule "${keyword}".`);
  }
}

function keyMessage(mapName: string, key: string, keyword: string, schema: JsonSchema): string {
  const subject = `${mapName} key ${quote(key)}`;
  switch (keyword) {
    case 'minLength':
      return `${mapName} keys must not be empty.`;
    case 'maxLength':
      return `${subject} is ${characterCount(key)} characters long; at most ${String(schema.maxLength)} are allowed.`;
    case 'pattern': {
      // A pattern of the form ^(?!prefix)...: say plainly when the prefix is the problem.
      const reserved = reservedPrefix(schema, key);
      if (reserved !== undefined) {
        return `${subject} must not start with "${reserved}": that prefix is reserved for AWS.`;
      }
      return `${subject} is not allowed: use only ${schema['x-pattern-description'] ?? `keys matching ${schema.pattern}`}.`;
    }
    default:
      return `${subject} is not allowed (${keyword}).`;
  }
}

/** The prefix a key breaks when the pattern reads `^(?!prefix)...` and the key starts with it. */
function reservedPrefix(schema: JsonSchema, key: string): string | undefined {
  const reserved = /^\^\(\?!([^)]*)\)/.exec(schema.pattern ?? '')?.[1];
  return reserved !== undefined && key.startsWith(reserved) ? reserved : undefined;
}

function unknownMemberMessage(key: string, schema: JsonSchema): string {
  const owner = schema.title ?? 'this object';
  const added = own(schema['x-later-members'], key);
  if (added !== undefined) {
    return `"${key}" is not a member of ${owner} in the specified API version (Amazon Connect added it ${whenAdded(added)}).`;
  }
  const suggestion = closestMatch(key, memberNames(schema));
  return `"${key}" is not a member of ${owner}.${suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ''}`;
}

/** Says so when the value fits a limit that Amazon Connect changed after the specified version. */
function laterLimit(schema: JsonSchema, keyword: string, data: unknown): string {
  const later = own(schema['x-later-limits'], keyword);
  if (later === undefined) return '';
  const length = characterCount(data);
  const fits = keyword === 'maxLength' ? length <= later.limit : length >= later.limit;
  return fits ? ` Amazon Connect changed this limit to ${later.limit} ${whenAdded(later.since)}, after the specified API version.` : '';
}

/**
 * Replacements for an invalid enum value: the one it must have meant when only case or
 * spacing differ (certain), else up to three near ones.
 */
/**
 * The valid values a docs placeholder lists ("INBOUND | OUTBOUND | TRANSFER | CALLBACK",
 * "VOICE/CHAT"): two or more values of the enum, apart from the separators. Undefined for
 * anything else.
 */
function placeholderValues(data: unknown, schema: JsonSchema): string[] | undefined {
  if (typeof data !== 'string' || !/[|/]/.test(data)) return undefined;
  const values = (schema.enum ?? []).filter((value): value is string => typeof value === 'string');
  const parts = data.split(/[|/]/).map((part) => part.trim());
  if (parts.length < 2 || !parts.every((part) => values.includes(part))) return undefined;
  return parts;
}

function enumFixes(data: unknown, schema: JsonSchema): Fix[] {
  if (typeof data !== 'string') return [];
  const values = (schema.enum ?? []).filter((value): value is string => typeof value === 'string');
  const normalized = data.trim().toUpperCase();
  const exact = values.filter((value) => value.toUpperCase() === normalized);
  if (exact.length === 1) return [{ title: `Change to "${exact[0]}"`, certain: true, kind: 'replace-value', newText: JSON.stringify(exact[0]) }];
  return nearest(data, values, 3).map((value) => ({ title: `Change to "${value}"`, certain: false, kind: 'replace-value', newText: JSON.stringify(value) }));
}

/**
 * A rename to the member the key most likely meant, when one is clearly closest. When that
 * member is already there, a rename would make a duplicate key: the misspelled one goes
 * instead, certainly when both say the same, else by choice (drop it, or let its value win).
 */
function renameFixes(key: string, schema: JsonSchema, object: unknown, objectPointer: string): Fix[] {
  if (own(schema['x-later-members'], key) !== undefined) return [];
  const suggestion = closestMatch(key, memberNames(schema));
  if (suggestion === undefined) return [];
  if (isObject(object) && Object.hasOwn(object, suggestion)) {
    if (sameJsonValue(object[key], object[suggestion])) return [{ title: `Remove "${key}": "${suggestion}" has the same value`, certain: true, kind: 'remove-member' }];
    return [
      { title: `Remove "${key}", keeping the value of "${suggestion}"`, certain: false, kind: 'remove-member' },
      { title: `Replace the value of "${suggestion}" with that of "${key}", removing "${key}"`, certain: false, kind: 'take-value', pointer: childPointer(objectPointer, suggestion) },
    ];
  }
  // Only case differs ("channel"): nothing else can have been meant.
  const certain = suggestion.toLowerCase() === key.trim().toLowerCase();
  return [{ title: `Rename to "${suggestion}"`, certain, kind: 'rename-key', newText: JSON.stringify(suggestion) }];
}

/**
 * Equal as JSON values: the same type, numbers and strings equal, objects with the same
 * members (in any order), arrays item by item. Integers beyond 2^53 and numbers beyond a
 * double (1e400) are never equal: different literals may be read as the same double (Long
 * members are exact in the text).
 */
function sameJsonValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b && Number.isFinite(a) && !(Number.isInteger(a) && !Number.isSafeInteger(a));
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, index) => sameJsonValue(item, b[index]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((name) => Object.hasOwn(b, name) && sameJsonValue(a[name], b[name]));
  }
  return a === b;
}

/** The members a key may have meant: the object's own, and those Amazon Connect added later. */
function memberNames(schema: JsonSchema): string[] {
  return [...Object.keys(schema.properties ?? {}), ...Object.keys(schema['x-later-members'] ?? {})];
}

/** The `count` candidates nearest to `word`, among those within about half its length. */
function nearest(word: string, candidates: string[], count: number): string[] {
  const limit = Math.max(2, Math.ceil(word.length / 2));
  return candidates
    .map((candidate) => ({ candidate, distance: editDistance(word, candidate) }))
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, count)
    .map(({ candidate }) => candidate);
}

/**
 * The message for something a later model allows, with {current} and {newer} for the
 * model versions, {checker} and {useNewer} for the surface's words (filled in by newer.ts,
 * which knows them).
 */
function laterMessage(start: string): string {
  return `${start}; it is not part of the {current} Contact model {checker} validates against. {useNewer} to validate it.`;
}

/** For a length that a later limit allows: what the model validated against says, and what changed. */
function laterLimitMessage(name: string, schema: JsonSchema, keyword: string, data: unknown, limit: number): string | undefined {
  const later = own(schema['x-later-limits'], keyword);
  if (later === undefined || laterLimit(schema, keyword, data) === '') return undefined;
  const count = characterCount(data);
  const subject = count === 0 ? `${name} is empty` : `${name} has ${count} characters`;
  const rule = keyword === 'maxLength' ? `allows at most ${limit}; Amazon Connect raised the limit to ${later.limit}` : `requires at least ${limit}; Amazon Connect lowered the limit to ${later.limit}`;
  return `${subject}: the {current} Contact model {checker} validates against ${rule} ${whenAdded(later.since)}. {useNewer} to validate it.`;
}

/** True when `path` names a member of an object (not an array item or the document). */
/** Whether `path` is an entry of a map (an object schema whose members are free: `additionalProperties`). */
function isMapValue(schemaRoot: JsonSchema, root: unknown, path: string[]): boolean {
  if (!isMember(root, path)) return false;
  // Pointer segments are strings; array indices must be numbers for the schema walk.
  const parentPath: (string | number)[] = [];
  let value = root;
  for (const segment of path.slice(0, -1)) {
    parentPath.push(Array.isArray(value) ? Number(segment) : segment);
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[segment] : undefined;
  }
  const parent = schemaAtPath(schemaRoot, root, parentPath);
  return parent !== undefined && typeof parent.additionalProperties === 'object' && own(parent.properties, path[path.length - 1]) === undefined;
}

function isMember(root: unknown, path: string[]): boolean {
  if (path.length === 0) return false;
  let parent = root;
  for (const segment of path.slice(0, -1)) parent = typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[segment] : undefined;
  return typeof parent === 'object' && parent !== null && !Array.isArray(parent);
}

function enumMessage(name: string, data: unknown, schema: JsonSchema): string {
  const values = (schema.enum ?? []).map(String);
  const valid = `Valid values: ${values.join(', ')}.`;
  const added = typeof data === 'string' ? own(schema['x-later-values'], data) : undefined;
  if (added !== undefined) {
    return `${quote(data)} is not a valid ${name} in the specified API version (Amazon Connect added it ${whenAdded(added)}). ${valid}`;
  }
  const suggestion = typeof data === 'string' ? closestMatch(data, values) : undefined;
  return `${quote(data)} is not a valid ${name}. ${valid}${suggestion !== undefined ? ` Did you mean "${suggestion}"?` : ''}`;
}

/**
 * Long members hold 64-bit integers, which JavaScript numbers round beyond 2^53: judge
 * them on their literal text. Also reports numbers too large to be numbers at all (1e400).
 */
function checkBigNumber(literal: NumberLiteral, schema: CompiledSchema, root: unknown): Problem | undefined {
  const target = schemaAtPath(schema.root, root, literal.path);
  const name = displayName(root, literal.path.map(String));
  const pointer = toPointer(literal.path);
  if (!Number.isFinite(Number(literal.text))) {
    return { pointer, onKey: false, code: 'range', message: `${literal.text} is too large to be a number.` };
  }
  if (target === undefined || target.format !== 'int64') return undefined;
  const exact = exactInteger(literal.text);
  if (exact === undefined) {
    return { pointer, onKey: false, code: 'type', message: `${name} must be an integer, but ${literal.text} has a fraction.` };
  }
  // The schema's bounds went through JSON.parse too: clamp them to the true int64 range.
  const min = target.minimum !== undefined && BigInt(target.minimum) > INT64_MIN ? BigInt(target.minimum) : INT64_MIN;
  const max = target.maximum !== undefined && BigInt(target.maximum) < INT64_MAX ? BigInt(target.maximum) : INT64_MAX;
  if (exact < min) return { pointer, onKey: false, code: 'range', message: `${name} must be at least ${min}; it is ${literal.text}.` };
  if (exact > max) return { pointer, onKey: false, code: 'range', message: `${name} must be at most ${max}; it is ${literal.text}.` };
  return undefined;
}

/** The exact value of an integer literal (`12`, `1.2e3`), or undefined if it has a fraction. */
function exactInteger(text: string): bigint | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (match === null) return undefined;
  const [, sign, whole, fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  let digits = whole + fraction;
  if (exponent < 0) {
    const dropped = digits.slice(exponent);
    if (/[^0]/.test(dropped)) return undefined;
    digits = digits.slice(0, exponent) || '0';
  } else digits += '0'.repeat(Math.min(exponent, 400)); // beyond that the literal was not finite
  return BigInt(sign + digits);
}

function childPointer(pointer: string, key: string): string {
  return toPointer([...fromPointer(pointer), key]);
}

function expectedType(schema: JsonSchema): string {
  if (isTimestamp(schema)) return 'a timestamp (an ISO 8601 date-time string or epoch seconds)';
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'any'];
  return types.map((type) => (type === 'object' && schema.title !== undefined && schema.propertyNames === undefined ? `an object (${schema.title})` : article(type))).join(' or ');
}

function actualType(value: unknown): string {
  if (typeof value === 'number' && !Number.isInteger(value)) return `a number with a fraction (${value})`;
  if (typeof value === 'string') return `a string (${quote(value)})`;
  if (typeof value === 'boolean') return String(value);
  return article(jsonType(value));
}

function article(type: string): string {
  if (type === 'null') return 'null';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function characterCount(value: unknown): number {
  // ajv counts code points, not UTF-16 units; say the same number it judged.
  return [...String(value)].length;
}
