import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSeededDb } from '@/lib/catalogue/seed';
import { importDigests } from '@/lib/catalogue/import';
import { exportBackup } from '@/lib/backup/export';
import { importBackup } from '@/lib/backup/import';
import { savePaper, updateSaved } from '@/lib/reading/store';
import { updateSettings } from '@/lib/settings';
import { dispatch } from '@/lib/messaging/server';
import { handlers } from '@/entrypoints/background/handlers';
import { setDbForTests } from '@/entrypoints/background/services';
import type { RelatedPapersDB } from '@/lib/db';
import { dumpDb, failNthWrite } from './db-state';

const extension = { fromContentScript: false, url: 'chrome-extension://id/popup.html' };

/** A digest of `n` new papers (none in the seed). */
function digest(n: number, tag = 'Atomic'): { name: string; text: string } {
  const entries = Array.from(
    { length: n },
    (_, i) =>
      `${tag} Import Paper Number ${i} On Transactions\n\nAbstract ${i}.\n\n  • 2 authors\n·\nJan ${(i % 27) + 1}, 2024\n`,
  );
  return {
    name: `${tag.toLowerCase()}-${n}.txt`,
    text: ['Daily Papers', '', 'Jan 30', '', ...entries].join('\n'),
  };
}

let db: RelatedPapersDB;
let n = 0;
beforeEach(async () => {
  db = openSeededDb(`atomic-${process.pid}-${n++}`);
  await db.open();
  setDbForTests(db);
  // A user's state worth losing: saved items with notes, changed settings.
  const papers = await db.papers.orderBy('seq').limit(2).toArray();
  const a = await savePaper(db, { paperId: papers[0]!.id }, 1000);
  await updateSaved(db, a.id, { status: 'reading', note: 'keep me', tags: ['x'] }, 1001);
  await savePaper(db, { paperId: papers[1]!.id }, 1002);
  await updateSettings(db, { relatedCount: 9 });
});
afterEach(async () => {
  await db.delete();
});

describe('digest import that fails half-way', () => {
  it.each([0, 1, 24, 49])(
    'leaves the database exactly as before when entry %i fails (test hook)',
    async (at) => {
      const before = await dumpDb(db);
      await expect(importDigests(db, [digest(50)], { failAtEntry: at })).rejects.toThrow(`entry ${at}`);
      expect(await dumpDb(db)).toEqual(before);
    },
  );

  it('leaves the database exactly as before when the storage layer fails on the 30th new paper', async () => {
    const before = await dumpDb(db);
    failNthWrite(db, 'papers', 29, () => new Error('disk I/O error'));
    await expect(importDigests(db, [digest(50)])).rejects.toThrow(/I\/O/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('rolls back the papers too when the last write (the digest record) fails', async () => {
    const before = await dumpDb(db);
    failNthWrite(db, 'digests', 0, () => new Error('disk I/O error'));
    await expect(importDigests(db, [digest(10)])).rejects.toThrow(/I\/O/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('through the message API: the popup gets the error, nothing changes, and a retry then succeeds', async () => {
    const before = await dumpDb(db);
    const off = failNthWrite(db, 'papers', 5, () => new Error('disk I/O error'));
    const files = [digest(3, 'First'), digest(20, 'Second')];
    const r = await dispatch(handlers, { type: 'digest.import', payload: { files } }, extension);
    expect(r).toEqual({ ok: false, error: 'disk I/O error' });
    expect(await dumpDb(db)).toEqual(before);
    off();
    const again = await dispatch(handlers, { type: 'digest.import', payload: { files } }, extension);
    expect(again).toMatchObject({ ok: true, data: { added: 23 } });
    expect(await db.papers.count()).toBe(before.papers!.length + 23);
  });
});

describe('backup import that fails half-way', () => {
  /** A backup from another profile: new papers, five saved items, other settings. */
  async function foreignBackup(): Promise<string> {
    const other = openSeededDb(`atomic-src-${process.pid}-${n++}`);
    try {
      await importDigests(other, [digest(8, 'Backup')]);
      const papers = await other.papers.orderBy('seq').reverse().limit(5).toArray();
      for (const [i, p] of papers.entries()) await savePaper(other, { paperId: p.id }, 5000 + i);
      await updateSettings(other, { relatedCount: 3, recencyBoost: 0.5 });
      return JSON.stringify(await exportBackup(other));
    } finally {
      await other.delete();
    }
  }

  it('leaves the database exactly as before when it fails just before commit (test hook)', async () => {
    const json = await foreignBackup();
    const before = await dumpDb(db);
    await expect(importBackup(db, json, { failBeforeCommit: true })).rejects.toThrow(/simulated/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it.each([0, 2, 4])(
    'leaves the database exactly as before when saving reading item %i fails',
    async (at) => {
      const json = await foreignBackup();
      const before = await dumpDb(db);
      failNthWrite(db, 'reading', at, () => new Error('disk I/O error'));
      await expect(importBackup(db, json)).rejects.toThrow(/I\/O/);
      expect(await dumpDb(db)).toEqual(before);
    },
  );

  it('leaves the database exactly as before when a late item turns out to be damaged', async () => {
    const backup = JSON.parse(await foreignBackup());
    // The last item points at a paper that is nowhere: found only after the papers were written.
    backup.reading.push({
      ...backup.reading[0],
      id: 'pzzzzzzzzzzzz',
      paperId: 'pzzzzzzzzzzzz',
      savedAt: 9999,
    });
    const before = await dumpDb(db);
    const r = await dispatch(
      handlers,
      { type: 'backup.import', payload: { json: JSON.stringify(backup) } },
      extension,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/damaged/) });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('the same backup applies in full once nothing fails', async () => {
    const json = await foreignBackup();
    const r = await dispatch(handlers, { type: 'backup.import', payload: { json } }, extension);
    expect(r).toMatchObject({ ok: true });
    expect(await db.reading.count()).toBe(2 + 5);
  });
});
