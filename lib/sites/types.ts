import type { PageCandidate } from '../messages';

export type SiteName = 'arxiv' | 'github' | 'huggingface';

/** What a site adapter found on a page. Candidates are ordered most reliable first. */
export interface Detection {
  site: SiteName;
  kind: 'single' | 'multi';
  candidates: PageCandidate[];
}
