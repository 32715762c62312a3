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

let pending: ReturnType<typeof setTimeout> | undefined;

/**
 * Warms up shortly after the last of a burst of imports (large imports arrive as several messages),
 * so the indexes are built once for the final catalogue instead of once per message.
 */
export function scheduleWarmUp(db: RelatedPapersDB, delayMs = 1500): void {
  clearTimeout(pending);
  pending = setTimeout(() => void warmUp(db), delayMs);
}
