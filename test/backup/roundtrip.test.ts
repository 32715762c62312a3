import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSeededDb } from '@/lib/catalogue/seed';
import { importDigests } from '@/lib/catalogue/import';
import type { RelatedPapersDB } from '@/lib/db';
import { exportBackup } from '@/lib/backup/export';
import { importBackup, BackupRejected } from '@/lib/backup/import';
import { savePaper, updateSaved } from '@/lib/reading/store';
import { getCatalogueRev, updateSettings } from '@/lib/settings';

const DIGEST = `Daily Papers

Mar 3, 2025

Quokka Transformers for Marsupial Vision

We study quokkas. Code at https://github.com/example/quokka.

  • 2 authors
·
Feb 1, 2025

Learning to Actively Learn: A Robust Approach

This work proposes a procedure for designing algorithms for specific adaptive data collection tasks.

  • 3 authors
·
Oct 29, 2020
`;

const dbs: RelatedPapersDB[] = [];
let k = 0;
function freshDb(): RelatedPapersDB {
  const db = openSeededDb(`backup-${k++}`);
  dbs.push(db);
  return db;
}
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((d) => d.delete()));
});

/** Every table a backup touches, in a comparable form. */
async function dump(db: RelatedPapersDB) {
  return {
    reading: await db.reading.orderBy('id').toArray(),
    papers: await db.papers.orderBy('id').toArray(),
    digests: await db.digests.orderBy('file').toArray(),
    settings: await db.settings.orderBy('key').toArray(),
  };
}

/** A profile with everything a user does: imported digest, saved papers in and outside the catalogue, edits, settings. */
async function usedDb(): Promise<RelatedPapersDB> {
  const db = freshDb();
  await importDigests(db, [{ name: 'extra.txt', text: DIGEST }]);
  const quokka = (await db.papers
    .where('normTitle')
    .equals('quokka transformers for marsupial vision')
    .first())!;
  const seed = (await db.papers.orderBy('seq').offset(5).first())!;
  await savePaper(db, { paperId: quokka.id }, 1000);
  await savePaper(db, { paperId: seed.id }, 2000);
  await savePaper(
    db,
    { title: 'Attention Is All You Need', url: 'https://arxiv.org/abs/1706.03762', arxivId: '1706.03762' },
    3000,
  );
  await updateSaved(
    db,
    seed.id,
    { status: 'read', note: 'great, "really"\nsecond line', tags: ['kan', 'nets'] },
    4000,
  );
  await updateSettings(db, {
    relatedCount: 9,
    recencyBoost: 0.5,
    panelSites: { arxiv: true, github: false, huggingface: true },
  });
  return db;
}

describe('backup round trip', () => {
  let a: RelatedPapersDB;
  beforeEach(async () => {
    a = await usedDb();
  });

  it('writes the versioned format with only what goes beyond the seeds', async () => {
    const b = await exportBackup(a, Date.UTC(2025, 0, 1));
    expect(b).toMatchObject({
      format: 'related-papers-backup',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
    });
    expect(b.reading).toHaveLength(3);
    expect(b.digests.map((d) => d.file)).toEqual(['extra.txt']);
    // The new paper, plus the seed paper that gained a digest reference from extra.txt.
    expect(b.papers.map((p) => p.title).sort()).toEqual([
      'Learning to Actively Learn: A Robust Approach',
      'Quokka Transformers for Marsupial Vision',
    ]);
    expect(b.settings.relatedCount).toBe(9);
  });

  it('restores a fresh profile exactly', async () => {
    const json = JSON.stringify(await exportBackup(a));
    const b = freshDb();
    const result = await importBackup(b, json);
    expect(result.added).toBe(3 + 1 + 1); // reading items, new paper, digest
    // Seed digests record when each profile was first seeded; everything else must be identical.
    const comparable = async (db: RelatedPapersDB) => {
      const d = await dump(db);
      return {
        ...d,
        settings: null,
        digests: d.digests.map((r) => (r.file === 'extra.txt' ? r : { ...r, importedAt: 0 })),
      };
    };
    expect(await comparable(b)).toEqual(await comparable(a));
    const { settings: sa } = await dump(a);
    const { settings: sb } = await dump(b);
    expect(sb.find((r) => r.key === 'user')).toEqual(sa.find((r) => r.key === 'user'));
    // Exporting the restored profile gives the same backup.
    const again = await exportBackup(b, 0);
    expect({ ...again, exportedAt: '' }).toEqual({ ...(await exportBackup(a, 0)), exportedAt: '' });
  });

  it('merges without duplicates: importing twice changes nothing the second time', async () => {
    const json = JSON.stringify(await exportBackup(a));
    const before = await dump(a);
    const result = await importBackup(a, json);
    expect(result.added).toBe(0);
    expect(result.updated).toBe(0);
    expect(await dump(a)).toEqual(before);
  });

  it('keeps local edits made after the backup, and takes newer edits from the backup', async () => {
    const json = JSON.stringify(await exportBackup(a));
    const b = freshDb();
    await importBackup(b, json);
    const [first, second] = await b.reading.orderBy('savedAt').toArray();
    await updateSaved(b, first!.id, { status: 'reading' }, Date.now() + 10_000); // newer than the backup
    await updateSaved(a, second!.id, { note: 'edited later in A' }, Date.now() + 20_000);
    const r = await importBackup(b, JSON.stringify(await exportBackup(a)));
    expect(r.updated).toBeGreaterThanOrEqual(1);
    expect((await b.reading.get(first!.id))?.status).toBe('reading');
    expect((await b.reading.get(second!.id))?.note).toBe('edited later in A');
  });

  it('bumps the catalogue rev when papers were added, so search indexes rebuild', async () => {
    const b = freshDb();
    const rev = await getCatalogueRev(b);
    await importBackup(b, JSON.stringify(await exportBackup(a)));
    expect(await getCatalogueRev(b)).toBeGreaterThan(rev);
  });
});

describe('bad backups are rejected with a reason and change nothing', () => {
  const cases: [string, (good: string) => string, RegExp][] = [
    ['truncated file', (g) => g.slice(0, g.length / 2), /not valid JSON/],
    ['empty file', () => '', /not valid JSON/],
    ['foreign JSON', () => JSON.stringify({ items: [{ title: 'x' }] }), /not a Related Papers backup/],
    ['a JSON array', () => '[1,2,3]', /not a Related Papers backup/],
    ['newer version', (g) => JSON.stringify({ ...JSON.parse(g), version: 2 }), /newer version/],
    [
      'invalid status',
      (g) => {
        const o = JSON.parse(g);
        o.reading[1].status = 'done';
        return JSON.stringify(o);
      },
      /damaged: reading\.1\.status/,
    ],
    [
      'paper id not matching its title',
      (g) => {
        const o = JSON.parse(g);
        o.papers[0].title = o.papers[0].normTitle = 'something else';
        return JSON.stringify(o);
      },
      /id that does not match its title/,
    ],
    [
      'javascript: link',
      (g) => {
        const o = JSON.parse(g);
        o.reading[0].url = 'javascript:alert(1)';
        return JSON.stringify(o);
      },
      /reading\.0\.url is not an http\(s\) link/,
    ],
    [
      'item pointing at an unknown paper',
      (g) => {
        const o = JSON.parse(g);
        o.papers = o.papers.filter((p: { title: string }) => !p.title.startsWith('Quokka'));
        return JSON.stringify(o);
      },
      /refers to a paper that is in neither/,
    ],
  ];

  for (const [name, corrupt, reason] of cases) {
    it(name, async () => {
      const source = await usedDb();
      const good = JSON.stringify(await exportBackup(source));
      const target = freshDb();
      await savePaper(target, { title: 'Mine', url: 'https://example.org/mine' });
      const before = await dump(target);
      const error = await importBackup(target, corrupt(good)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupRejected);
      expect((error as Error).message).toMatch(reason);
      expect(await dump(target)).toEqual(before);
    });
  }

  it('a failure during the writes rolls everything back', async () => {
    const good = JSON.stringify(await exportBackup(await usedDb()));
    const target = freshDb();
    const before = await dump(target);
    await expect(importBackup(target, good, { failBeforeCommit: true })).rejects.toThrow(/simulated/);
    expect(await dump(target)).toEqual(before);
  });
});
