import type { ValidateFunction } from 'ajv';
import { getLanguageService, type CompiledSchema, type LanguageService } from './service/languageService';
import type { JsonSchema } from './service/schema';
import { fromValidateFunction } from './service/compiled';
import { FORMAT_CHECKS, FORMAT_IDS, documentSchema } from './formats';
import { readAsExport, readAsRoot } from './formats/bundle';

/** The model versions a user can choose (`contactJson.modelVersion`, `--model-version`). */
export const MODEL_VERSIONS = ['2024-09', '2026-08'] as const;
export type ModelVersion = (typeof MODEL_VERSIONS)[number];
/** The specified version: the AWS reference page the product enforces. */
export const DEFAULT_MODEL_VERSION: ModelVersion = '2024-09';

/** How a document is read: by its markers (`auto`), or as one format whatever they say (`contactJson.readAs`). */
export type ReadAs = 'auto' | string;

export function isFormatId(value: unknown): value is string {
  return typeof value === 'string' && FORMAT_IDS.includes(value);
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A model's document schema and its generated validators: one for `auto`, one a format. */
interface Model {
  schema: JsonSchema;
  validators: Record<string, ValidateFunction>;
}

// The validators are generated at build time (scripts/generate-validators.ts), so starting the
// server compiles no schema; and each model is loaded (`require`d) only when first needed, so
// starting it does not even read the newer one.
const models: Record<ModelVersion, () => Model> = {
  '2024-09': lazy(() => ({
    schema: documentSchema(require('../../schemas/contact.schema.json') as JsonSchema),
    validators: require('../generated/contact-2024-09.js') as Record<string, ValidateFunction>,
  })),
  // A separate file in the Node build (./model-2026-08.js beside dist/server.js).
  '2026-08': lazy(() => {
    const { model } = require('./model-2026-08') as typeof import('./model-2026-08');
    return { schema: documentSchema(model.schema), validators: model.validators };
  }),
};

const compiledCache = new Map<string, CompiledSchema>();

function compiled(version: ModelVersion, readAs: ReadAs): CompiledSchema {
  const key = `${version} ${readAs}`;
  let found = compiledCache.get(key);
  if (found === undefined) {
    const { schema, validators } = models[version]();
    found =
      readAs === 'auto'
        ? fromValidateFunction(schema, validators.default, FORMAT_CHECKS)
        : fromValidateFunction(readAsRoot(schema, readAs), validators[readAsExport(readAs)], FORMAT_CHECKS);
    compiledCache.set(key, found);
  }
  return found;
}

const services = new Map<string, LanguageService>();

/**
 * The language service for a model version, reading documents by their markers or as one
 * format (created once each). Under the specified model, what only the newest allows is a
 * `newer-api` warning.
 */
export function serviceFor(version: ModelVersion, readAs: ReadAs = 'auto'): LanguageService {
  const key = `${version} ${readAs}`;
  let service = services.get(key);
  if (service === undefined) {
    service =
      version === '2024-09'
        ? getLanguageService(compiled('2024-09', readAs), { newerModel: () => compiled('2026-08', readAs) })
        : getLanguageService(compiled(version, readAs));
    services.set(key, service);
  }
  return service;
}

export function isModelVersion(value: unknown): value is ModelVersion {
  return (MODEL_VERSIONS as readonly unknown[]).includes(value);
}
