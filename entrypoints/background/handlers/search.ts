import type { Handlers } from '@/lib/messaging/server';
import { savedIds } from '@/lib/reading/store';
import { getSearchIndex } from '@/lib/search/service';
import { getDb } from '../services';

export const searchHandlers: Partial<Handlers> = {
  'search.query': async ({ q, year, savedOnly, limit }) => {
    const db = getDb();
    const [{ index }, saved] = await Promise.all([getSearchIndex(db), savedIds(db)]);
    const { hits, total } = index.search(
      q,
      { year, accept: savedOnly ? (id) => saved.has(id) : undefined },
      limit ?? 30,
    );
    const papers = await db.papers.bulkGet(hits.map((h) => h.id));
    return {
      total,
      years: index.years,
      hits: hits.flatMap((h, i) => {
        const paper = papers[i];
        return paper ? [{ paper, score: h.score, terms: h.terms, saved: saved.has(h.id) }] : [];
      }),
    };
  },
};
