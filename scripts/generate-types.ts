// Build step: TypeScript declarations of every format, from its schema (types/formats/*.d.ts),
// with json-schema-to-typescript. The schemas stay the one source of truth: a member added there
// is in the types at the next build. types/index.d.ts (the library's API, by hand) exports them.
//
// The schemas say some things the generator does not read the way a type should:
// - `if`/`then`/`else` chooses a shape (null or an object, a response or a bare Contact): for a
//   type, the value is one of the two, so it becomes `anyOf: [then, else]`;
// - `not` only forbids combinations (QueuePriority with QueueTimeAdjustmentSeconds): no type says that;
// - a schema with no type at all (a Lambda parameter: any JSON value) is `unknown`, where the
//   generator would make an object of it;
// - a `$ref` with a description beside it would become a second type of the same shape
//   (Channel1): the reference alone keeps one name per shape;
// - `title` names a type after the page it comes from: the `$defs` names are the ones to export.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, type JSONSchema } from 'json-schema-to-typescript';

const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'types', 'formats');

/** Each schema file, and the name of the type of its whole document (one item, or an array of them). */
const SCHEMAS: { file: string; module: string; document: string }[] = [
  { file: 'contact.schema.json', module: 'contact', document: 'ContactFile' },
  { file: 'contact-2026-08.schema.json', module: 'contact-2026-08', document: 'ContactFile' },
  { file: 'contact-flow-event.schema.json', module: 'contact-flow-event', document: 'ContactFlowEventFile' },
  { file: 'contact-record.schema.json', module: 'contact-record', document: 'ContactRecordFile' },
  { file: 'contact-event.schema.json', module: 'contact-event', document: 'ContactEventFile' },
];

/** Keywords that describe a value without saying what it is. */
const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples', 'default', 'deprecated', 'readOnly']);
/** Keywords that say what a value is: with none of them, it can be anything. */
const SHAPES = ['type', '$ref', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', 'properties', 'items', 'additionalProperties', 'patternProperties'];

type Schema = Record<string, unknown>;

function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema as a type sees it (see the top of this file); `x-` annotations dropped too. */
function forTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(forTypes);
  if (!isSchema(value)) return value;
  const out: Schema = {};
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('x-') || key === 'title' || key === 'not' || key === 'if' || key === 'then' || key === 'else') continue;
    // Inside `properties`, `$defs` and `patternProperties`, the keys are names, not keywords.
    out[key] = ['properties', '$defs', 'patternProperties'].includes(key) && isSchema(child) ? Object.fromEntries(Object.entries(child).map(([name, schema]) => [name, forTypes(schema)])) : forTypes(child);
  }
  if ('then' in value || 'else' in value) {
    const branches = [value.then ?? {}, value.else ?? {}].map(forTypes);
    out.anyOf = Array.isArray(out.anyOf) ? [...out.anyOf, ...branches] : branches;
  }
  if (typeof out.$ref === 'string') return { $ref: out.$ref };
  if (!SHAPES.some((keyword) => keyword in out) && Object.keys(out).every((key) => ANNOTATIONS.has(key))) return { ...out, tsType: 'unknown' };
  return out;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const { file, module, document } of SCHEMAS) {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', file), 'utf8')) as Schema;
    const typed = forTypes(schema) as Schema;
    const code = await compile({ ...typed, $schema: undefined, $id: undefined } as JSONSchema, document, {
      bannerComment: `// Generated from schemas/${file} by scripts/generate-types.ts: do not edit.`,
      // Every shape of $defs, referenced from the document or not (a test may build a Queue alone).
      unreachableDefinitions: true,
      // The schemas close every object themselves; one without additionalProperties is open.
      additionalProperties: true,
      strictIndexSignatures: false,
      format: false,
      cwd: join(ROOT, 'schemas'),
    });
    writeFileSync(join(OUT, `${module}.d.ts`), code);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
