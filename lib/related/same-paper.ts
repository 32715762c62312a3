import { normaliseTitle } from '../match/normalise';

/**
 * Is a catalogue title the query paper itself under a slightly different title (a v2 rename, a
 * dropped subtitle, a typo)? Compares normalised titles: equal, one a prefix of the other at a
 * colon-style split, or nearly the same word sequence.
 */
export function sameTitle(normA: string, normB: string): boolean {
  if (!normA || !normB) return false;
  if (normA === normB) return true;
  const a = normA.split(' ');
  const b = normB.split(' ');
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // "Mamba FSCIL" vs "Mamba FSCIL dynamic adaptation with …": subtitle added or dropped.
  if (
    short.length >= 4 &&
    short.length * 2 >= long.length &&
    long.slice(0, short.length).join(' ') === short.join(' ')
  )
    return true;
  return long.length >= 4 && editDistance(a, b) <= Math.max(1, Math.floor(long.length / 8));
}

export function normalisedTitle(title: string): string {
  return normaliseTitle(title);
}

/** Word-level Levenshtein distance, banded: cheap for titles. */
function editDistance(a: string[], b: string[]): number {
  if (Math.abs(a.length - b.length) > 3) return Infinity;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      cur.push(Math.min(sub, prev[j]! + 1, cur[j - 1]! + 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}
