// Compares a model read from the SDK's declarations (sdk.ts) with one of our schemas, from a
// shape down through every shape reachable from it: members the schema lacks or has in excess,
// different types, enum values on either side. Names, types and values only: the declarations
// hold no lengths, ranges or patterns.
import { isTimestamp, own, resolve, type JsonSchema } from '../../server/src/service/schema/schema';
import type { SdkModel, SdkType } from './sdk';

export interface Difference {
  /** `Shape.Member` (with `[]` for a list's items and `{}` for a map's values), or `Shape`. */
  path: string;
  message: string;
}

/** A schema's type in the same terms as SdkType. */
type SchemaType =
  | { kind: 'string' | 'number' | 'boolean' | 'timestamp' | 'unknown' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'structure'; schema: JsonSchema }
  | { kind: 'list'; item: JsonSchema }
  | { kind: 'map'; value: JsonSchema };

/** Every difference between the SDK's shape `shape` (and all it reaches) and the schema's `$defs[definition]`. */
export function compareModels(sdk: SdkModel, shape: string, root: JsonSchema, definition = shape): Difference[] {
  const site = own(root.$defs, definition);
  if (site === undefined) throw new Error(`The schema has no $defs/${definition}`);
  const differences: Difference[] = [];
  const compared = new Set<string>(); // "SdkShape > schema title": each pair once (Expression is recursive)
  const introduced = new Set<string>(); // shapes only the SDK has, listed once

  const compareStructure = (name: string, schema: JsonSchema) => {
    const key = `${name} > ${schema.title ?? ''}`;
    if (compared.has(key)) return;
    compared.add(key);
    const members = sdk.structures.get(name);
    if (members === undefined) {
      differences.push({ path: name, message: 'the SDK declares no such structure' });
      return;
    }
    if (schema.title !== name) differences.push({ path: name, message: `the schema calls this shape ${schema.title ?? '(untitled)'}` });
    const properties = schema.properties ?? {};
    for (const [member, type] of members) {
      const path = `${name}.${member}`;
      const memberSchema = own(properties, member);
      if (memberSchema === undefined) {
        differences.push({ path, message: `missing from the schema: ${describeSdk(type, sdk)}` });
        newShapes(type, sdk, introduced, differences);
      } else compareType(path, type, memberSchema);
    }
    for (const member of Object.keys(properties)) {
      if (!members.has(member)) differences.push({ path: `${name}.${member}`, message: 'in the schema, not in the SDK' });
    }
  };

  const compareType = (path: string, type: SdkType, site: JsonSchema) => {
    const theirs = schemaType(root, site);
    if (type.kind === 'enum' && theirs.kind === 'enum') {
      const values = sdk.enums.get(type.name) ?? [];
      const added = values.filter((value) => !theirs.values.includes(value));
      const removed = theirs.values.filter((value) => !values.includes(value));
      if (added.length > 0) differences.push({ path, message: `values missing from the schema: ${added.join(', ')}` });
      if (removed.length > 0) differences.push({ path, message: `values in the schema, not in the SDK: ${removed.join(', ')}` });
    } else if (type.kind === 'list' && theirs.kind === 'list') {
      compareType(`${path}[]`, type.item, theirs.item);
    } else if (type.kind === 'map' && theirs.kind === 'map') {
      compareType(`${path}{}`, type.value, theirs.value);
    } else if (type.kind === 'structure' && theirs.kind === 'structure') {
      compareStructure(type.name, theirs.schema);
    } else if (type.kind === 'union' && theirs.kind === 'structure') {
      if (!exactlyOneMember(theirs.schema)) differences.push({ path: type.name, message: 'a tagged union in the SDK (exactly one member set); the schema allows an object without one' });
      compareStructure(type.name, theirs.schema);
    } else if (type.kind !== theirs.kind) {
      differences.push({ path, message: `the SDK has ${describeSdk(type, sdk)}, the schema ${describeSchema(theirs)}` });
    }
  };

  compareStructure(shape, resolve(root, site, undefined));
  return differences;
}

/**
 * How a schema says "exactly one of these members": minProperties and maxProperties 1, or, for
 * a union of one member, that member required (additionalProperties false does the rest).
 */
function exactlyOneMember(schema: JsonSchema): boolean {
  const { minProperties, maxProperties } = schema as { minProperties?: number; maxProperties?: number };
  if (minProperties === 1 && maxProperties === 1) return true;
  const names = Object.keys(schema.properties ?? {});
  return names.length === 1 && (schema.required ?? []).includes(names[0]);
}

/** The schema's type of a member site (after `$ref`). */
function schemaType(root: JsonSchema, site: JsonSchema): SchemaType {
  const schema = resolve(root, site, undefined);
  if (isTimestamp(schema)) return { kind: 'timestamp' };
  if (schema.enum !== undefined) return { kind: 'enum', values: schema.enum.map(String) };
  switch (schema.type) {
    case 'string':
      return { kind: 'string' };
    case 'integer':
    case 'number':
      return { kind: 'number' }; // the SDK's declarations say `number` for both
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return schema.items !== undefined ? { kind: 'list', item: schema.items } : { kind: 'unknown' };
    case 'object':
      if (schema.properties !== undefined) return { kind: 'structure', schema };
      return typeof schema.additionalProperties === 'object' ? { kind: 'map', value: schema.additionalProperties } : { kind: 'unknown' };
    default:
      return { kind: 'unknown' };
  }
}

/** The shapes a member missing from the schema brings with it, member by member: what to add. */
function newShapes(type: SdkType, sdk: SdkModel, introduced: Set<string>, differences: Difference[]): void {
  if (type.kind === 'list') return newShapes(type.item, sdk, introduced, differences);
  if (type.kind === 'map') return newShapes(type.value, sdk, introduced, differences);
  if ((type.kind !== 'structure' && type.kind !== 'union') || introduced.has(type.name)) return;
  introduced.add(type.name);
  for (const [member, memberType] of sdk.structures.get(type.name) ?? []) {
    differences.push({ path: `${type.name}.${member}`, message: `missing from the schema (a new shape): ${describeSdk(memberType, sdk)}` });
    newShapes(memberType, sdk, introduced, differences);
  }
}

export function describeSdk(type: SdkType, sdk: SdkModel): string {
  switch (type.kind) {
    case 'enum':
      return `enum ${type.name} (${(sdk.enums.get(type.name) ?? []).join(' | ')})`;
    case 'structure':
      return `structure ${type.name}`;
    case 'union':
      return `tagged union ${type.name}`;
    case 'list':
      return `list of ${describeSdk(type.item, sdk)}`;
    case 'map':
      return `map of ${describeSdk(type.value, sdk)}`;
    case 'unknown':
      return `a type this script does not read (${type.text})`;
    default:
      return type.kind;
  }
}

function describeSchema(type: SchemaType): string {
  switch (type.kind) {
    case 'enum':
      return `enum (${type.values.join(' | ')})`;
    case 'structure':
      return `structure ${type.schema.title ?? ''}`.trim();
    case 'list':
      return 'a list';
    case 'map':
      return 'a map';
    default:
      return type.kind;
  }
}
