// The 2026-08 model: its Contact schema and its generated validators. A module of its own so that
// the Node server can load it only when a document needs it (scripts/build.mjs puts it in
// dist/model-2026-08.js); most sessions never do. The validators of every format are required
// only when a document shows another format than Contact.
import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from './service/schema/schema';
import schema from '../../schemas/contact-2026-08.schema.json';

// Required, not imported: the generated modules are CommonJS without __esModule, and an import
// of a namespace would give `default` the whole exports object.
export const model = {
  schema: schema as JsonSchema,
  contact: () => (require('../generated/contact-2026-08.js') as { default: ValidateFunction }).default,
  formats: () => (require('./formats-2026-08') as typeof import('./formats-2026-08')).validators,
};
