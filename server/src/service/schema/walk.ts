import { childSchema, resolve, type JsonSchema } from './schema';

/** Deeper than any real document; the parser already refuses nesting beyond 256. */
const MAX_WALK_DEPTH = 300;

/**
 * Visits every value of the document with the schema that applies to it, depth first. `visit`
 * returns false to not descend below a value (a timestamp has nothing below it). The path is
 * shared and changes as the walk goes: copy it to keep it.
 */
export function walkWithSchema(root: JsonSchema, document: unknown, visit: (schema: JsonSchema, value: unknown, path: (string | number)[]) => boolean): void {
  const path: (string | number)[] = [];
  const walk = (schema: JsonSchema, value: unknown) => {
    if (!visit(schema, value, path)) return;
    if (path.length > MAX_WALK_DEPTH || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      if (schema.items === undefined) return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walk(resolve(root, schema.items, value[index]), value[index]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      const child = childSchema(schema, key);
      if (child === undefined) continue;
      const member = (value as Record<string, unknown>)[key];
      path.push(key);
      walk(resolve(root, child, member), member);
      path.pop();
    }
  };
  walk(resolve(root, root, document), document);
}
