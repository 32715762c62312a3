import { repoKey } from '../catalogue/links';
import type { RelatedParams } from './params';
import { isPhrase, termBag } from './text';

/** A weighted term vector, l2-normalised, strongest terms first. */
export interface TermVector {
  terms: string[];
  weights: number[];
  /** term → surface form, for reasons. */
  surface: Map<string, string>;
}

export interface PaperText {
  title: string;
  abstract?: string;
  codeLinks?: string[];
}

/** Raw term frequencies of a paper, code terms included. */
export function rawTerms(
  p: PaperText,
  params: RelatedParams,
  withSurface = true,
): ReturnType<typeof termBag> {
  const bag = termBag(p.title, p.abstract ?? '', params, withSurface);
  if (params.codeTerms) {
    for (const url of p.codeLinks ?? []) {
      const repo = repoKey(url);
      if (!repo) continue;
      // Same repository: same code. Same owner: often the same lab.
      bag.weights.set(`code:${repo}`, params.titleWeight);
      bag.surface.set(`code:${repo}`, `code ${repo}`);
      const owner = repo.split('/')[0]!;
      bag.weights.set(`org:${owner}`, 1);
      bag.surface.set(`org:${owner}`, `code by ${owner}`);
    }
  }
  return bag;
}

export function idf(df: number, n: number, params: RelatedParams): number {
  return Math.pow(Math.log((n + 1) / (df + 1)) + 1, params.idfPower);
}

/** tf-idf with sublinear tf and a phrase boost, pruned to `keep` terms, l2-normalised. */
export function weigh(
  bag: ReturnType<typeof termBag>,
  dfOf: (term: string) => number,
  n: number,
  params: RelatedParams,
  keep: number,
): TermVector {
  const entries: [string, number][] = [];
  for (const [term, tf] of bag.weights) {
    const boost = isPhrase(term) ? params.phraseBoost : 1;
    entries.push([term, (1 + Math.log(tf)) * idf(dfOf(term), n, params) * boost]);
  }
  // Norm over all terms, before pruning: a paper full of uncatalogued topics stays weakly related.
  const norm = Math.sqrt(entries.reduce((s, [, w]) => s + w * w, 0)) || 1;
  entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const kept = entries.slice(0, keep);
  return {
    terms: kept.map(([t]) => t),
    weights: kept.map(([, w]) => w / norm),
    surface: bag.surface,
  };
}
