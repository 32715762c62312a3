import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSeededDb } from '@/lib/catalogue/seed';
import { exportBackup } from '@/lib/backup/export';
import { importDigests } from '@/lib/catalogue/import';
import { savePaper } from '@/lib/reading/store';
import { dispatch } from '@/lib/messaging/server';
import { handlers } from '@/entrypoints/background/handlers';
import { setDbForTests } from '@/entrypoints/background/services';
import type { RelatedPapersDB } from '@/lib/db';
import { dumpDb, failNthWrite, quotaError } from './db-state';

const extension = { fromContentScript: false, url: 'chrome-extension://id/popup.html' };
const page = { fromContentScript: true, tabId: 4, url: 'https://arxiv.org/abs/2301.02828' };
const STORAGE_FULL = /^Storage is full: .*nothing was changed\.$/;

/** How browsers report it: the request's QuotaExceededError, or the transaction's AbortError around it. */
const SHAPES: Array<[string, () => Error]> = [
  ['QuotaExceededError', quotaError],
  ['AbortError wrapping QuotaExceededError', () => new Dexie.AbortError(quotaError() as unknown as string)],
];

let db: RelatedPapersDB;
let n = 0;
let firstIds: string[];
beforeEach(async () => {
  db = openSeededDb(`quota-${process.pid}-${n++}`);
  await db.open();
  setDbForTests(db);
  firstIds = (await db.papers.orderBy('seq').limit(3).toArray()).map((p) => p.id);
  await savePaper(db, { paperId: firstIds[0]! }, 1000);
});
afterEach(async () => {
  await db.delete();
});

describe.each(SHAPES)('storage full (%s)', (_name, error) => {
  it('saving from the page panel says "Storage is full" and the reading list is unchanged', async () => {
    const before = await dumpDb(db);
    failNthWrite(db, 'reading', 0, error);
    const r = await dispatch(handlers, { type: 'reading.save', payload: { paperId: firstIds[1] } }, page);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(STORAGE_FULL) });
    expect(await dumpDb(db)).toEqual(before);
    // Still readable and consistent afterwards.
    const list = await dispatch(handlers, { type: 'reading.list', payload: {} }, extension);
    expect(list).toMatchObject({ ok: true, data: [expect.objectContaining({ id: firstIds[0] })] });
  });

  it('editing a saved item fails cleanly, keeping the old note and status', async () => {
    const before = await dumpDb(db);
    failNthWrite(db, 'reading', 0, error);
    const r = await dispatch(
      handlers,
      { type: 'reading.update', payload: { id: firstIds[0], status: 'read', note: 'lost?' } },
      extension,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(STORAGE_FULL) });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a digest import that runs out of space half-way says so and changes nothing', async () => {
    const before = await dumpDb(db);
    failNthWrite(db, 'papers', 3, error);
    const text = [
      'Jan 9',
      '',
      ...Array.from({ length: 10 }, (_, i) => `Quota Paper ${i} Title\n\nAbstract.\n`),
    ].join('\n');
    const r = await dispatch(
      handlers,
      { type: 'digest.import', payload: { files: [{ name: 'q.txt', text }] } },
      extension,
    );
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(STORAGE_FULL) });
    expect(await dumpDb(db)).toEqual(before);
  });

  it('a backup restore that runs out of space says so and changes nothing', async () => {
    const other = openSeededDb(`quota-src-${process.pid}-${n++}`);
    await importDigests(other, [{ name: 'b.txt', text: 'Jan 9\n\nBackup Only Paper Title\n\nAbstract.\n' }]);
    for (const id of firstIds) await savePaper(other, { paperId: id }, 2000);
    const json = JSON.stringify(await exportBackup(other));
    await other.delete();
    const before = await dumpDb(db);
    failNthWrite(db, 'reading', 1, error);
    const r = await dispatch(handlers, { type: 'backup.import', payload: { json } }, extension);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(STORAGE_FULL) });
    expect(await dumpDb(db)).toEqual(before);
  });
});

it('other failures are not reported as a full disk', async () => {
  failNthWrite(db, 'reading', 0, () => new Error('disk I/O error'));
  const r = await dispatch(handlers, { type: 'reading.save', payload: { paperId: firstIds[1] } }, page);
  expect(r).toEqual({ ok: false, error: 'disk I/O error' });
});
