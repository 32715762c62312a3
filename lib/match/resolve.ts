/**
 * Turns what a page shows (site adapter candidates) into a PageState: matched against the
 * catalogue, saved flags from the reading list, arXiv ids learned for matched papers.
 */
import type { RelatedPapersDB } from '../db';
import type { Match, PageCandidate, PageResult, PageState, RelatedItem, Req } from '../messages';
import { outsideId } from '../reading/store';
import { normaliseArxivId, type PageMatcher } from './matcher';
import { relatedQuery } from './related-query';

/** Confidence a match needs before its page's arXiv id is written onto the catalogue entry. */
export const LEARN_ARXIV_ID_CONFIDENCE = 0.9;

export interface ResolveRequest {
  url: string;
  kind: 'single' | 'multi';
  candidates: PageCandidate[];
  /** Leave related papers out (relatedPending says whether there are any to ask for). */
  deferRelated?: boolean;
}

export type RelatedFor = (query: Req<'related.forPaper'>) => Promise<RelatedItem[]>;

function isGithubUrl(url: string): boolean {
  try {
    return /^(www\.)?github\.com$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

export async function resolvePage(
  db: RelatedPapersDB,
  matcher: PageMatcher,
  req: ResolveRequest,
  relatedFor?: RelatedFor,
): Promise<PageState> {
  const matched: { candidate: PageCandidate; match: Match | null }[] = [];
  for (const candidate of req.candidates) matched.push({ candidate, match: await matcher.match(candidate) });
  await learnArxivIds(db, matcher, matched);

  if (req.kind === 'multi') {
    const seen = new Set<string>();
    const found: PageResult[] = [];
    for (const r of matched) {
      if (!r.match || seen.has(r.match.paper.id)) continue;
      seen.add(r.match.paper.id);
      found.push({ ...r, saved: false });
    }
    await markSaved(db, found);
    return { url: req.url, kind: 'multi', primary: null, found, related: [] };
  }

  // Single page: the most confident match; candidates come most reliable first, so ties keep order.
  let best: { candidate: PageCandidate; match: Match | null } | undefined;
  for (const r of matched)
    if (r.match && (!best?.match || r.match.confidence > best.match.confidence)) best = r;
  // A GitHub repo that matches nothing is just code, not a paper page: no panel at all.
  if (!best && !isGithubUrl(req.url)) best = matched[0];
  if (!best) return { url: req.url, kind: 'single', primary: null, found: [], related: [] };

  const primary: PageResult = { ...best, saved: false };
  await markSaved(db, [primary]);
  const query = relatedQuery(primary);
  const state: PageState = { url: req.url, kind: 'single', primary, found: [], related: [] };
  if (!query) return state;
  if (req.deferRelated) return { ...state, relatedPending: true };
  return relatedFor ? { ...state, related: await relatedFor(query) } : state;
}

/** Marks results whose paper (or, outside the catalogue, whose arXiv id/URL) is in the reading list. */
export async function markSaved(db: RelatedPapersDB, results: PageResult[]): Promise<void> {
  for (const r of results) {
    if (r.match) {
      r.saved = (await db.reading.get(r.match.paper.id)) !== undefined;
      continue;
    }
    const c = r.candidate;
    const byArxiv = c.arxivId ? await db.reading.where('arxivId').equals(c.arxivId).count() : 0;
    r.saved = byArxiv > 0 || (await db.reading.get(outsideId(c))) !== undefined;
  }
}

/**
 * Digests carry no arXiv ids; pages do. A confident title/repo match on a page with an id teaches
 * the catalogue that id (never overwriting one, never giving one id to two papers).
 */
async function learnArxivIds(
  db: RelatedPapersDB,
  matcher: PageMatcher,
  results: { candidate: PageCandidate; match: Match | null }[],
): Promise<void> {
  for (const { candidate, match } of results) {
    if (!match || match.kind === 'arxiv-id' || !candidate.arxivId) continue;
    if (match.confidence < LEARN_ARXIV_ID_CONFIDENCE || match.paper.arxivId) continue;
    const id = normaliseArxivId(candidate.arxivId);
    const paperId = match.paper.id;
    const learned = await db.transaction('rw', db.papers, async () => {
      if ((await db.papers.where('arxivId').equals(id).count()) > 0) return false;
      const current = await db.papers.get(paperId);
      if (!current || current.arxivId) return false;
      await db.papers.update(paperId, { arxivId: id });
      return true;
    });
    if (!learned) continue;
    matcher.learnArxivId(paperId, id);
    match.paper = { ...match.paper, arxivId: id };
  }
}
