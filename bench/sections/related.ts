import type { CatalogueEntry } from '../../lib/catalogue/entry';
import { TfidfBaseline } from '../../lib/related/baseline';
import { RelatedIndex, type RelatedQuery } from '../../lib/related/index';
import { generateOutsidePapers } from '../synth/generate';
import type { Vocab } from '../synth/vocab';
import { heldBytes, sampleEach, summarise, type Percentiles } from '../harness/stats';

export interface RelatedFigures {
  engine: Percentiles;
  naive: Percentiles;
  naiveBuildMs: number;
  /** Memory the baseline holds beyond the papers (JS heap + typed arrays, after GC). */
  naiveBytes: number;
  /** Share of engine top-5 lists that also hold the baseline's first paper: the two agree on topic. */
  agreement: number;
}

/**
 * "Related" for a paper that is not in the catalogue (the common case on arXiv): the real RelatedIndex
 * against TfidfBaseline, plain tf-idf cosine scored brute force against every paper.
 */
export function benchRelated(
  vocab: Vocab,
  entries: readonly CatalogueEntry[],
  engine: RelatedIndex,
): RelatedFigures {
  const outside = generateOutsidePapers(vocab, 60, new Set(entries.map((e) => e.normTitle)));
  const queries: RelatedQuery[] = outside.map((p) => ({
    title: p.title,
    abstract: p.abstract,
    codeLinks: p.codeLinks,
  }));
  const before = heldBytes();
  const t = performance.now();
  const baseline = TfidfBaseline.build(entries);
  const naiveBuildMs = performance.now() - t;
  const naiveBytes = heldBytes() - before;

  const big = entries.length > 20_000;
  const engineMs = sampleEach(queries, (q) => engine.query(q, { limit: 5 }), big ? 3 : 5, 20);
  // Brute force costs seconds per query at 50k: fewer samples there (the table gives n).
  const few = queries.slice(0, big ? 12 : entries.length > 2_000 ? 20 : 60);
  for (const q of few.slice(0, 2)) baseline.query(q, { limit: 5 }); // warm-up
  const naiveMs: number[] = [];
  let agree = 0;
  for (const q of few) {
    const t0 = performance.now();
    const top = baseline.query(q, { limit: 5 })[0]?.id;
    naiveMs.push(performance.now() - t0);
    if (top && engine.query(q, { limit: 5 }).some((r) => r.id === top)) agree++;
  }
  return {
    engine: summarise(engineMs),
    naive: summarise(naiveMs),
    naiveBuildMs,
    naiveBytes,
    agreement: agree / few.length,
  };
}
