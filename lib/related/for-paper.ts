import type { RelatedPapersDB } from '../db';
import type { Req, Res } from '../messages';
import { getSettings } from '../settings';
import type { RelatedQuery } from './index';
import { loadRelatedIndex } from './store';

const MAX_LIMIT = 50;

/**
 * The 'related.forPaper' answer: a catalogue paper (by id) or an outside paper (title + abstract)
 * → related catalogue papers, with the user's count and boosts, and whether each is saved.
 */
export async function relatedForPaper(
  db: RelatedPapersDB,
  req: Req<'related.forPaper'>,
  now = Date.now(),
): Promise<Res<'related.forPaper'>> {
  let query: RelatedQuery;
  const paper = req.paperId ? await db.papers.get(req.paperId) : undefined;
  if (paper) {
    query = {
      title: paper.title,
      abstract: paper.abstract,
      authors: paper.authors,
      codeLinks: paper.codeLinks,
      excludeIds: [paper.id],
    };
  } else if (req.title?.trim()) {
    query = { title: req.title, abstract: req.abstract ?? '', excludeIds: req.paperId ? [req.paperId] : [] };
  } else if (req.paperId) {
    throw new Error(
      `related.forPaper: no catalogue paper with id "${req.paperId}" and no title to fall back on`,
    );
  } else {
    throw new Error('related.forPaper needs a paperId or a title');
  }

  const settings = await getSettings(db);
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(req.limit ?? settings.relatedCount)));
  const index = await loadRelatedIndex(db);
  const results = index.query(query, {
    limit,
    recencyBoost: settings.recencyBoost,
    upvoteBoost: settings.upvoteBoost,
    now,
  });
  if (!results.length) return [];

  const ids = results.map((r) => r.id);
  const [papers, saved] = await Promise.all([
    db.papers.bulkGet(ids),
    db.reading.where('paperId').anyOf(ids).toArray(),
  ]);
  const savedSet = new Set(saved.map((s) => s.paperId));
  return results.flatMap((r, i) => {
    const p = papers[i];
    // A paper deleted since the index was built is skipped, not reported half-empty.
    return p
      ? [{ paper: p, score: r.score, reason: r.reason, terms: r.terms, saved: savedSet.has(p.id) }]
      : [];
  });
}
