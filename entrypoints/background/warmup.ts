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
let importsRunning = 0;

/**
 * Warms up shortly after the last of a burst of imports (large imports arrive as several messages),
 * so the indexes are built once for the final catalogue instead of once per message, and never
 * while an import is still writing.
 */
export function scheduleWarmUp(db: RelatedPapersDB, delayMs = 1500): void {
  clearTimeout(pending);
  pending = setTimeout(() => {
    if (importsRunning > 0) scheduleWarmUp(db, delayMs);
    else void warmUp(db);
  }, delayMs);
}

/** Runs an import with index warm-up held back until it (and any import right after it) is done. */
export async function duringImport<T>(db: RelatedPapersDB, work: () => Promise<T>): Promise<T> {
  importsRunning++;
  clearTimeout(pending);
  try {
    return await work();
  } finally {
    importsRunning--;
    scheduleWarmUp(db);
  }
}
