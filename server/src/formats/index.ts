// The formats a document can be, in the order their markers are tried (formats/bundle.ts):
// each one place, its schema file (members, rules, descriptions, docs page and the markers
// that tell it, `x-detect`), and its cross-field checks where it has some. Contact comes last:
// a document that shows none of the other formats' markers is read as a Contact.
import type { JsonSchema } from '../service/schema/schema';
import contactFlowEvent from '../../../schemas/contact-flow-event.schema.json';
import contactRecord from '../../../schemas/contact-record.schema.json';
import contactEvent from '../../../schemas/contact-event.schema.json';
import type { ItemChecks } from '../service/schema/compiled';
import { bundleFormats, type FormatSchema } from './bundle';
import { contactChecks } from './contact/checks';
import { contactEventChecks } from './contact-event/checks';
import { contactFlowEventChecks } from './contact-flow-event/checks';
import { contactRecordChecks } from './contact-record/checks';

/** The formats other than Contact, whose schemas do not depend on the Contact model version. */
export const OTHER_FORMATS: FormatSchema[] = [
  { id: 'contact-flow-event', schema: contactFlowEvent as JsonSchema },
  { id: 'contact-record', schema: contactRecord as JsonSchema },
  { id: 'contact-event', schema: contactEvent as JsonSchema },
];

export { FORMAT_IDS } from './ids';

/**
 * The members a document must have at its top for any format but Contact to be told (every
 * `required` of every `x-detect`): a text that holds none of them is all Contact.
 */
export function markerMembers(): string[] {
  const names = new Set<string>();
  const collect = (condition: JsonSchema | undefined): void => {
    if (condition === undefined) return;
    for (const name of condition.required ?? []) names.add(name);
    for (const branch of condition.anyOf ?? []) collect(branch);
  };
  for (const format of OTHER_FORMATS) collect(format.schema['x-detect']);
  return [...names].sort();
}

/** The schema the service reads documents with: every format, with Contact at `contactSchema`'s model version. */
export function documentSchema(contactSchema: JsonSchema): JsonSchema {
  const version = contactSchema['x-model-version'] ?? 'unknown';
  return bundleFormats([...OTHER_FORMATS, { id: 'contact', schema: contactSchema }], `https://contact-json.dev/schemas/documents-${version}.json`);
}

/** Each format's cross-field checks, by format id. */
export const FORMAT_CHECKS: Record<string, ItemChecks> = {
  contact: contactChecks,
  'contact-flow-event': contactFlowEventChecks,
  'contact-record': contactRecordChecks,
  'contact-event': contactEventChecks,
};
