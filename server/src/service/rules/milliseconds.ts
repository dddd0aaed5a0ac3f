import type { Problem } from './problem';

/** Epoch seconds stay below this until the year 5138; epoch milliseconds of any date since 1973 are above. */
export const EPOCH_MILLISECONDS_THRESHOLD = 1e11;

/** Numeric timestamps that can only be milliseconds, anywhere in the document (found by the schema walk in validate.ts). */
export function epochMillisecondsProblem(pointer: string, name: string, value: number): Problem | undefined {
  if (value < EPOCH_MILLISECONDS_THRESHOLD) return undefined;
  const seconds = value / 1000;
  return {
    pointer,
    onKey: false,
    code: 'epoch-milliseconds',
    message: `${name} is ${value}: as epoch seconds that is the year ${new Date(value * 1000).getUTCFullYear() || 'beyond 275760'}. It looks like milliseconds; Contact timestamps are in seconds (${seconds} = ${isoOf(seconds)}).`,
    fixes: [{ title: `Change to epoch seconds (${seconds})`, certain: true, kind: 'replace-value', newText: String(seconds) }],
  };
}

/** An instant (epoch seconds) as ISO 8601 UTC, without a fraction of zero. */
export function isoOf(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString().replace('.000Z', 'Z');
}
