import type { ValidateFunction } from 'ajv';
import { getLanguageService, type CompiledSchema, type LanguageService } from './service/languageService';
import type { JsonSchema } from './service/schema';
import { fromValidateFunction } from './service/compiled';
import { FORMAT_CHECKS, documentSchema } from './formats';

/** The model versions a user can choose (`contactJson.modelVersion`, `--model-version`). */
export const MODEL_VERSIONS = ['2024-09', '2026-08'] as const;
export type ModelVersion = (typeof MODEL_VERSIONS)[number];
/** The specified version: the AWS reference page the product enforces. */
export const DEFAULT_MODEL_VERSION: ModelVersion = '2024-09';

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

// The validators are generated at build time (scripts/generate-validators.ts), so starting the
// server compiles no schema; and each model is loaded (`require`d) only when first needed, so
// starting it does not even read the newer one.
const compiled: Record<ModelVersion, () => CompiledSchema> = {
  '2024-09': lazy(() => fromValidateFunction(documentSchema(require('../../schemas/contact.schema.json') as JsonSchema), (require('../generated/contact-2024-09.js') as { default: ValidateFunction }).default, FORMAT_CHECKS)),
  // A separate file in the Node build (./model-2026-08.js beside dist/server.js).
  '2026-08': lazy(() => {
    const { model } = require('./model-2026-08') as typeof import('./model-2026-08');
    return fromValidateFunction(documentSchema(model.schema), model.validate, FORMAT_CHECKS);
  }),
};

const services: Record<ModelVersion, () => LanguageService> = {
  // Under the specified model, what only the newest allows is a `newer-api` warning.
  '2024-09': lazy(() => getLanguageService(compiled['2024-09'](), { newerModel: compiled['2026-08'] })),
  '2026-08': lazy(() => getLanguageService(compiled['2026-08']())),
};

/** The language service for a model version (created once). */
export function serviceFor(version: ModelVersion): LanguageService {
  return services[version]();
}

export function isModelVersion(value: unknown): value is ModelVersion {
  return (MODEL_VERSIONS as readonly unknown[]).includes(value);
}
