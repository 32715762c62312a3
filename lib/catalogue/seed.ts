import type { Transaction } from 'dexie';
import { RelatedPapersDB } from '../db';
import { parseDigest } from './parse';
import { planMerge, type MergePlan } from './merge';

/** The digests shipped in seeds/, bundled as text so the first run needs no network. */
const SEED_TEXTS = import.meta.glob<string>('/seeds/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export function seedFiles(): { name: string; text: string }[] {
  return Object.entries(SEED_TEXTS)
    .map(([path, text]) => ({ name: path.split('/').pop()!, text }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function planSeed(): MergePlan {
  return planMerge(
    new Map(),
    seedFiles().map((f) => parseDigest(f.text, f.name)),
    0,
  );
}

/**
 * Seeds the catalogue inside Dexie's `populate` transaction: it runs once, when the database is
 * first created, before any other query can see the database, so the popup can never race it.
 */
export function populateFromSeeds(tx: Transaction): void {
  const plan = planSeed();
  const now = Date.now();
  void tx.table('papers').bulkAdd(plan.entries);
  void tx.table('digests').bulkAdd(
    plan.files.map((f) => ({
      file: f.file,
      digestDate: f.digestDate,
      importedAt: now,
      papers: f.added + f.alreadyPresent,
    })),
  );
  void tx.table('settings').put({ key: 'catalogueRev', value: 1 });
}

/** The database the extension uses: seeded on first open. */
export function openSeededDb(name?: string): RelatedPapersDB {
  const db = new RelatedPapersDB(name);
  db.on('populate', populateFromSeeds);
  return db;
}
