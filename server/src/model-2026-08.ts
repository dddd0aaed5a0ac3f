// The 2026-08 model: its schema and its generated validator. A module of its own so that the
// Node server can load it only when a document needs it (scripts/build.mjs puts it in
// dist/model-2026-08.js); most sessions never do.
import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from './service/schema';
import schema from '../../schemas/contact-2026-08.schema.json';
import validate from '../generated/contact-2026-08.js';

export const model: { schema: JsonSchema; validate: ValidateFunction } = { schema: schema as JsonSchema, validate };
