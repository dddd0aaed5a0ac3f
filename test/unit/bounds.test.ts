// Both sides of every bound in the schemas, generated from the schemas themselves: a new
// `maxLength` (or `minimum`, `maxItems`, ...) in either model is tested the day it is added,
// without writing a test. For each bound: a minimal valid contact that reaches the member and
// holds a value exactly at the bound (no diagnostic at all), then the same one step past it
// (exactly one diagnostic, with its code, range and message).
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import schema2024 from '../../schemas/contact.schema.json';
import schema2026 from '../../schemas/contact-2026-08.schema.json';
import { whenAdded } from '../../server/src/service/schema/describe';
import type { JsonSchema } from '../../server/src/service/schema/schema';
import { documentOf, service, service2026 } from './helpers';

const BOUND_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;
type BoundKeyword = (typeof BOUND_KEYWORDS)[number];

/** The codes explain.ts gives a bound's keyword unless the schema names another (`x-error-codes`). */
const DEFAULT_CODES: Record<BoundKeyword, string> = {
  minimum: 'range',
  maximum: 'range',
  exclusiveMinimum: 'range',
  exclusiveMaximum: 'range',
  minLength: 'length',
  maxLength: 'length',
  minItems: 'length',
  maxItems: 'length',
  minProperties: 'length',
  maxProperties: 'length',
};

/** Values that match the schemas' patterns, for members a minimal document must hold. */
const PATTERN_SAMPLES: Record<string, string> = {
  '^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$': '0a1b2c3d-0000-4000-8000-00000000000a',
};

/** How the document reaches a subschema from the contact: a member, an array's first item, a map's entry, or a map's key. */
type Step = { member: string } | { item: true } | { entry: true } | { key: true };

interface Node {
  pointer: string;
  schema: JsonSchema;
  route: Step[];
}

/** Every place in a schema that holds a bound, by JSON pointer (annotations left out). */
function boundPointers(node: unknown, pointer = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const found = BOUND_KEYWORDS.some((keyword) => keyword in node) ? [pointer] : [];
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('x-') || key === 'enum' || key === 'required') continue;
    found.push(...boundPointers(child, `${pointer}/${key}`));
  }
  return found;
}

/** The schema at a `#/$defs/...` reference or a pointer. */
function at(root: JsonSchema, pointer: string): JsonSchema {
  return pointer.split('/').slice(1).reduce((node: any, part) => node[part], root) as JsonSchema;
}

/** Breadth first from the Contact, through members, items, map values and map keys: the shortest route to every subschema. */
function reachable(root: JsonSchema): Map<string, Node> {
  const nodes = new Map<string, Node>();
  const queue: Node[] = [{ pointer: '/$defs/Contact', schema: at(root, '/$defs/Contact'), route: [] }];
  while (queue.length > 0) {
    const node = queue.shift() as Node;
    if (nodes.has(node.pointer)) continue;
    nodes.set(node.pointer, node);
    const next = (pointer: string, step: Step | undefined) => {
      const schema = at(root, pointer);
      const route = step === undefined ? node.route : [...node.route, step];
      queue.push({ pointer, schema, route });
      // A member that is a $ref: the definition is reached by the same route.
      if (schema.$ref !== undefined) queue.push({ pointer: schema.$ref.slice(1), schema: at(root, schema.$ref.slice(1)), route });
    };
    const { schema, pointer } = node;
    for (const name of Object.keys(schema.properties ?? {})) next(`${pointer}/properties/${name}`, { member: name });
    if (schema.items !== undefined) next(`${pointer}/items`, { item: true });
    if (typeof schema.additionalProperties === 'object') next(`${pointer}/additionalProperties`, { entry: true });
    if (schema.propertyNames !== undefined) next(`${pointer}/propertyNames`, { key: true });
  }
  return nodes;
}

/** The schema itself, or the definition it refers to, with the referring site's own keywords kept. */
function resolve(root: JsonSchema, schema: JsonSchema): JsonSchema {
  return schema.$ref === undefined ? schema : { ...at(root, schema.$ref.slice(1)), ...schema, $ref: undefined };
}

/** The smallest valid value of a schema: its required members only, the first valid value, the shortest string. */
function minimal(root: JsonSchema, given: JsonSchema): unknown {
  const schema = resolve(root, given);
  if (schema.enum !== undefined) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries((schema.required ?? []).map((name) => [name, minimal(root, schema.properties?.[name] ?? {})]));
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => minimal(root, schema.items ?? {}));
    case 'string': {
      if (schema.format === 'date-time') return '2024-05-01T10:00:00Z';
      if (schema.pattern !== undefined) {
        const sample = PATTERN_SAMPLES[schema.pattern];
        assert.ok(sample !== undefined, `add a sample for the pattern ${schema.pattern} to PATTERN_SAMPLES`);
        return sample;
      }
      return 'a'.repeat(Math.max(schema.minLength ?? 1, 1));
    }
    case 'integer':
    case 'number':
      return Math.min(Math.max(1, schema.minimum ?? 1), schema.maximum ?? 1);
    case 'boolean':
      return true;
    default:
      assert.fail(`no minimal value for ${JSON.stringify(schema).slice(0, 80)}`);
  }
}

/** A number's literal text, exactly (int64 bounds are beyond a double). */
type Literal = { text: string };

interface Case {
  /** The bound's value at the edge (valid) and one step past it (invalid). */
  inside: unknown;
  outside: unknown;
  /** What the invalid value is, for the title. */
  describe: (value: unknown) => string;
}

const PLACEHOLDER = '@@bound@@';

/**
 * The document for one value at the end of a route: every object on the way holds its
 * required members (valid), maps and arrays one entry. Returns its text, the offset of the
 * value's (or the key's) token, and how messages name the member.
 */
function documentFor(root: JsonSchema, route: Step[], value: unknown, keyText?: string): { text: string; offset: number; length: number; name: string; mapKeyOffset?: number } {
  let name = '';
  // Build from the leaf outwards, with the schema of each container on the way.
  const containers: { schema: JsonSchema; step: Step }[] = [];
  let schema = at(root, '/$defs/Contact');
  for (const step of route) {
    schema = resolve(root, schema);
    containers.push({ schema, step });
    if ('member' in step) {
      schema = schema.properties?.[step.member] ?? {};
      name += name === '' ? step.member : `.${step.member}`;
    } else if ('item' in step) {
      schema = schema.items ?? {};
      name += '[0]';
    } else if ('entry' in step) {
      schema = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
      name += '.k';
    }
  }
  let current: unknown = PLACEHOLDER;
  for (let i = containers.length - 1; i >= 0; i--) {
    const { schema: container, step } = containers[i];
    if ('item' in step) {
      current = [current, ...(minimal(root, container) as unknown[]).slice(1)];
      continue;
    }
    const object = minimal(root, container) as Record<string, unknown>;
    if ('member' in step) current = { ...object, [step.member]: current };
    else if ('entry' in step) current = { ...object, k: current };
    else current = { ...object, [PLACEHOLDER]: minimal(root, typeof container.additionalProperties === 'object' ? container.additionalProperties : {}) };
  }
  const json = JSON.stringify(current);
  const isKey = route.length > 0 && 'key' in route[route.length - 1];
  const token = isKey ? (keyText as string) : literalText(value);
  const marker = `"${PLACEHOLDER}"`;
  const offset = json.indexOf(marker);
  const text = json.slice(0, offset) + token + json.slice(offset + marker.length);
  // For a bound on a whole map (maxProperties): the key that holds the map.
  const last = route[route.length - 1];
  const mapKeyOffset = last !== undefined && 'member' in last ? text.lastIndexOf(`"${last.member}":`, offset) : undefined;
  return { text, offset, length: token.length, name, mapKeyOffset };
}

function literalText(value: unknown): string {
  if (typeof value === 'object' && value !== null && 'text' in value) return (value as Literal).text;
  return JSON.stringify(value);
}

function count(value: unknown): number {
  if (typeof value === 'string') return [...value].length;
  if (Array.isArray(value)) return value.length;
  return Object.keys(value as object).length;
}

/** `limit` as explain.ts and ajv say it, and one step past it: ±1 for integers, ±0.001 otherwise. */
function numberCase(schema: JsonSchema, keyword: BoundKeyword, limit: number): Case {
  const integer = schema.type === 'integer';
  const literal = (offset: number): Literal => {
    const text = integer ? String((schema.format === 'int64' ? exactInt64(limit) : BigInt(limit)) + BigInt(offset)) : String(Math.round((limit + offset / 1000) * 1000) / 1000);
    return { text };
  };
  const below = keyword === 'minimum' || keyword === 'exclusiveMinimum' ? -1 : 1;
  const exclusive = keyword.startsWith('exclusive');
  return {
    inside: literal(exclusive ? -below : 0),
    outside: literal(exclusive ? 0 : below),
    describe: (value) => (value as Literal).text,
  };
}

/** Every bound of a model, with the documents of both its sides and the diagnostic expected of the outer one. */
function boundCases(root: JsonSchema, version: string) {
  const nodes = reachable(root);
  const cases: { title: string; run: () => void }[] = [];
  const serviceOf = version === '2024-09' ? service : service2026;
  const diagnose = (text: string) => {
    const document = documentOf(text);
    return serviceOf.doValidation(document, serviceOf.parse(document)).map((d) => ({ code: String(d.code), start: document.offsetAt(d.range.start), end: document.offsetAt(d.range.end), message: d.message }));
  };
  for (const { pointer, schema, route } of nodes.values()) {
    for (const keyword of BOUND_KEYWORDS) {
      const limit = schema[keyword as keyof JsonSchema] as number | undefined;
      if (limit === undefined) continue;
      const code = schema['x-error-codes']?.[keyword] ?? DEFAULT_CODES[keyword];
      const later = schema['x-later-limits']?.[keyword];
      const onKeys = route.length > 0 && 'key' in route[route.length - 1];
      const sized = (n: number): unknown => {
        if (keyword.endsWith('Length')) return 'a'.repeat(n);
        const itemSchema = schema.items ?? {};
        if (keyword.endsWith('Items')) return Array.from({ length: n }, () => minimal(root, itemSchema));
        const values = typeof schema.additionalProperties === 'object' ? schema.additionalProperties : {};
        return Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, minimal(root, values)]));
      };
      const isNumber = keyword.endsWith('imum');
      const step = keyword.startsWith('min') ? -1 : 1;
      const sides: Case = isNumber
        ? numberCase(schema, keyword, limit)
        : { inside: sized(limit), outside: limit + step >= 0 ? sized(limit + step) : undefined, describe: (value) => `${count(value)} ${keyword.endsWith('Length') ? 'character' : keyword.endsWith('Items') ? 'item' : 'entr'}${count(value) === 1 ? (keyword.endsWith('Properties') ? 'y' : '') : keyword.endsWith('Properties') ? 'ies' : 's'}` };

      const place = (value: unknown) => documentFor(root, route, value, onKeys ? JSON.stringify(value) : undefined);
      const title = `${version} ${pointer} ${keyword} ${isNumber ? limitText(schema, limit) : limit}`;
      cases.push({
        title: `${title}: ${sides.describe(sides.inside)} is valid`,
        run: () => {
          const { text } = place(sides.inside);
          assert.deepEqual(diagnose(text), [], text.slice(0, 300));
        },
      });
      if (sides.outside === undefined) continue; // minLength 0, minItems 0: nothing lies beyond
      cases.push({
        title: `${title}: ${sides.describe(sides.outside)} is reported`,
        run: () => {
          const placed = place(sides.outside);
          const marked = keyword === 'maxProperties' || keyword === 'minProperties' ? { start: placed.mapKeyOffset as number, end: (placed.mapKeyOffset as number) + JSON.stringify(placed.name.split('.').pop()).length } : { start: placed.offset, end: placed.offset + placed.length };
          let message = messageFor(keyword, placed.name, limit, sides.outside, onKeys, schema);
          let expectedCode = code;
          if (later !== undefined && version === '2024-09') {
            // Within the limit Amazon Connect set later: newer data, a warning that says so.
            expectedCode = 'newer-api';
            const n = count(sides.outside);
            const subject = n === 0 ? `${placed.name} is empty` : `${placed.name} has ${n} characters`;
            const rule = keyword === 'maxLength' ? `allows at most ${limit}; Amazon Connect raised the limit to ${later.limit}` : `requires at least ${limit}; Amazon Connect lowered the limit to ${later.limit}`;
            message = `${subject}: the 2024-09 Contact model this check validates against ${rule} ${whenAdded(later.since)}. Choose the 2026-08 model to validate it.`;
          }
          assert.deepEqual(diagnose(placed.text), [{ code: expectedCode, ...marked, message }], placed.text.slice(0, 300));
        },
      });
      if (later !== undefined && version === '2024-09') {
        // The later limit itself, both sides: at it still newer data, past it an error that states the specified limit.
        const atLater = sized(later.limit);
        const pastLater = later.limit + step >= 0 ? sized(later.limit + step) : undefined;
        cases.push({
          title: `${title}, later ${later.limit}: ${sides.describe(atLater)} is newer data`,
          run: () => assert.deepEqual(diagnose(place(atLater).text).map((d) => d.code), ['newer-api']),
        });
        if (pastLater !== undefined) {
          cases.push({
            title: `${title}, later ${later.limit}: ${sides.describe(pastLater)} is an error`,
            run: () => {
              const placed = place(pastLater);
              assert.deepEqual(diagnose(placed.text), [{ code, start: placed.offset, end: placed.offset + placed.length, message: messageFor(keyword, placed.name, limit, pastLater, onKeys, schema) }]);
            },
          });
        }
      }
    }
  }
  return { cases, nodes };
}

/** The message explain.ts gives a value one step past a bound. */
function messageFor(keyword: BoundKeyword, name: string, limit: number, value: unknown, onKeys: boolean, schema: JsonSchema): string {
  if (onKeys) {
    const map = name;
    if (keyword === 'minLength') return `${map} keys must not be empty.`;
    return `${map} key ${quoted(value)} is ${count(value)} characters long; at most ${schema.maxLength} are allowed.`;
  }
  switch (keyword) {
    case 'minLength':
      return value === '' ? `${name} must not be empty (at least ${limit} character${limit === 1 ? '' : 's'}).` : `${name} must be at least ${limit} characters long; it has ${count(value)}.`;
    case 'maxLength':
      return `${name} must be at most ${limit} characters long; it has ${count(value)}.`;
    case 'minimum':
      return `${name} must be at least ${limitText(schema, limit)}; it is ${(value as Literal).text}.`;
    case 'maximum':
      return `${name} must be at most ${limitText(schema, limit)}; it is ${(value as Literal).text}.`;
    case 'exclusiveMinimum':
      return `${name} must be greater than ${limit}; it is ${(value as Literal).text}.`;
    case 'exclusiveMaximum':
      return `${name} must be less than ${limit}; it is ${(value as Literal).text}.`;
    case 'maxProperties':
    case 'minProperties':
      return `${name} has ${count(value)} entries; ${keyword === 'maxProperties' ? 'at most' : 'at least'} ${limit} are allowed.`;
    case 'minItems':
    case 'maxItems':
      return `${name} has ${count(value)} items; ${keyword === 'minItems' ? 'at least' : 'at most'} ${limit} ${limit === 1 ? 'is' : 'are'} required.`;
  }
}

/** A value in a message: its JSON, cut after 57 characters. */
function quoted(value: unknown): string {
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}

/**
 * An int64 bound exactly. The schema file says 9223372036854775807, which JSON.parse rounds to
 * 2^63; the product clamps its bounds to the int64 range the same way (explain.ts).
 */
function exactInt64(limit: number): bigint {
  const big = BigInt(limit);
  return big >= 2n ** 63n ? 2n ** 63n - 1n : big < -(2n ** 63n) ? -(2n ** 63n) : big;
}

/** A bound as messages write it. */
function limitText(schema: JsonSchema, limit: number): string {
  return schema.format === 'int64' ? String(exactInt64(limit)) : String(limit);
}

/**
 * Every bound (later limits included) and every list of required members, one line each: `2024-09 /$defs/Contact/properties/Id maxLength 256`.
 * The tests above prove that the product enforces what the schema says; this list is what the
 * schema says, written down a second time, so that a bound changed by mistake (a 6 that became
 * a 7) does not go through unnoticed: the generated tests would follow it.
 */
function ruleLines(version: string, node: unknown, pointer = ''): string[] {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return [];
  const schema = node as JsonSchema & Record<string, unknown>;
  const lines: string[] = [];
  for (const keyword of BOUND_KEYWORDS) {
    const limit = schema[keyword];
    if (typeof limit === 'number') lines.push(`${version} ${pointer} ${keyword} ${limitText(schema, limit)}`);
  }
  for (const [keyword, { limit, since }] of Object.entries(schema['x-later-limits'] ?? {})) lines.push(`${version} ${pointer} x-later-limits ${keyword} ${limit} since ${since}`);
  if (Array.isArray(schema.required) && pointer !== '' && !pointer.endsWith('/if') && !pointer.endsWith('/not')) lines.push(`${version} ${pointer} required ${schema.required.join(',')}`);
  for (const [key, child] of Object.entries(schema)) {
    if (key.startsWith('x-') || key === 'enum' || key === 'required') continue;
    lines.push(...ruleLines(version, child, `${pointer}/${key}`));
  }
  return lines;
}

const EXPECTED_RULES = join(__dirname, 'bounds.expected.txt');

test('the bounds and required members are those written down in test/unit/bounds.expected.txt', () => {
  const actual = [...ruleLines('2024-09', schema2024), ...ruleLines('2026-08', schema2026)];
  if (process.env.UPDATE_BOUNDS === '1') writeFileSync(EXPECTED_RULES, `${actual.join('\n')}\n`);
  const expected = readFileSync(EXPECTED_RULES, 'utf8').trim().split('\n');
  const missing = expected.filter((line) => !actual.includes(line));
  const added = actual.filter((line) => !expected.includes(line));
  assert.deepEqual(
    { missing, added },
    { missing: [], added: [] },
    'A bound or a required member changed in a schema. Check it against the API reference, then run UPDATE_BOUNDS=1 node --import tsx --test test/unit/bounds.test.ts',
  );
});

for (const [version, root] of [
  ['2024-09', schema2024 as JsonSchema],
  ['2026-08', schema2026 as JsonSchema],
] as const) {
  describe(`bounds of the ${version} model, both sides (generated from its schema)`, () => {
    const { cases, nodes } = boundCases(root, version);
    test('every bound in the schema is reached from a contact, so none goes untested', () => {
      const reached = [...nodes.values()].filter(({ schema }) => BOUND_KEYWORDS.some((keyword) => keyword in schema)).map(({ pointer }) => pointer);
      assert.deepEqual(reached.sort(), boundPointers(root).sort());
      assert.ok(cases.length >= 2 * reached.length - 4, String(cases.length));
    });
    for (const { title, run } of cases) test(title, run);
  });
}
