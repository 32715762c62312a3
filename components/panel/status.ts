import type { Match } from '@/lib/messages';

const KIND_LABEL: Record<Match['kind'], string> = {
  exact: 'exact title match',
  fuzzy: 'close title match',
  repo: 'repository match',
  'arxiv-id': 'arXiv id match',
};

/**
 * The status line of the page's paper: starts with "In catalogue" or "Not in catalogue" (tools read
 * that prefix), then how sure the match is and, when it is not an exact title match, why.
 */
export function matchStatus(match: Match | null): string {
  if (!match) return 'Not in catalogue';
  const pct = Math.round(Math.min(1, Math.max(0, match.confidence)) * 100);
  const why = match.kind !== 'exact' && match.why.trim() ? ` — ${match.why.trim()}` : '';
  return `In catalogue · ${KIND_LABEL[match.kind]}, ${pct}% confidence${why}`;
}
