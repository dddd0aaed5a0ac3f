// The 2026-08 validators of every format: a file of its own in the Node build
// (dist/formats-2026-08.js), required only when a document shows another format than Contact
// and the 2026-08 model is needed.
import type { ValidateFunction } from 'ajv';

export const validators = require('../generated/formats-2026-08.js') as Record<string, ValidateFunction>;
