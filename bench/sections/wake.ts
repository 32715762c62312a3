import type { RelatedPapersDB } from '../../lib/db';
import { RelatedIndex } from '../../lib/related/index';
import { SearchIndex } from '../../lib/search/index';
import { median } from '../harness/stats';

export interface WakeFigures {
  /** Read both snapshots from IndexedDB and restore both indexes (median). */
  wakeMs: number;
  /** Parts of one wake, for the engines' owners. */
  readMs: number;
  searchRestoreMs: number;
  relatedRestoreMs: number;
  searchSnapshot: string;
  relatedSnapshot: string;
}

const SEARCH = 'bench-search';
const RELATED = 'bench-related';

/**
 * A stopped MV3 worker wakes with empty memory. What it pays before answering: restoring the persisted
 * snapshots. (The naive way, reading the papers and rebuilding, is timed by the caller while it builds
 * the indexes the other sections use.)
 */
export async function benchWake(
  db: RelatedPapersDB,
  search: SearchIndex,
  related: RelatedIndex,
  big: boolean,
): Promise<WakeFigures> {
  const searchSnapshot = search.serialize();
  const relatedSnapshot = related.serialize();
  await db.snapshots.bulkPut([
    { name: SEARCH, rev: 1, builtAt: Date.now(), data: searchSnapshot },
    { name: RELATED, rev: 1, builtAt: Date.now(), data: relatedSnapshot },
  ]);
  const parts = {
    read: [] as number[],
    search: [] as number[],
    related: [] as number[],
    total: [] as number[],
  };
  for (let i = 0; i <= (big ? 4 : 8); i++) {
    const t0 = performance.now();
    const [s, r] = await db.snapshots.bulkGet([SEARCH, RELATED]);
    const t1 = performance.now();
    SearchIndex.restore(s!.data);
    const t2 = performance.now();
    RelatedIndex.restore(r!.data);
    const t3 = performance.now();
    if (i === 0) continue; // warm-up
    parts.read.push(t1 - t0);
    parts.search.push(t2 - t1);
    parts.related.push(t3 - t2);
    parts.total.push(t3 - t0);
  }
  await db.snapshots.bulkDelete([SEARCH, RELATED]);
  return {
    wakeMs: median(parts.total),
    readMs: median(parts.read),
    searchRestoreMs: median(parts.search),
    relatedRestoreMs: median(parts.related),
    searchSnapshot,
    relatedSnapshot,
  };
}
