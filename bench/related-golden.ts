import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import type { CatalogueEntry } from '../lib/catalogue/entry';
import { RelatedIndex } from '../lib/related/index';
import { forEachPosting } from '../lib/related/postings';
import { decodeSnapshot } from '../lib/related/snapshot';
import { loadSeedCatalogue } from './related-data';
import { loadDev, queryOf } from './related-eval';

/**
 * Rankings of the seed catalogue that a change meant to be behaviour-neutral (speed, snapshot
 * format) must keep: top-10 ids and scores of every dev query, plain and boosted, and a digest of
 * what the index holds (terms, df, norms, postings), independent of its snapshot format.
 * `npx tsx bench/related-golden.ts` (then prettier) rewrites test/related/fixtures/rankings-golden.json; only do
 * that for a change that is meant to alter rankings.
 */
export const GOLDEN_PATH = 'test/related/fixtures/rankings-golden.json';

export interface Golden {
  dev: Record<string, [string, number][]>;
  boosted: Record<string, [string, number][]>;
  indexDigest: string;
}

/** Fixed clock for the recency boost. */
export const GOLDEN_NOW = Date.UTC(2026, 0, 1);

export function goldenOf(catalogue: readonly CatalogueEntry[], index: RelatedIndex): Golden {
  const dev: Golden['dev'] = {};
  const boosted: Golden['boosted'] = {};
  for (const q of loadDev()) {
    const query = queryOf(q, catalogue);
    dev[q.qid] = index.query(query, { limit: 10 }).map((r) => [r.id, r.score]);
    boosted[q.qid] = index
      .query(query, { limit: 10, recencyBoost: 0.5, upvoteBoost: 0.5, now: GOLDEN_NOW })
      .map((r) => [r.id, r.score]);
  }
  return { dev, boosted, indexDigest: indexDigest(index) };
}

/** sha256 over every term with its df and postings (doc, tf), and every paper's id and norm. */
export function indexDigest(index: RelatedIndex): string {
  const d = decodeSnapshot(index.serialize());
  const h = createHash('sha256');
  d.ids.forEach((id, doc) =>
    h.update(`${id} ${d.normTitles[doc]} ${d.norms[doc]} ${d.times[doc]} ${d.upvotes[doc]}\n`),
  );
  d.terms.forEach((term, t) => {
    const postings: number[] = [];
    forEachPosting(d.postings.list(t), (doc, tf) => postings.push(doc, tf));
    h.update(`${term} ${d.df[t]} ${postings.join(',')}\n`);
  });
  return h.digest('hex');
}

if (process.argv[1]?.endsWith('related-golden.ts')) {
  const catalogue = loadSeedCatalogue();
  writeFileSync(
    GOLDEN_PATH,
    JSON.stringify(goldenOf(catalogue, RelatedIndex.build(catalogue)), null, 1) + '\n',
  );
  console.log(`written ${GOLDEN_PATH}`);
}
