import { dateTimeInstant } from './dateTime';
import { childSchema, isTimestamp, resolve, type JsonSchema } from '../schema/schema';

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
  const path: (string | number)[] = [];
  const walk = (schema: JsonSchema, value: unknown) => {
    if (isTimestamp(schema)) {
      if (typeof value === 'number' || typeof value === 'string') found.push({ path: [...path], value });
      return;
    }
    if (schema['x-epoch'] === 'milliseconds') {
      if (typeof value === 'string') found.push({ path: [...path], value, epochMilliseconds: true });
      return;
    }
    if (path.length > MAX_WALK_DEPTH || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      if (schema.items === undefined) return;
      for (let index = 0; index < value.length; index++) {
        path.push(index);
        walk(resolve(root, schema.items, value[index]), value[index]);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      const child = childSchema(schema, key);
      if (child === undefined) continue;
      const member = (value as Record<string, unknown>)[key];
      path.push(key);
      walk(resolve(root, child, member), member);
      path.pop();
    }
  };
  walk(resolve(root, root, document), document);
  return found;
}

/** The parsed value is at most MAX_DEPTH (parse.ts) deep; this only guards the recursion. */
const MAX_WALK_DEPTH = 300;
