import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { extractLinks, repoKey } from '@/lib/catalogue/links';
import { normaliseTitle, paperId } from '@/lib/match/normalise';

let seq = 0;

/** A catalogue entry as the digest parser would store it, for matcher tests on synthetic catalogues. */
export function entry(title: string, abstract = '', extra: Partial<CatalogueEntry> = {}): CatalogueEntry {
  const normTitle = normaliseTitle(title);
  const codeLinks = extractLinks(abstract);
  return {
    id: paperId(normTitle),
    title,
    normTitle,
    abstract,
    authors: null,
    authorCount: null,
    date: null,
    dateRaw: null,
    year: null,
    upvotes: null,
    codeLinks,
    repos: codeLinks.map(repoKey).filter((r): r is string => r !== null),
    arxivId: null,
    digests: [],
    seq: seq++,
    ...extra,
  };
}
