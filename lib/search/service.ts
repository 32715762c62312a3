import type { RelatedPapersDB } from '../db';
import { getCatalogueRev } from '../settings';
import { SearchIndex } from './index';

export const SNAPSHOT_NAME = 'search';

export interface LoadedIndex {
  index: SearchIndex;
  rev: number;
  /** How it was obtained this time; tests and diagnostics read it. */
  source: 'memory' | 'snapshot' | 'built';
}

/** In-memory index per database, so tests with their own database never share one. */
const cache = new WeakMap<RelatedPapersDB, Promise<LoadedIndex>>();

/**
 * The search index for the current catalogue revision: from memory, else restored from the
 * snapshot of the same revision (a waking worker), else built from the papers and persisted.
 */
export async function getSearchIndex(db: RelatedPapersDB): Promise<LoadedIndex> {
  const rev = await getCatalogueRev(db);
  const pending = cache.get(db);
  if (pending) {
    const loaded = await pending.catch(() => null);
    if (loaded && loaded.rev === rev) return { ...loaded, source: 'memory' };
  }
  // Concurrent first queries share one build.
  const next = load(db, rev);
  cache.set(db, next);
  next.catch(() => cache.delete(db));
  return next;
}

/** Forgets the in-memory index (as when the worker stops). */
export function dropSearchIndex(db: RelatedPapersDB): void {
  cache.delete(db);
}

/**
 * Builds the index for the current catalogue and persists its snapshot, for the worker to call right
 * after an import so that neither the first search nor the next wake pays for building.
 */
export async function rebuildSearchIndex(db: RelatedPapersDB): Promise<LoadedIndex> {
  const rev = await getCatalogueRev(db);
  const next = build(db, rev);
  cache.set(db, next);
  next.catch(() => cache.delete(db));
  return next;
}

async function load(db: RelatedPapersDB, rev: number): Promise<LoadedIndex> {
  const snap = await db.snapshots.get(SNAPSHOT_NAME);
  if (snap && snap.rev === rev) {
    try {
      return { index: SearchIndex.restore(snap.data), rev, source: 'snapshot' };
    } catch {
      // A snapshot from another version or a damaged one: rebuild below.
    }
  }
  return build(db, rev);
}

async function build(db: RelatedPapersDB, rev: number): Promise<LoadedIndex> {
  const papers = await db.papers.orderBy('seq').toArray();
  const index = SearchIndex.build(papers);
  // The catalogue may have changed while building; only persist a snapshot that is still current.
  await db.transaction('rw', db.snapshots, db.settings, async () => {
    if ((await getCatalogueRev(db)) !== rev) return;
    await db.snapshots.put({ name: SNAPSHOT_NAME, rev, builtAt: Date.now(), data: index.serialize() });
  });
  return { index, rev, source: 'built' };
}
