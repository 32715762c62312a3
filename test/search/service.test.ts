import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importDigests } from '@/lib/catalogue/import';
import type { RelatedPapersDB } from '@/lib/db';
import { dropSearchIndex, getSearchIndex, rebuildSearchIndex, SNAPSHOT_NAME } from '@/lib/search/service';
import { getCatalogueRev } from '@/lib/settings';
import { send } from '@/lib/messaging/client';
import { savePaper } from '@/lib/reading/store';
import { startWorker } from '../popup/worker';

let db: RelatedPapersDB;
beforeEach(() => {
  db = startWorker('search-service');
});
afterEach(async () => {
  await db.delete();
});

const NEW_DIGEST = `Daily Papers

Mar 3, 2025

Quokka Transformers for Marsupial Vision

We study quokkas. Code at https://github.com/example/quokka.

  • 2 authors
·
Feb 1, 2025
`;

describe('search index persistence', () => {
  it('builds once, persists a snapshot keyed by catalogue rev, and restores it on wake', async () => {
    const first = await getSearchIndex(db);
    expect(first.source).toBe('built');
    const snap = await db.snapshots.get(SNAPSHOT_NAME);
    expect(snap?.rev).toBe(await getCatalogueRev(db));
    expect((await getSearchIndex(db)).source).toBe('memory');

    dropSearchIndex(db); // the worker stopped
    const woken = await getSearchIndex(db);
    expect(woken.source).toBe('snapshot');
    expect(woken.index.search('Supermask').hits[0]?.id).toBe(first.index.search('Supermask').hits[0]?.id);
  });

  it('rebuilds after an import bumps the catalogue rev, and finds the new paper', async () => {
    await getSearchIndex(db);
    await importDigests(db, [{ name: 'new.txt', text: NEW_DIGEST }]);
    dropSearchIndex(db);
    const after = await getSearchIndex(db);
    expect(after.source).toBe('built');
    expect(after.index.search('quokka').total).toBe(1);
    expect((await db.snapshots.get(SNAPSHOT_NAME))?.rev).toBe(await getCatalogueRev(db));
  });

  it('rebuildSearchIndex right after an import persists the new snapshot and serves later searches', async () => {
    await getSearchIndex(db);
    await importDigests(db, [{ name: 'new.txt', text: NEW_DIGEST }]);
    const rebuilt = await rebuildSearchIndex(db);
    expect(rebuilt.source).toBe('built');
    expect((await db.snapshots.get(SNAPSHOT_NAME))?.rev).toBe(await getCatalogueRev(db));
    const next = await getSearchIndex(db);
    expect(next.source).toBe('memory');
    expect(next.index.search('quokka').total).toBe(1);
    dropSearchIndex(db);
    const woken = await getSearchIndex(db);
    expect(woken.source).toBe('snapshot');
    expect(woken.index.search('quokka marsupial')).toEqual(rebuilt.index.search('quokka marsupial'));
  });

  it('rebuilds instead of failing on a snapshot of the old MiniSearch format', async () => {
    await db.open();
    await db.snapshots.put({
      name: SNAPSHOT_NAME,
      rev: await getCatalogueRev(db),
      builtAt: 0,
      data: JSON.stringify({ v: 1, years: [2024], index: {} }),
    });
    expect((await getSearchIndex(db)).source).toBe('built');
  });

  it('rebuilds instead of failing on a damaged snapshot', async () => {
    await db.open();
    await db.snapshots.put({
      name: SNAPSHOT_NAME,
      rev: await getCatalogueRev(db),
      builtAt: 0,
      data: '{"v":1',
    });
    const loaded = await getSearchIndex(db);
    expect(loaded.source).toBe('built');
    expect(loaded.index.size).toBeGreaterThan(100);
  });
});

describe('search.query through the worker dispatch', () => {
  it('returns full papers, matched terms, saved flags, years and honours savedOnly', async () => {
    const res = await send('search.query', { q: 'continual learning' });
    expect(res.total).toBeGreaterThan(3);
    expect(res.hits[0]?.paper.title).toMatch(/continual/i);
    expect(res.hits.every((h) => !h.saved)).toBe(true);
    expect(res.years).toContain(2024);

    const chosen = res.hits[2]!.paper;
    await savePaper(db, { paperId: chosen.id });
    const saved = await send('search.query', { q: 'continual learning', savedOnly: true });
    expect(saved.hits.map((h) => h.paper.id)).toEqual([chosen.id]);
    expect(saved.hits[0]?.saved).toBe(true);
  });

  it('filters by year', async () => {
    const res = await send('search.query', { q: 'learning', year: 2022, limit: 200 });
    expect(res.hits.length).toBeGreaterThan(0);
    expect(res.hits.every((h) => h.paper.year === 2022)).toBe(true);
  });
});
