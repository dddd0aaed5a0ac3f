import type { JsonSchema } from '../../server/src/service/schema/schema';

/** Every schema object in the tree with its JSON pointer (values of enum, required and our annotations skipped). */
export function* walk(node: unknown, pointer = ''): Generator<[string, JsonSchema]> {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) yield [pointer, node as JsonSchema];
  for (const [key, child] of Object.entries(node)) {
    if (key === 'enum' || key === 'required' || key.startsWith('x-')) continue;
    yield* walk(child, `${pointer}/${key}`);
  }
}
