// The 2026-08 model: its Contact schema and its generated validators (every format bundled,
// formats/bundle.ts). A module of its own so that the Node server can load it only when a
// document needs it (scripts/build.mjs puts it in dist/model-2026-08.js); most sessions never do.
import type { ValidateFunction } from 'ajv';
import type { JsonSchema } from './service/schema';
import schema from '../../schemas/contact-2026-08.schema.json';

// Required, not imported: the generated module is CommonJS without __esModule, and an import
// of its namespace would give `default` the whole exports object.
const validators = require('../generated/contact-2026-08.js') as Record<string, ValidateFunction>;

export const model: { schema: JsonSchema; validators: Record<string, ValidateFunction> } = { schema: schema as JsonSchema, validators };
