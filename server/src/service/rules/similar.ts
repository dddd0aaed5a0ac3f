/** Levenshtein distance, case-insensitive: "channel" and "Channel" are 0 apart. */
export function editDistance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate the user most likely meant, or undefined when none is close or two are
 * equally close. "Close" allows about one typo per four characters.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const trimmed = word.trim();
  if (trimmed.length > 200) return undefined; // a paste, not a typo; keeps the work bounded
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of candidates) {
    const distance = editDistance(trimmed, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) tie = true;
  }
  const allowed = Math.max(1, Math.floor(Math.max(trimmed.length, 1) / 4));
  return best !== undefined && !tie && bestDistance <= allowed ? best : undefined;
}
