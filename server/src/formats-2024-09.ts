// Every format, for the Node server: the formats' schemas, checks and bundle, and the 2024-09
// validators of every format. A file of its own in the Node build (dist/formats-2024-09.js),
// required only when a document shows another format than Contact: a server that only ever
// sees contacts never reads it (scripts/build.mjs).
import type { ValidateFunction } from 'ajv';

export { FORMAT_CHECKS, documentSchema } from './formats';
export { readAsRoot } from './formats/bundle';
export const validators = require('../generated/formats-2024-09.js') as Record<string, ValidateFunction>;
