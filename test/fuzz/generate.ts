// Documents for the fuzz suite: mutations of valid contacts and random JSON, from a seed.

/** A small, seedable PRNG (mulberry32): the same seed gives the same documents. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MEMBERS = ['Id', 'Arn', 'Channel', 'InitiationMethod', 'QueuePriority', 'QueueTimeAdjustmentSeconds', 'Tags', 'SegmentAttributes', 'AgentInfo', 'QueueInfo', 'RoutingCriteria', 'InitiationTimestamp', 'Contact', '__proto__', 'constructor', 'prototype', 'Name'];
const TOKENS = ['{', '}', '[', ']', ',', ':', '"', 'null', 'true', '1e400', '-0', '9223372036854775808', '"__proto__"', '😀', '\uD800', '\uFEFF', '\u0000', '\r\n', '\\u12', '//', '/*', '"aws:x"'];

export function makeDocuments(seed: number, count: number, bases: string[]): string[] {
  const next = random(seed);
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: T[]): T => items[int(items.length)];

  const randomValue = (depth: number): unknown => {
    const roll = int(depth > 4 ? 5 : 8);
    switch (roll) {
      case 0: return pick(['VOICE', 'voice', '', 'x'.repeat(int(600)), '2024-13-01T00:00:00Z', '2024-05-29T16:00:00Z', 'aws:tag']);
      case 1: return pick([0, -1, 1.5, 2 ** 53 + 2, 1714558351000, 1e308, -0]);
      case 2: return pick([true, false, null]);
      case 3: return int(2) === 0 ? 'plain' : 42;
      case 4: return '😀\u0000';
      case 5: return Array.from({ length: int(4) }, () => randomValue(depth + 1));
      default: {
        const object: Record<string, unknown> = {};
        for (let i = int(6); i > 0; i--) Object.defineProperty(object, pick(MEMBERS), { value: randomValue(depth + 1), enumerable: true, configurable: true, writable: true });
        return object;
      }
    }
  };

  const mutate = (text: string): string => {
    const at = () => int(text.length + 1);
    switch (int(11)) {
      case 0: { const start = at(); return text.slice(0, start) + text.slice(start + 1 + int(20)); }
      case 1: { const start = at(); const slice = text.slice(start, start + int(80)); return text.slice(0, start) + slice + slice + text.slice(start); }
      case 2: { const a = at(); const b = at(); const chars = [...text]; [chars[a], chars[b]] = [chars[b], chars[a]]; return chars.join(''); }
      case 3: return text.slice(0, at());
      case 4: { const start = at(); return text.slice(0, start) + pick(TOKENS) + text.slice(start); }
      case 5: return text.replace(/\n/g, '\r\n');
      case 6: return '\uFEFF' + text;
      case 7: return text.replace(/"[A-Z][A-Za-z]+"(?=:)/, `"${pick(MEMBERS)}"`);
      case 8: return text.replace(/: "[^"]*"/, `: ${JSON.stringify(randomValue(3))}`);
      case 9: return text.replace(/: -?\d+(\.\d+)?/, `: ${pick(['"1"', '1e400', '-0', '9223372036854775808', '1.5', 'null', '[]', '{}'])}`);
      default: { const start = at(); return text.slice(0, start) + String.fromCharCode(int(0x10000)) + text.slice(start); }
    }
  };

  const documents: string[] = [];
  for (let i = 0; i < count; i++) {
    if (int(4) === 0) documents.push(JSON.stringify(randomValue(0), null, int(2) === 0 ? 2 : undefined) ?? '');
    else {
      let text = pick(bases);
      for (let n = 1 + int(4); n > 0; n--) text = mutate(text);
      documents.push(text);
    }
  }
  return documents;
}
