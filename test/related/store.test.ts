import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';
import { normaliseTitle, paperId } from '@/lib/match/normalise';
import { savePaper } from '@/lib/reading/store';
import { relatedForPaper } from '@/lib/related/for-paper';
import { importDigests } from '@/lib/catalogue/import';
import { RelatedIndex } from '@/lib/related/index';
import {
  forgetRelatedIndex,
  loadRelatedIndex,
  openRelatedIndex,
  rebuildRelatedIndex,
  RELATED_SNAPSHOT,
} from '@/lib/related/store';
import { bumpCatalogueRev, updateSettings } from '@/lib/settings';

let n = 0;
const dbs: RelatedPapersDB[] = [];
async function freshDb(): Promise<RelatedPapersDB> {
  const db = openSeededDb(`related-store-${n++}`);
  dbs.push(db);
  await db.open();
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const QUERY = {
  title: 'Continual learning without forgetting',
  abstract: 'Class-incremental continual learning, replay.',
};

function entry(title: string, abstract: string, seq: number): CatalogueEntry {
  const normTitle = normaliseTitle(title);
  return {
    id: paperId(normTitle),
    title,
    normTitle,
    abstract,
    authors: null,
    authorCount: null,
    date: null,
    dateRaw: null,
    year: null,
    upvotes: null,
    codeLinks: [],
    repos: [],
    arxivId: null,
    digests: [],
    seq,
  };
}

describe('loadRelatedIndex / openRelatedIndex', () => {
  it('builds once, saves a snapshot with the catalogue rev, then serves from memory', async () => {
    const db = await freshDb();
    const first = await openRelatedIndex(db);
    expect(first.source).toBe('built');
    expect(first.index.size).toBe(await db.papers.count());
    const snap = await db.snapshots.get(RELATED_SNAPSHOT);
    expect(snap?.rev).toBe(1);
    expect((await openRelatedIndex(db)).source).toBe('memory');
  });

  it('restores from the snapshot (not the papers) when the rev matches, after the worker forgot it', async () => {
    const db = await freshDb();
    const built = (await openRelatedIndex(db)).index;
    forgetRelatedIndex(db);
    // Without a rev bump the snapshot is current: a rebuild would now see an empty catalogue.
    await db.papers.clear();
    const again = await openRelatedIndex(db);
    expect(again.source).toBe('snapshot');
    expect(again.index.query(QUERY)).toEqual(built.query(QUERY));
    expect(again.index.query(QUERY).length).toBeGreaterThan(0);
  });

  it('rebuilds when the catalogue rev moved on, and the new paper becomes findable', async () => {
    const db = await freshDb();
    await openRelatedIndex(db);
    const added = entry(
      'Quantum Error Correction with Surface Codes on Superconducting Qubits',
      'Surface codes protect logical qubits; superconducting qubits, syndrome decoding, surface code thresholds.',
      1000,
    );
    await db.papers.add(added);
    await bumpCatalogueRev(db);
    const next = await openRelatedIndex(db);
    expect(next.source).toBe('built');
    expect((await db.snapshots.get(RELATED_SNAPSHOT))?.rev).toBe(2);
    const ids = next.index
      .query({
        title: 'Decoding surface codes for superconducting qubits',
        abstract: 'surface code decoding',
      })
      .map((r) => r.id);
    expect(ids).toContain(added.id);
  });

  it('rebuilds from the papers when the snapshot is damaged', async () => {
    const db = await freshDb();
    await openRelatedIndex(db);
    forgetRelatedIndex(db);
    await db.snapshots.update(RELATED_SNAPSHOT, { data: 'garbage' });
    const again = await openRelatedIndex(db);
    expect(again.source).toBe('built');
    expect(again.index.query(QUERY).length).toBeGreaterThan(0);
  });
});

describe('rebuildRelatedIndex (after an import)', () => {
  const DIGEST = {
    name: 'later-digest.txt',
    text: [
      'Daily Papers',
      'Jan 15, 2026',
      'Surface Code Decoding for Superconducting Qubits with Neural Networks',
      'We decode surface codes on superconducting qubits with a neural decoder; surface code thresholds improve.',
      '  • 4 authors',
      '·',
      'Jan 14, 2026',
    ].join('\n'),
  };

  it('builds and saves the snapshot for the new rev, so the next request restores it', async () => {
    const db = await freshDb();
    await openRelatedIndex(db);
    const before = await db.snapshots.get(RELATED_SNAPSHOT);
    const plan = await importDigests(db, [DIGEST]);
    expect(plan.entries.length).toBeGreaterThan(0);
    expect(await rebuildRelatedIndex(db)).toBe('built');
    const snap = await db.snapshots.get(RELATED_SNAPSHOT);
    expect(snap!.rev).toBe(before!.rev + 1);
    // A woken worker (memory forgotten) restores the saved snapshot, which holds the new paper.
    forgetRelatedIndex(db);
    const next = await openRelatedIndex(db);
    expect(next.source).toBe('snapshot');
    expect(next.index.size).toBe(await db.papers.count());
    const added = plan.entries.find((e) => e.title.startsWith('Surface Code Decoding'))!;
    const ids = next.index
      .query({ title: 'Neural decoders for surface codes', abstract: 'surface code superconducting qubits' })
      .map((r) => r.id);
    expect(ids).toContain(added.id);
  });

  it('shares one build with a request arriving meanwhile, and does nothing when already current', async () => {
    const db = await freshDb();
    await importDigests(db, [DIGEST]);
    const [source, index] = await Promise.all([rebuildRelatedIndex(db), loadRelatedIndex(db)]);
    expect(source).toBe('built');
    expect((await openRelatedIndex(db)).index).toBe(index);
    const builtAt = (await db.snapshots.get(RELATED_SNAPSHOT))!.builtAt;
    expect(await rebuildRelatedIndex(db)).toBe('memory');
    expect((await db.snapshots.get(RELATED_SNAPSHOT))!.builtAt).toBe(builtAt);
  });

  it('replaces a snapshot of an older format instead of failing', async () => {
    const db = await freshDb();
    await rebuildRelatedIndex(db);
    forgetRelatedIndex(db);
    const snap = (await db.snapshots.get(RELATED_SNAPSHOT))!;
    await db.snapshots.put({ ...snap, data: snap.data.replace(/related-index\/\d+/, 'related-index/2') });
    expect(await rebuildRelatedIndex(db)).toBe('built');
    const saved = (await db.snapshots.get(RELATED_SNAPSHOT))!;
    expect(() => RelatedIndex.restore(saved.data)).not.toThrow();
  });
});

describe('relatedForPaper', () => {
  it('answers by paper id with full papers, the user count and the saved flag', async () => {
    const db = await freshDb();
    const paper = (await db.papers.orderBy('seq').toArray()).find((p) => p.seq === 24)!;
    await updateSettings(db, { relatedCount: 4 });
    const first = await relatedForPaper(db, { paperId: paper.id });
    expect(first).toHaveLength(4);
    expect(first.map((r) => r.paper.id)).not.toContain(paper.id);
    expect(first.every((r) => !r.saved && r.reason.startsWith('shares: '))).toBe(true);
    await savePaper(db, { paperId: first[1]!.paper.id });
    const again = await relatedForPaper(db, { paperId: paper.id });
    expect(again.map((r) => r.saved)).toEqual([false, true, false, false]);
    expect(await relatedForPaper(db, { paperId: paper.id, limit: 2 })).toHaveLength(2);
  });

  it('answers for an outside paper by title and abstract, and refuses a request with neither', async () => {
    const db = await freshDb();
    const items = await relatedForPaper(db, {
      title: 'Parameter-efficient fine-tuning with low-rank adapters',
      abstract: 'Low-rank adaptation of large language models for fine-tuning.',
    });
    expect(items.length).toBeGreaterThan(0);
    await expect(relatedForPaper(db, {})).rejects.toThrow(/paperId or a title/);
    await expect(relatedForPaper(db, { paperId: 'pnope' })).rejects.toThrow(/no catalogue paper/);
  });
});
