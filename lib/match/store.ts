/**
 * The matcher's fuzzy indexes, persisted in the `snapshots` table per catalogue revision: built once
 * after an import (or the seed), restored on every worker wake. Titles and abstracts are separate
 * snapshots so title-only pages never wait for the larger abstract index. Positions in both refer to
 * the papers in `seq` order at that revision (TitleIndex.ids).
 */
import type { CatalogueEntry } from '../catalogue/entry';
import type { RelatedPapersDB } from '../db';
import { getCatalogueRev } from '../settings';
import { AbstractIndex } from './abstract-index';
import { matchTitle } from './matcher';
import { TitleIndex } from './title-index';

export const TITLE_SNAPSHOT = 'match-titles';
export const ABSTRACT_SNAPSHOT = 'match-abstracts';

export type IndexSource = 'snapshot' | 'built';

export interface Loaded<T> {
  index: T;
  source: IndexSource;
}

export interface MatchIndexes {
  titles: Promise<Loaded<TitleIndex>>;
  /** Started only when asked for: restoring it costs more and only pages with abstracts need it. */
  abstracts: () => Promise<Loaded<AbstractIndex>>;
}

function tryRestore<T>(what: string, restore: () => T): T | null {
  try {
    return restore();
  } catch (e) {
    // A damaged or old-format snapshot is only a cache: rebuild from the papers, which are the truth.
    console.warn(`${what} snapshot unusable, rebuilding: ${(e as Error).message}`);
    return null;
  }
}

/** Writes a snapshot only while the catalogue is still at the revision it was built from. */
async function persist(db: RelatedPapersDB, name: string, rev: number, data: () => string): Promise<void> {
  const text = data();
  await db.transaction('rw', db.snapshots, db.settings, async () => {
    if ((await getCatalogueRev(db)) !== rev) return;
    await db.snapshots.put({ name, rev, builtAt: Date.now(), data: text });
  });
}

export function loadMatchIndexes(db: RelatedPapersDB, rev: number): MatchIndexes {
  // The papers read for a fresh title build, kept for the abstract build that follows it.
  let built: { papers: CatalogueEntry[]; rev: number } | null = null;

  const titles = (async (): Promise<Loaded<TitleIndex>> => {
    const snap = await db.snapshots.get(TITLE_SNAPSHOT);
    if (snap?.rev === rev) {
      const index = tryRestore('title index', () => TitleIndex.restore(snap.data));
      if (index) return { index, source: 'snapshot' };
    }
    // Papers and rev read together, so a snapshot never pairs newer papers with an older rev.
    const read = await db.transaction('r', db.papers, db.settings, async () => ({
      papers: await db.papers.orderBy('seq').toArray(),
      rev: await getCatalogueRev(db),
    }));
    built = read;
    const index = TitleIndex.build(
      read.papers.map((p) => p.id),
      read.papers.map(matchTitle),
    );
    await persist(db, TITLE_SNAPSHOT, read.rev, () => index.serialize());
    return { index, source: 'built' };
  })();

  let abstracts: Promise<Loaded<AbstractIndex>> | null = null;
  const loadAbstracts = async (): Promise<Loaded<AbstractIndex>> => {
    const [snap, { index: t }] = await Promise.all([db.snapshots.get(ABSTRACT_SNAPSHOT), titles]);
    if (snap?.rev === rev) {
      const index = tryRestore('abstract index', () => AbstractIndex.restore(snap.data));
      // Same revision, same papers in the same order: only a size mismatch means a damaged pair.
      if (index && index.size === t.size) return { index, source: 'snapshot' };
    }
    const source = built ?? { papers: await papersAt(db, t.ids), rev };
    const index = await AbstractIndex.buildYielding(source.papers.map((p) => p?.abstract ?? ''));
    await persist(db, ABSTRACT_SNAPSHOT, source.rev, () => index.serialize());
    built = null;
    return { index, source: 'built' };
  };

  return {
    titles,
    abstracts: () => {
      abstracts ??= loadAbstracts();
      abstracts.catch(() => (abstracts = null));
      return abstracts;
    },
  };
}

/** The papers at the title index's positions (a paper deleted since is an empty placeholder). */
async function papersAt(db: RelatedPapersDB, ids: readonly string[]): Promise<{ abstract: string }[]> {
  const papers = await db.papers.bulkGet([...ids]);
  return papers.map((p) => ({ abstract: p?.abstract ?? '' }));
}
