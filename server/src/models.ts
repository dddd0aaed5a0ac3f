import type { ValidateFunction } from 'ajv';
import { getLanguageService, type CompiledSchema, type LanguageService } from './service/languageService';
import type { JsonSchema } from './service/schema/schema';
import { fromValidateFunction } from './service/schema/compiled';
import { contactChecks } from './formats/contact/checks';
import { readAsExport } from './formats/bundle';

/** The model versions a user can choose (`contactJson.modelVersion`, `--model-version`). */
export const MODEL_VERSIONS = ['2024-09', '2026-08'] as const;
export type ModelVersion = (typeof MODEL_VERSIONS)[number];
/** The specified version: the AWS reference page the product enforces. */
export const DEFAULT_MODEL_VERSION: ModelVersion = '2024-09';

/** How a document is read: by its markers (`auto`), or as one format whatever they say (`contactJson.readAs`). */
export type ReadAs = 'auto' | string;

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** A model: its Contact schema and validator, and (loaded on first need) every format's. */
interface Model {
  contactSchema: JsonSchema;
  contactValidator: () => ValidateFunction;
  formatValidators: () => Record<string, ValidateFunction>;
}

// The validators are generated at build time (scripts/generate-validators.ts), so starting the
// server compiles no schema; and each is loaded (`require`d) only when first needed: the newer
// model, and the other formats (four fifths of the code), are not even read for a file of contacts.
const models: Record<ModelVersion, () => Model> = {
  '2024-09': lazy(() => ({
    contactSchema: require('../../schemas/contact.schema.json') as JsonSchema,
    contactValidator: () => (require('../generated/contact-2024-09.js') as { default: ValidateFunction }).default,
    formatValidators: () => (require('./formats-2024-09') as typeof import('./formats-2024-09')).validators,
  })),
  // Separate files in the Node build, beside dist/server.js: ./model-2026-08.js, and the other
// formats' ./formats-2024-09.js and ./formats-2026-08.js.
  '2026-08': lazy(() => {
    const { model } = require('./model-2026-08') as typeof import('./model-2026-08');
    return { contactSchema: model.schema, contactValidator: model.contact, formatValidators: model.formats };
  }),
};

/** Contact alone: the small validator, for documents that show no other format's marker. */
const CONTACT_ONLY = 'contact only';

const compiledCache = new Map<string, CompiledSchema>();

function compiled(version: ModelVersion, readAs: ReadAs): CompiledSchema {
  const key = `${version} ${readAs}`;
  let found = compiledCache.get(key);
  if (found === undefined) {
    const model = models[version]();
    if (readAs === CONTACT_ONLY) {
      found = { ...fromValidateFunction(model.contactSchema, model.contactValidator(), { contact: contactChecks }), format: 'contact' };
    } else {
      const { FORMAT_CHECKS, documentSchema, readAsRoot } = require('./formats-2024-09') as typeof import('./formats-2024-09');
      const schema = documentSchema(model.contactSchema);
      const validators = model.formatValidators();
      found =
        readAs === 'auto'
          ? fromValidateFunction(schema, validators.default, FORMAT_CHECKS)
          : fromValidateFunction(readAsRoot(schema, readAs), validators[readAsExport(readAs)], FORMAT_CHECKS);
    }
    compiledCache.set(key, found);
  }
  return found;
}

const services = new Map<string, LanguageService>();

function serviceOf(version: ModelVersion, readAs: ReadAs): LanguageService {
  const key = `${version} ${readAs}`;
  let service = services.get(key);
  if (service === undefined) {
    // Under the specified model, what only the newest allows is a `newer-api` warning.
    service =
      version === '2024-09'
        ? getLanguageService(compiled('2024-09', readAs), { newerModel: () => compiled('2026-08', readAs) })
        : getLanguageService(compiled(version, readAs));
    services.set(key, service);
  }
  return service;
}

/** A marker of any format but Contact, written as a key: `"Details":`, `"contactId" :`, ... */
const MARKER = new RegExp(`"(?:${(require('../generated/markers.json') as string[]).map((name) => name.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('|')})"\\s*:`);

/**
 * Whether a text may hold another format than Contact. A key can also be spelled with escapes
 * (`"Detail\\u0073"` is `"Details"`), which the marker scan cannot see: such a text is read by
 * every format's rules too, which cost more but tell a Contact from the rest the same way.
 */
function mayShowMarker(text: string): boolean {
  return MARKER.test(text) || text.includes('\\u');
}

/**
 * The service for a model version, reading documents by their markers or as one format
 * (created once each). By their markers: a text in which no other format's marker appears as a
 * key is all Contact, and is read with Contact's own validator; any other with every format's.
 * (A marker written with escapes, `"Detail\\u0073"`, is not seen: such a document reads as Contact.)
 */
export function serviceFor(version: ModelVersion, readAs: ReadAs = 'auto'): LanguageService {
  if (readAs !== 'auto') return serviceOf(version, readAs);
  const key = `${version} dispatch`;
  let service = services.get(key);
  if (service === undefined) {
    // The last text's answer: every request on an unchanged document hands the same string (a
    // completion in a 3 MB file should not scan it again).
    let lastText: string | undefined;
    let lastHasMarker = false;
    const pick = (text: string) => {
      if (text !== lastText) {
        lastText = text;
        lastHasMarker = mayShowMarker(text);
      }
      return serviceOf(version, lastHasMarker ? 'auto' : CONTACT_ONLY);
    };
    const contact = () => serviceOf(version, CONTACT_ONLY);
    service = {
      parse: (document, options) => contact().parse(document, options),
      doValidation: (document, parsed, options) => pick(document.getText()).doValidation(document, parsed, options),
      validate: (document, parsed, options) => pick(document.getText()).validate(document, parsed, options),
      doComplete: (document, parsed, position, options) => pick(document.getText()).doComplete(document, parsed, position, options),
      doHover: (document, parsed, position) => pick(document.getText()).doHover(document, parsed, position),
      getCodeActions: (document, diagnostics, options) => contact().getCodeActions(document, diagnostics, options),
      getFixAllAction: (document, options, diagnostics) => pick(document.getText()).getFixAllAction(document, options, diagnostics),
      getFixAllEdits: (document, options, diagnostics) => pick(document.getText()).getFixAllEdits(document, options, diagnostics),
      getInlayHints: (document, parsed, range) => pick(document.getText()).getInlayHints(document, parsed, range),
      getDocumentSymbols: (document) => contact().getDocumentSymbols(document),
      getFoldingRanges: (document) => contact().getFoldingRanges(document),
      getSelectionRanges: (document, positions) => contact().getSelectionRanges(document, positions),
      format: (document, options, range) => contact().format(document, options, range),
    };
    services.set(key, service);
  }
  return service;
}

export function isModelVersion(value: unknown): value is ModelVersion {
  return (MODEL_VERSIONS as readonly unknown[]).includes(value);
}
