import type { CompiledSchema } from '../schema/compiled';
import { documentItems, isObject, type Problem } from './problem';
import { lookupRef, matchesShape, type JsonSchema } from '../schema/schema';

/**
 * Checks across members that a JSON Schema cannot express, each format's own (its `checks`
 * in the compiled schema, by format id), run on every top-level item of the format it is read
 * as. They are warnings by default (settings can change that), and the schemas stay the spec.
 */
export function crossFieldProblems(root: unknown, schema: CompiledSchema): Problem[] {
  const problems: Problem[] = [];
  const checks = schema.checks;
  if (checks === undefined) return problems;
  for (const { item, path } of documentItems(root)) {
    if (!isObject(item)) continue;
    const format = schema.format ?? formatOf(schema.root, item);
    if (format !== undefined && Object.hasOwn(checks, format)) checks[format](item, path, problems);
  }
  return problems;
}

/**
 * The format a top-level item is read as: the `x-document-format` of the dispatch it meets in
 * the document schema's `Document` (formats/bundle.ts). Undefined for a schema without formats.
 */
export function formatOf(root: JsonSchema, item: unknown): string | undefined {
  if (root.$ref !== undefined) {
    const readAs = lookupRef(root, root.$ref)['x-read-as'];
    if (readAs !== undefined) return readAs;
  }
  if (root.$defs === undefined || !Object.hasOwn(root.$defs, 'Document')) return undefined;
  let current = lookupRef(root, '#/$defs/Document');
  while (current.if !== undefined) {
    const next = matchesShape(current.if, item) ? current.then : current.else;
    if (next === undefined) return undefined;
    current = next;
  }
  return current['x-document-format'];
}
