// The formats' ids, apart from their schemas, so that settings and the command line can name
// them without loading every format (formats/index.ts) at start.

/** Every format's id, in the order their markers are tried; Contact, the default, last. */
export const FORMAT_IDS = ['contact-flow-event', 'contact-record', 'contact-event', 'contact'];

export function isFormatId(value: unknown): value is string {
  return typeof value === 'string' && FORMAT_IDS.includes(value);
}
