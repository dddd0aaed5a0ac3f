import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { annotationKeywords, type JsonSchema } from './schema';

/** A schema together with its compiled ajv validator: what the service validates with. */
export interface CompiledSchema {
  root: JsonSchema;
  validate: (value: unknown) => ErrorObject[];
}

/**
 * Compiles the schema once. `verbose` gives each error its schema (where our annotations
 * live); `messages: false` because every message is ours (validate.ts).
 */
export function compileSchema(root: JsonSchema): CompiledSchema {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    messages: false,
    strict: true,
    // `required` appears only in shape tests (`if`) and exclusivity (`not`), never beside `properties`.
    strictRequired: false,
    allowUnionTypes: true,
    // Number formats are documentation: the bounds beside them are the rule, and int64 is
    // checked on the literal text (validate.ts), since JavaScript numbers cannot hold it.
    formats: { int32: true, int64: true, float: true },
  });
  addFormats(ajv, ['date-time']);
  ajv.addVocabulary(annotationKeywords);
  const validate: ValidateFunction = ajv.compile(root);
  return {
    root,
    validate: (value) => (validate(value) ? [] : [...(validate.errors ?? [])]),
  };
}
