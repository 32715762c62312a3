import type { RelatedPapersDB } from '@/lib/db';
import { loadRelatedIndex } from '@/lib/related/store';
import { getSearchIndex } from '@/lib/search/service';
import { getMatcher } from './handlers/page';

/**
 * Restores the indexes as soon as the worker wakes, so the first page panel or search after a
 * restart doesn't pay for it. Each loader caches per catalogue revision; failures are left for the
 * handler that needs the index to report.
 */
export async function warmUp(db: RelatedPapersDB): Promise<void> {
  await Promise.allSettled([getMatcher(db), loadRelatedIndex(db), getSearchIndex(db)]);
}
