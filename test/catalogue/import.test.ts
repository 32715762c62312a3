import { afterEach, describe, expect, it } from 'vitest';
import { openSeededDb } from '@/lib/catalogue/seed';
import { importDigests, ImportRefused, previewImport } from '@/lib/catalogue/import';
import { getCatalogueRev } from '@/lib/settings';
import type { RelatedPapersDB } from '@/lib/db';

let n = 0;
const dbs: RelatedPapersDB[] = [];
function freshDb() {
  const db = openSeededDb(`import-test-${n++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const HEADER =
  'new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n\nbyAK and the research community\n\nMar 2\n\n';
const entry = (title: string, abstract = `${title} abstract text.`, date = 'Jan 5, 2024') =>
  `${title}\n\n${abstract}\n\n  • 2 authors\n·\n${date}\n\n`;

async function snapshot(db: RelatedPapersDB) {
  return {
    papers: await db.papers.orderBy('id').toArray(),
    digests: await db.digests.toArray(),
    rev: await getCatalogueRev(db),
  };
}

describe('seeding', () => {
  it('seeds the 157 seed papers in the populate transaction, each with every digest it appeared in', async () => {
    const db = freshDb();
    expect(await db.papers.count()).toBe(157);
    expect(await db.digests.count()).toBe(5);
    expect(await getCatalogueRev(db)).toBe(1);
    const multi = await db.papers.filter((p) => p.digests.length > 1).toArray();
    expect(multi.length).toBeGreaterThan(0);
    const enabling = multi.find((p) => p.title.startsWith('Enabling Flexible Multi-LLM'))!;
    // Its trailer-less appearance in 003 does not erase the date read from 000.
    expect(enabling.digests.map((d) => d.file)).toEqual([
      '000_d26a860d3e8436d1.txt',
      '003_4c769694f555e2f1.txt',
    ]);
    expect(enabling.dateRaw).toBe('May 28, 2025');
    const seqs = (await db.papers.toArray()).map((p) => p.seq).sort((a, b) => a - b);
    expect(seqs).toEqual([...Array(157).keys()]);
  });

  it('finds papers by repo through the multi-entry index', async () => {
    const db = freshDb();
    const hits = await db.papers.where('repos').equals('juyongjiang/kasa').toArray();
    expect(hits.map((p) => p.title)).toEqual([
      'KaSA: Knowledge-Aware Singular-Value Adaptation of Large Language Models',
    ]);
  });

  it('does not reseed or clear data when reopened', async () => {
    const db = freshDb();
    await db.reading.add({
      id: 'x',
      paperId: null,
      title: 'Mine',
      url: null,
      arxivId: null,
      status: 'read',
      note: '',
      tags: [],
      savedAt: 1,
      updatedAt: 1,
    });
    db.close();
    await db.open();
    expect(await db.reading.count()).toBe(1);
    expect(await db.papers.count()).toBe(157);
  });
});

describe('importDigests', () => {
  it('adds new papers, counts ones already present, and bumps the catalogue rev', async () => {
    const db = freshDb();
    const text = HEADER + entry('A Brand New Paper') + entry('Why do Nearest Neighbor Language Models Work?');
    const plan = await importDigests(db, [{ name: 'extra.txt', text }]);
    expect(plan).toMatchObject({ added: 1, alreadyPresent: 1, rejected: [] });
    expect(await db.papers.count()).toBe(158);
    expect(await getCatalogueRev(db)).toBe(2);
    const knn = await db.papers.filter((p) => p.title.startsWith('Why do Nearest')).first();
    expect(knn!.digests.map((d) => d.file)).toContain('extra.txt');
    const added = await db.papers.filter((p) => p.title === 'A Brand New Paper').first();
    expect(added!.seq).toBe(157);
  });

  it('is idempotent: importing the same file twice adds nothing the second time', async () => {
    const db = freshDb();
    const file = { name: 'extra.txt', text: HEADER + entry('Another Paper') };
    await importDigests(db, [file]);
    const before = await db.papers.orderBy('id').toArray();
    const again = await importDigests(db, [file]);
    expect(again).toMatchObject({ added: 0, alreadyPresent: 1 });
    expect(await db.papers.orderBy('id').toArray()).toEqual(before);
  });

  it('refuses a file with rejected lines unless accepted, and changes nothing', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const text = HEADER + entry('Good Paper') + '·\n\n' + entry('Second Good Paper');
    const err = await importDigests(db, [{ name: 'bad.txt', text }]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportRefused);
    expect((err as Error).message).toMatch(/bad\.txt line 21/);
    expect(await snapshot(db)).toEqual(before);
    const plan = await importDigests(db, [{ name: 'bad.txt', text }], { acceptRejected: true });
    expect(plan.added).toBe(2);
    expect(plan.rejected).toHaveLength(1);
  });

  it('refuses a file that is not a digest at all, and changes nothing', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const good = { name: 'good.txt', text: HEADER + entry('Fine Paper') };
    await expect(
      importDigests(db, [good, { name: 'photo.jpg', text: '\u0000\u0001' }], { acceptRejected: true }),
    ).rejects.toThrow(/photo\.jpg: no Daily Papers entries/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('rolls back everything when storing fails at entry N', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const text = HEADER + [1, 2, 3, 4, 5].map((i) => entry(`Rollback Paper ${i}`)).join('');
    await expect(importDigests(db, [{ name: 'r.txt', text }], { failAtEntry: 3 })).rejects.toThrow(/entry 3/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('previews without writing', async () => {
    const db = freshDb();
    const before = await snapshot(db);
    const plan = await previewImport(db, [{ name: 'p.txt', text: HEADER + entry('Preview Only') }]);
    expect(plan.added).toBe(1);
    expect(await snapshot(db)).toEqual(before);
  });
});
