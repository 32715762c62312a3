import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import type { CatalogueEntry } from '../lib/catalogue/entry';
import { normaliseTitle } from '../lib/match/normalise';
import type { RelatedOptions, RelatedQuery, RelatedResult } from '../lib/related/index';
import { mean, ndcgAt, precisionAt, recallAt } from '../lib/related/metrics';

/** Anything with the RelatedIndex query shape: the engine or the baseline. */
export interface Ranker {
  query(q: RelatedQuery, opts?: RelatedOptions): RelatedResult[];
}

export interface DevQuery {
  qid: string;
  kind: 'catalogue' | 'outside';
  catalogueId?: number;
  title: string;
  abstract: string;
  relevant: Record<string, number>;
}

export interface QueryScore {
  qid: string;
  ndcg5: number | null;
  p5: number | null;
  r10: number | null;
  returned: number;
}

export interface Summary {
  queries: number;
  ndcg5: number;
  p5: number;
  r10: number;
}

/** The graded judgments, copied from shared/eval into the repo so tests and benches run anywhere. */
export const DEV_PATH = fileURLToPath(new URL('../test/fixtures/eval/related-dev.json', import.meta.url));

export function loadDev(path = DEV_PATH): DevQuery[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { queries: DevQuery[] }).queries;
}

/** Judgments are keyed by title; map them to catalogue ids through the normalised title. */
export function judgmentsFor(q: DevQuery, catalogue: readonly CatalogueEntry[]): Map<string, number> {
  const byNorm = new Map(catalogue.map((p) => [p.normTitle, p.id]));
  const out = new Map<string, number>();
  for (const [title, grade] of Object.entries(q.relevant)) {
    const id = byNorm.get(normaliseTitle(title));
    if (!id) throw new Error(`dev judgment "${title}" (query ${q.qid}) is not in the catalogue`);
    out.set(id, grade);
  }
  return out;
}

export function queryOf(q: DevQuery, catalogue: readonly CatalogueEntry[]): RelatedQuery {
  if (q.kind === 'catalogue') {
    const p = catalogue.find((x) => x.seq === q.catalogueId);
    if (!p) throw new Error(`dev query ${q.qid}: no catalogue paper with seq ${q.catalogueId}`);
    return {
      title: p.title,
      abstract: p.abstract,
      authors: p.authors,
      codeLinks: p.codeLinks,
      excludeIds: [p.id],
    };
  }
  return { title: q.title, abstract: q.abstract };
}

export function scoreQueries(
  ranker: Ranker,
  queries: readonly DevQuery[],
  catalogue: readonly CatalogueEntry[],
  opts: RelatedOptions = {},
): QueryScore[] {
  return queries.map((q) => {
    const judged = judgmentsFor(q, catalogue);
    const results = ranker.query(queryOf(q, catalogue), { limit: 10, ...opts });
    const ranked = results.map((r) => r.id);
    const hasGrade2 = [...judged.values()].some((g) => g >= 2);
    return {
      qid: q.qid,
      ndcg5: ndcgAt(ranked, judged, 5),
      p5: hasGrade2 ? precisionAt(ranked, judged, 5, 2) : null,
      r10: recallAt(ranked, judged, 10),
      returned: Math.min(5, results.length),
    };
  });
}

export function summarise(scores: readonly QueryScore[]): Summary {
  return {
    queries: scores.filter((s) => s.ndcg5 !== null).length,
    ndcg5: mean(scores.map((s) => s.ndcg5)),
    p5: mean(scores.map((s) => s.p5)),
    r10: mean(scores.map((s) => s.r10)),
  };
}
