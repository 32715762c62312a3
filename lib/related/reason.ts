import { isPhrase } from './text';

export interface SharedTerm {
  term: string;
  /** Share of the similarity score this term brings. */
  contribution: number;
}

const MAX_TERMS = 3;

/**
 * "shares: continual learning, replay buffer": the terms that weigh most in the match. A phrase
 * stands in for its own words, so the reason never reads "continual learning, continual".
 */
export function buildReason(
  shared: SharedTerm[],
  surface: ReadonlyMap<string, string>,
): { reason: string; terms: string[] } {
  const chosen: string[] = [];
  for (const { term } of [...shared].sort((a, b) => b.contribution - a.contribution)) {
    if (chosen.length >= MAX_TERMS) break;
    if (isPhrase(term)) {
      const words = term.split(' ');
      for (let i = chosen.length - 1; i >= 0; i--) if (words.includes(chosen[i]!)) chosen.splice(i, 1);
      if (chosen.some((c) => isPhrase(c) && overlaps(c, term))) continue;
      chosen.push(term);
    } else if (!chosen.some((c) => isPhrase(c) && c.split(' ').includes(term))) {
      chosen.push(term);
    }
  }
  const terms = chosen.map((t) => surface.get(t) ?? t);
  return { reason: terms.length ? `shares: ${terms.join(', ')}` : '', terms };
}

/** "low rank" and "rank adapt" overlap: listing both repeats a word. */
function overlaps(a: string, b: string): boolean {
  const wa = a.split(' ');
  return b.split(' ').some((w) => wa.includes(w));
}
