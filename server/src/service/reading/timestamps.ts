import { dateTimeInstant } from './dateTime';
import { isTimestamp, type JsonSchema } from '../schema/schema';
import { walkWithSchema } from '../schema/walk';

/**
 * The instant (epoch milliseconds) of a timestamp value in any form the schema accepts:
 * epoch seconds, or an ISO 8601 string with `T` or a space, any fraction, `Z` or an offset.
 * Undefined for anything else (the schema reports those).
 */
export function timestampInstant(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value * 1000 : undefined;
  return typeof value === 'string' ? dateTimeInstant(value) : undefined;
}

/** `2024-05-01 10:12:31 UTC` for inlay hints and hovers (fractions kept to the millisecond). */
export function utcText(milliseconds: number): string | undefined {
  const date = new Date(milliseconds);
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}${iso.slice(19, 23) === '.000' ? '' : iso.slice(19, 23)} UTC`;
}

export interface TimestampValue {
  path: (string | number)[];
  value: string | number;
  /** Epoch milliseconds written as a string of digits (`x-epoch`), not a date-time or epoch seconds. */
  epochMilliseconds?: true;
}

/**
 * Every value in the document that the schema says is a timestamp, at any depth: for
 * the epoch-milliseconds check and the inlay hints.
 */
export function findTimestamps(root: JsonSchema, document: unknown): TimestampValue[] {
  const found: TimestampValue[] = [];
  walkWithSchema(root, document, (schema, value, path) => {
    if (isTimestamp(schema)) {
      if (typeof value === 'number' || typeof value === 'string') found.push({ path: [...path], value });
      return false;
    }
    if (schema['x-epoch'] === 'milliseconds') {
      if (typeof value === 'string') found.push({ path: [...path], value, epochMilliseconds: true });
      return false;
    }
    return true;
  });
  return found;
}
