/**
 * Fuzzy title matching in two steps, so the papers it needs can come from memory or from IndexedDB:
 * `fuzzyPlan` picks candidate positions from the indexes alone (titles), then `fuzzyDecide` judges
 * them with their papers (abstracts) and keeps the most confident accepted one.
 */
import type { CatalogueEntry } from '../catalogue/entry';
import type { Match } from '../messages';
import type { AbstractIndex } from './abstract-index';
import { abstractSimilarity, compareTitles, sameTitleAlone, type TitleComparison } from './similarity';
import { THRESHOLDS as T } from './thresholds';
import type { TitleIndex } from './title-index';

const pct = (x: number) => `${Math.round(x * 100)}%`;

export interface Planned {
  i: number;
  title: TitleComparison;
}

/**
 * Candidates in judging order: title-index hits close enough to judge, then abstract-index hits
 * (including papers whose titles share some words but too few: a retitled paper keeps its abstract).
 */
export function fuzzyPlan(
  titles: TitleIndex,
  norm: string,
  pageShingles: Set<number> | null,
  abstracts: AbstractIndex | null,
): Planned[] {
  const out: Planned[] = [];
  const seen = new Set<number>();
  for (const i of titles.candidates(norm)) {
    const title = compareTitles(norm, titles.normTitles[i]!);
    if (title.score < T.titleWithAbstract) continue;
    seen.add(i);
    out.push({ i, title });
  }
  if (pageShingles && abstracts) {
    for (const i of abstracts.candidates(pageShingles, 2, 20)) {
      if (!seen.has(i)) out.push({ i, title: compareTitles(norm, titles.normTitles[i]!) });
    }
  }
  return out;
}

/** The most confident accepted candidate; earlier ones win ties. Missing papers are skipped. */
export function fuzzyDecide(
  plan: readonly Planned[],
  pageShingles: Set<number> | null,
  paperAt: (i: number) => CatalogueEntry | undefined,
  shinglesAt: (i: number) => Set<number>,
): Match | null {
  let best: Match | null = null;
  for (const { i, title } of plan) {
    const paper = paperAt(i);
    if (!paper) continue;
    const abs = pageShingles ? abstractSimilarity(pageShingles, shinglesAt(i)) : null;
    const m = judge(paper, title, abs);
    if (m && (!best || m.confidence > best.confidence)) best = m;
  }
  return best;
}

/** Accepts or rejects one candidate paper given its title and abstract similarity. */
export function judge(paper: CatalogueEntry, cmp: TitleComparison, abs: number | null): Match | null {
  const title = cmp.score;
  if (abs !== null && abs < T.abstractContradicts) return null;
  if (abs !== null && abs >= T.abstractAlone && title < T.titleWithAbstract) {
    return {
      paper,
      confidence: Math.min(0.9, 0.5 + abs / 2),
      kind: 'fuzzy',
      why: `title differs, but the abstract agrees (${pct(abs)} of its phrases)`,
    };
  }
  const agrees = abs !== null && abs >= T.abstractConfirm;
  if (sameTitleAlone(cmp) || (agrees && title >= T.titleAlone)) {
    return {
      paper,
      confidence: Math.min(0.99, agrees ? title * 0.7 + (abs ?? 0) * 0.3 + 0.05 : title * 0.97),
      kind: 'fuzzy',
      why: `title nearly the same (${pct(title)} similar)${agrees ? `; abstract agrees (${pct(abs ?? 0)})` : ''}`,
    };
  }
  if (title >= T.titleWithAbstract && agrees) {
    return {
      paper,
      confidence: Math.min(0.95, title * 0.6 + (abs ?? 0) * 0.4),
      kind: 'fuzzy',
      why: `title ${pct(title)} similar; abstract agrees (${pct(abs ?? 0)} of its phrases)`,
    };
  }
  return null;
}
