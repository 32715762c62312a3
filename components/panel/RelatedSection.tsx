import type { CatalogueEntry } from '@/lib/catalogue/entry';
import type { RelatedItem } from '@/lib/messages';
import { RelatedList } from '../RelatedList';

/** Related papers come in a second reply after the panel is up: loading until then, failed if it never does. */
export type RelatedStatus = 'ready' | 'loading' | 'failed';

const NOTE: Record<RelatedStatus, string> = {
  ready: '',
  loading: 'Finding related papers…',
  failed: 'Could not look up related papers.',
};

export interface RelatedSectionProps {
  status: RelatedStatus;
  items: RelatedItem[];
  isSaved: (paper: CatalogueEntry) => boolean;
  onToggleSave: (paper: CatalogueEntry, next: boolean) => Promise<void>;
}

export function RelatedSection({ status, items, isSaved, onToggleSave }: RelatedSectionProps) {
  return (
    <section class="rp-section">
      <h3 class="rp-section-title">Related</h3>
      {/* One polite live region for the whole wait, so the change of text is announced, not the list. */}
      <p class="rp-note" aria-live="polite">
        {NOTE[status]}
      </p>
      {status === 'loading' ? (
        <ol class="rp-list" aria-label="Related" aria-busy="true" />
      ) : status === 'ready' ? (
        <RelatedList
          items={items}
          label="Related"
          isSaved={isSaved}
          onToggleSave={onToggleSave}
          empty="No related papers in your catalogue."
        />
      ) : null}
    </section>
  );
}
