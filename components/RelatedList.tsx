import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { PaperCard } from './PaperCard';

export interface ListItem {
  paper: CatalogueEntry;
  reason?: string;
}

export interface RelatedListProps {
  items: ListItem[];
  /** Accessible name of the list ("Related", "On this page", …). */
  label: string;
  /** Ordered lists rank (best first); unordered ones just enumerate. */
  ordered?: boolean;
  isSaved: (paper: CatalogueEntry) => boolean;
  onToggleSave: (paper: CatalogueEntry, next: boolean) => Promise<void>;
  newTab?: boolean;
  /** Shown instead of an empty list. */
  empty?: string;
}

/** A list of catalogue papers as PaperCards; used by the page panel and the popup. */
export function RelatedList({
  items,
  label,
  ordered = true,
  isSaved,
  onToggleSave,
  newTab,
  empty,
}: RelatedListProps) {
  if (items.length === 0) return empty ? <p class="rp-empty">{empty}</p> : null;
  const children = items.map((item) => (
    <li key={item.paper.id} class="rp-item">
      <PaperCard
        paper={item.paper}
        reason={item.reason}
        saved={isSaved(item.paper)}
        onToggleSave={(next) => onToggleSave(item.paper, next)}
        newTab={newTab}
      />
    </li>
  ));
  return ordered ? (
    <ol class="rp-list" aria-label={label}>
      {children}
    </ol>
  ) : (
    <ul class="rp-list" aria-label={label}>
      {children}
    </ul>
  );
}
