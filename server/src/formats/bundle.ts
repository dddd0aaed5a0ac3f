import type { JsonSchema } from '../service/schema/schema';

/** A format as the bundle needs it: an id, and its schema file (with `x-detect`, except the last). */
export interface FormatSchema {
  id: string;
  schema: JsonSchema;
}

/**
 * One schema for documents of every format, so that validation, completion, hover and the
 * rest read any document through one root and know no format by name. Each top-level item
 * (the document, or each item of an array) goes to the first format whose `x-detect` it
 * meets, the last format (Contact) taking the rest; the dispatch site is marked with
 * `x-document-format`. Each format's definitions are copied under `<id>.<name>`, their
 * `$ref`s rewritten to match, and stamped with the format's docs page (`x-docs`).
 *
 * Pure and deterministic: the build compiles the bundle into the validators
 * (scripts/generate-validators.ts), and the server makes the same bundle to walk.
 */
export function bundleFormats(formats: FormatSchema[], id: string): JsonSchema {
  const defs: Record<string, JsonSchema> = {};
  for (const format of formats) {
    const docs = format.schema['x-docs'];
    const formatName = format.schema['x-format-name'];
    for (const [name, definition] of Object.entries(format.schema.$defs ?? {})) {
      const copy = withRefsPrefixed(definition, format.id) as JsonSchema;
      // Each shape knows its format's page, for the link under a member's hover.
      defs[`${format.id}.${name}`] = docs !== undefined && copy.title !== undefined ? { ...copy, 'x-docs': docs, 'x-format-name': formatName } : copy;
    }
  }
  const [fallback] = formats.slice(-1);
  let document: JsonSchema = dispatchTo(fallback);
  for (const format of formats.slice(0, -1).reverse()) {
    const detect = format.schema['x-detect'];
    if (detect === undefined) throw new Error(`format ${format.id} has no x-detect, and only the last format may go without`);
    const { $comment: _reasons, ...condition } = detect;
    document = { if: condition, then: dispatchTo(format), else: document };
  }
  const contact = formats[formats.length - 1].schema;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title: 'Amazon Connect contact JSON',
    description: `A contact document of any format (${formats.map((format) => format.schema['x-format-name'] ?? format.id).join(', ')}), or an array of them, each item read as its own format.`,
    ...(contact['x-model-version'] !== undefined ? { 'x-model-version': contact['x-model-version'] } : {}),
    if: { type: 'array' },
    then: { type: 'array', items: { $ref: '#/$defs/Document' } },
    else: { $ref: '#/$defs/Document' },
    $defs: { Document: document, ...readAs(formats), ...defs },
  };
}

/**
 * `Read.<id>`: a document read as one format whatever its markers say (settings map files that
 * content alone cannot tell to a format). A root of its own, like the bundle's.
 */
function readAs(formats: FormatSchema[]): Record<string, JsonSchema> {
  return Object.fromEntries(
    formats.map((format) => [
      `Read.${format.id}`,
      { 'x-read-as': format.id, if: { type: 'array' }, then: { type: 'array', items: dispatchTo(format) }, else: dispatchTo(format) } satisfies JsonSchema,
    ]),
  );
}

/** The schema root that reads every document as format `id` (its `Read.<id>`, beside the bundle's definitions). */
export function readAsRoot(bundle: JsonSchema, id: string): JsonSchema {
  const { if: _if, then: _then, else: _else, ...rest } = bundle;
  return { ...rest, $ref: `#/$defs/Read.${id}` };
}

/** The name the generated validator of `Read.<id>` is exported under. */
export function readAsExport(id: string): string {
  return `read_${id.replace(/-/g, '_')}`;
}

/** The format's document (its root's `else`, the non-array branch), marked with its id. */
function dispatchTo(format: FormatSchema): JsonSchema {
  const document = format.schema.else?.$ref;
  if (document === undefined) throw new Error(`format ${format.id}: its root must be if array / then items / else {$ref: the document}`);
  return { $ref: prefixed(document, format.id), 'x-document-format': format.id };
}

function prefixed(ref: string, id: string): string {
  const local = '#/$defs/';
  if (!ref.startsWith(local)) throw new Error(`format ${id}: only local $refs can be bundled, not ${ref}`);
  return `${local}${id}.${ref.slice(local.length)}`;
}

function withRefsPrefixed(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((child) => withRefsPrefixed(child, id));
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) {
    // Values of these are data (member names, values), never schemas with references.
    if (key === 'enum' || key === 'required' || key === 'const' || key.startsWith('x-')) copy[key] = child;
    else copy[key] = key === '$ref' && typeof child === 'string' ? prefixed(child, id) : withRefsPrefixed(child, id);
  }
  return copy;
}
