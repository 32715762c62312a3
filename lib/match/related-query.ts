import type { PageResult, Req } from '../messages';

/**
 * The related.forPaper request for a page's paper: the catalogue paper by id, else the page's own
 * title and abstract. Null when there is nothing to relate it by (a PDF tab knows only "arXiv:ID").
 * Type-only imports: the content script uses this too and must stay small.
 */
export function relatedQuery(primary: PageResult): Req<'related.forPaper'> | null {
  if (primary.match) return { paperId: primary.match.paper.id };
  const c = primary.candidate;
  if (!c.abstract && /^arXiv:/i.test(c.title)) return null;
  return c.abstract ? { title: c.title, abstract: c.abstract } : { title: c.title };
}
