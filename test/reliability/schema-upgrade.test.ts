import '../fixtures/db/node-globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDB } from 'dexie-export-import';
import { afterEach, describe, expect, it } from 'vitest';
import { RelatedPapersDB } from '@/lib/db';
import { openSeededDb } from '@/lib/catalogue/seed';
import { CatalogueEntry } from '@/lib/catalogue/entry';
import { ReadingItem } from '@/lib/reading/item';
import { getCatalogueRev, getSettings } from '@/lib/settings';
import { dispatch } from '@/lib/messaging/server';
import { handlers } from '@/entrypoints/background/handlers';
import { setDbForTests } from '@/entrypoints/background/services';
import { EXTRA_DIGEST } from '../fixtures/db/example';

const DIR = join(import.meta.dirname, '../fixtures/db');
const extension = { fromContentScript: false, url: 'chrome-extension://id/popup.html' };

interface Frozen {
  data: {
    databaseVersion: number;
    data: Array<{ tableName: string; rows: Array<Record<string, unknown>> }>;
  };
}

/** Rows as the app wrote them (the export's `$types` annotations removed). */
function rows(frozen: Frozen, table: string): Array<Record<string, unknown>> {
  const t = frozen.data.data.find((x) => x.tableName === table)!;
  return t.rows.map(({ $types: _, ...row }) => row);
}

const fixtures = readdirSync(DIR)
  .filter((f) => /^v\d+\.json$/.test(f))
  .sort((a, b) => Number.parseInt(a.slice(1)) - Number.parseInt(b.slice(1)));

const current = new RelatedPapersDB('schema-version-probe').verno;
let opened: RelatedPapersDB[] = [];
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

it('has a frozen example database for every schema version up to the current one', () => {
  const versions = fixtures.map((f) => Number.parseInt(f.slice(1)));
  expect(versions).toEqual(Array.from({ length: current }, (_, i) => i + 1));
});

describe.each(fixtures)('a database frozen at %s', (file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const frozen = JSON.parse(text) as Frozen;
  let n = 0;

  /** Restores the frozen database under a fresh name, then opens it the way the worker does. */
  async function upgrade(): Promise<RelatedPapersDB> {
    const name = `upgrade-${file}-${process.pid}-${n++}`;
    const old = await importDB(new Blob([text]), { name });
    expect(old.verno).toBe(frozen.data.databaseVersion);
    old.close();
    const db = openSeededDb(name);
    opened.push(db);
    await db.open();
    return db;
  }

  it('opens with the current schema, keeping every reading-list item exactly', async () => {
    const db = await upgrade();
    expect(db.verno).toBe(current);
    const items = await db.reading.toArray();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(ReadingItem.safeParse(item).success, item.id).toBe(true);
    const byId = (a: Record<string, unknown>, b: Record<string, unknown>) =>
      String(a.id).localeCompare(String(b.id));
    expect(items.map((i) => ({ ...i })).sort(byId)).toEqual(rows(frozen, 'reading').sort(byId));
  });

  it('keeps the whole catalogue, including papers only the user imported, and does not re-seed', async () => {
    const db = await upgrade();
    const papers = await db.papers.toArray();
    expect(papers.length).toBe(rows(frozen, 'papers').length);
    for (const p of papers) expect(CatalogueEntry.safeParse(p).success, p.title).toBe(true);
    const titles = new Set(papers.map((p) => p.title));
    expect(EXTRA_DIGEST.text.includes('A Frozen Example Paper About Schema Upgrades')).toBe(true);
    expect(titles.has('A Frozen Example Paper About Schema Upgrades')).toBe(true);
    expect(await db.digests.get(EXTRA_DIGEST.name)).toBeDefined();
    const seqs = papers.map((p) => p.seq);
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('keeps settings and the catalogue revision', async () => {
    const db = await upgrade();
    const stored = rows(frozen, 'settings');
    const user = stored.find((r) => r.key === 'user')?.value as Record<string, unknown> | undefined;
    expect(user).toBeDefined();
    expect(await getSettings(db)).toMatchObject(user!);
    expect(await getCatalogueRev(db)).toBe(stored.find((r) => r.key === 'catalogueRev')?.value);
  });

  it('serves the worker: search finds an imported paper, the reading list lists, saving works', async () => {
    const db = await upgrade();
    setDbForTests(db);
    const hits = await dispatch(
      handlers,
      { type: 'search.query', payload: { q: 'frozen schema upgrades' } },
      extension,
    );
    expect(hits.ok).toBe(true);
    const titles = (hits as { data: { hits: Array<{ paper: { title: string } }> } }).data.hits.map(
      (h) => h.paper.title,
    );
    expect(titles).toContain('A Frozen Example Paper About Schema Upgrades');
    const list = await dispatch(handlers, { type: 'reading.list', payload: {} }, extension);
    expect(list).toMatchObject({
      ok: true,
      data: expect.arrayContaining([expect.objectContaining({ status: 'reading' })]),
    });
    const saved0 = new Set((await db.reading.toArray()).map((r) => r.id));
    const other = (await db.papers.orderBy('seq').toArray()).find((p) => !saved0.has(p.id))!;
    const saved = await dispatch(
      handlers,
      { type: 'reading.save', payload: { paperId: other.id } },
      extension,
    );
    expect(saved.ok).toBe(true);
    expect(await db.reading.count()).toBe(saved0.size + 1);
  });
});
