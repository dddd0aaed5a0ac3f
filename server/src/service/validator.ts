import Ajv2020, { type CodeOptions } from 'ajv/dist/2020';
import { isDateTime } from './dateTime';
import { annotationKeywords } from './schema';

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
