import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { paperHref } from './links';
import { SaveToggle } from './SaveToggle';

export interface PaperCardProps {
  paper: CatalogueEntry;
  /** One line under the title, e.g. "shares: continual learning, replay buffer". */
  reason?: string;
  saved: boolean;
  onToggleSave: (next: boolean) => Promise<void>;
  /** Extension pages open links in a new tab; the in-page panel navigates in place. */
  newTab?: boolean;
}

function meta(paper: CatalogueEntry): string {
  const parts: string[] = [];
  if (paper.year) parts.push(String(paper.year));
  // Digests say "1 authors"; the catalogue keeps their text, the card reads naturally.
  if (paper.authors) parts.push(paper.authors.replace(/^1 authors$/, '1 author'));
  if (paper.upvotes != null) parts.push(`${paper.upvotes} upvotes`);
  return parts.join(' · ');
}

/** One catalogue paper: its title as a link (text exactly the catalogue title), a reason line, a save toggle. */
export function PaperCard({ paper, reason, saved, onToggleSave, newTab = false }: PaperCardProps) {
  const info = meta(paper);
  return (
    <div class="rp-card">
      <div class="rp-card-main">
        <a
          class="rp-card-title"
          href={paperHref(paper)}
          {...(newTab ? { target: '_blank', rel: 'noopener noreferrer' } : { rel: 'noreferrer' })}
        >
          {paper.title}
        </a>
        {reason ? <p class="rp-reason">{reason}</p> : null}
        {info ? <p class="rp-meta">{info}</p> : null}
      </div>
      <SaveToggle saved={saved} onToggle={onToggleSave} compact />
    </div>
  );
}
