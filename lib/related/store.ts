import type { RelatedPapersDB } from '../db';
import { getCatalogueRev } from '../settings';
import { RelatedIndex } from './index';

export const RELATED_SNAPSHOT = 'related';

export type IndexSource = 'memory' | 'snapshot' | 'built';

interface Cached {
  rev: number;
  loading: Promise<{ index: RelatedIndex; source: IndexSource }>;
}

// Memory is only a cache: the MV3 worker may be stopped at any moment, the snapshot survives.
const cache = new WeakMap<RelatedPapersDB, Cached>();

/** The related index of the current catalogue revision: memory, else snapshot, else a fresh build. */
export async function loadRelatedIndex(db: RelatedPapersDB): Promise<RelatedIndex> {
  return (await openRelatedIndex(db)).index;
}

/** As loadRelatedIndex, also telling where the index came from (for tests and diagnostics). */
export async function openRelatedIndex(
  db: RelatedPapersDB,
): Promise<{ index: RelatedIndex; source: IndexSource }> {
  const rev = await getCatalogueRev(db);
  const hit = cache.get(db);
  if (hit && hit.rev === rev) {
    const { index } = await hit.loading;
    return { index, source: 'memory' };
  }
  const loading = restoreOrBuild(db, rev);
  cache.set(db, { rev, loading });
  try {
    return await loading;
  } catch (e) {
    if (cache.get(db)?.loading === loading) cache.delete(db);
    throw e;
  }
}

/**
 * For the worker to call right after a catalogue change (digest.import, backup.import): builds the
 * new catalogue's index and saves its snapshot now, so the first related request restores it instead
 * of waiting for a build. Requests arriving meanwhile share this same build; nothing is built twice
 * (an index already current in memory or in a valid snapshot is kept). Resolves to where the
 * current index came from.
 */
export async function rebuildRelatedIndex(db: RelatedPapersDB): Promise<IndexSource> {
  return (await openRelatedIndex(db)).source;
}

export function forgetRelatedIndex(db: RelatedPapersDB): void {
  cache.delete(db);
}

async function restoreOrBuild(
  db: RelatedPapersDB,
  rev: number,
): Promise<{ index: RelatedIndex; source: IndexSource }> {
  const snap = await db.snapshots.get(RELATED_SNAPSHOT);
  if (snap && snap.rev === rev) {
    try {
      return { index: RelatedIndex.restore(snap.data), source: 'snapshot' };
    } catch (e) {
      // A damaged snapshot is only a cache: rebuild from the papers, which are the truth.
      console.warn(`related index snapshot unusable, rebuilding: ${(e as Error).message}`);
    }
  }
  // Papers and rev read together, so the snapshot never pairs newer papers with an older rev.
  const { papers, current } = await db.transaction('r', db.papers, db.settings, async () => ({
    papers: await db.papers.orderBy('seq').toArray(),
    current: await getCatalogueRev(db),
  }));
  const index = RelatedIndex.build(papers);
  await db.snapshots.put({
    name: RELATED_SNAPSHOT,
    rev: current,
    builtAt: Date.now(),
    data: index.serialize(),
  });
  return { index, source: 'built' };
}
