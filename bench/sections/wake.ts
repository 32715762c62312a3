import type { RelatedPapersDB } from '../../lib/db';
import { loadMatchIndexes } from '../../lib/match/store';
import type { RelatedIndex } from '../../lib/related/index';
import { forgetRelatedIndex, openRelatedIndex } from '../../lib/related/store';
import type { SearchIndex } from '../../lib/search/index';
import { dropSearchIndex, getSearchIndex } from '../../lib/search/service';
import { getCatalogueRev } from '../../lib/settings';
import { median } from '../harness/stats';

/** The worker's indexes, each through its owner's real loader (memory, else snapshot, else build + persist). */
export const INDEXES = ['related', 'match titles', 'match abstracts', 'search'] as const;
export type IndexName = (typeof INDEXES)[number];

export interface Loaded {
  search: SearchIndex;
  related: RelatedIndex;
  /** Milliseconds per index: read papers + build + write snapshot (what the worker does after an import). */
  buildMs: Record<IndexName, number>;
}

async function loadOne(
  db: RelatedPapersDB,
  name: IndexName,
  rev: number,
  expect: string,
): Promise<[number, unknown]> {
  const t = performance.now();
  let source: string;
  let index: unknown;
  if (name === 'related') ({ index, source } = await openRelatedIndex(db));
  else if (name === 'search') ({ index, source } = await getSearchIndex(db));
  else {
    const m = loadMatchIndexes(db, rev);
    ({ index, source } = name === 'match titles' ? await m.titles : await m.abstracts());
  }
  const ms = performance.now() - t;
  if (source !== expect) throw new Error(`${name} index came from ${source}, expected ${expect}`);
  return [ms, index];
}

/** First load after an import: every index built from the papers and persisted. */
export async function buildAll(db: RelatedPapersDB): Promise<Loaded> {
  const rev = await getCatalogueRev(db);
  const buildMs = {} as Record<IndexName, number>;
  const out: Partial<Loaded> = {};
  for (const name of INDEXES) {
    const [ms, index] = await loadOne(db, name, rev, 'built');
    buildMs[name] = ms;
    if (name === 'search') out.search = index as SearchIndex;
    if (name === 'related') out.related = index as RelatedIndex;
  }
  return { search: out.search!, related: out.related!, buildMs };
}

export interface WakeFigures {
  /** Median ms per index to restore from its IndexedDB snapshot on a worker with empty memory. */
  restoreMs: Record<IndexName, number>;
  snapshotBytes: Record<string, number>;
  snapshots: Record<string, string>;
}

/** A stopped MV3 worker wakes with empty memory: each index restored from its snapshot. */
export async function benchWake(db: RelatedPapersDB, rounds: number): Promise<WakeFigures> {
  const rev = await getCatalogueRev(db);
  const samples = Object.fromEntries(INDEXES.map((n) => [n, [] as number[]])) as Record<IndexName, number[]>;
  for (let i = 0; i <= rounds; i++) {
    forgetRelatedIndex(db);
    dropSearchIndex(db);
    for (const name of INDEXES) {
      const [ms] = await loadOne(db, name, rev, 'snapshot');
      if (i > 0) samples[name].push(ms); // round 0 warms up
    }
  }
  forgetRelatedIndex(db);
  dropSearchIndex(db);
  const rows = await db.snapshots.toArray();
  return {
    restoreMs: Object.fromEntries(INDEXES.map((n) => [n, median(samples[n])])) as Record<IndexName, number>,
    snapshotBytes: Object.fromEntries(rows.map((r) => [r.name, r.data.length])),
    snapshots: Object.fromEntries(rows.map((r) => [r.name, r.data])),
  };
}
