import Ajv2020, { type CodeOptions } from 'ajv/dist/2020';
import { isDateTime } from '../reading/dateTime';
import { annotationKeywords, type JsonSchema } from './schema';

/**
 * The ajv instance every schema is compiled with. `verbose` gives each error its schema
 * (where our annotations live); `messages: false` because every message is ours
 * (explain.ts). `code` is for the build, which turns schemas into standalone code.
 */
export function createAjv(code?: CodeOptions): Ajv2020 {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    messages: false,
    strict: true,
    // `required` appears only in shape tests (`if`) and exclusivity (`not`), never beside `properties`.
    strictRequired: false,
    allowUnionTypes: true,
    // Number formats are documentation: the bounds beside them are the rule, and int64 is
    // checked on the literal text (explain.ts), since JavaScript numbers cannot hold it.
    formats: { int32: true, int64: true, float: true },
    ...(code !== undefined ? { code } : {}),
  });
  // Our own date-time (dateTime.ts): what the schema describes (T or a space), and fast.
  ajv.addFormat('date-time', { type: 'string', validate: isDateTime });
  ajv.addVocabulary(annotationKeywords);
  return ajv;
}

/**
 * The schema as our validators check it. A subschema marked `x-format` states its syntax as a
 * `pattern`, for validators that know only the standard keywords; ours check it with the
 * reader of that format instead (dateTime.ts), which also knows the instant of a leap second
 * and reads a timestamp without a regular expression (a file of 4,000 contacts holds 20,000).
 * The reader accepts nothing the pattern rejects (test/unit/dateTime.test.ts), so the pattern
 * would only repeat it. Its error code goes with it (and its words, which only it needs).
 */
export function withOwnFormats(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withOwnFormats);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(node)) copy[key] = key === 'enum' || key === 'required' ? child : withOwnFormats(child);
  const schema = copy as JsonSchema;
  const format = schema['x-format'];
  if (format === undefined) return copy;
  const { pattern: _pattern, 'x-pattern-description': _words, ...rest } = schema;
  const codes = schema['x-error-codes'] ?? {};
  const { pattern: code, ...otherCodes } = codes;
  return { ...rest, format, 'x-error-codes': code !== undefined ? { ...otherCodes, format: code } : otherCodes };
}
