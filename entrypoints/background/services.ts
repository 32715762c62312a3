import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';

/**
 * Everything the handlers share. The MV3 worker can stop at any time: nothing here is state that
 * can't be rebuilt; the database is the source of truth and indexes are caches keyed by catalogue rev.
 */
let db: RelatedPapersDB | null = null;

export function getDb(): RelatedPapersDB {
  db ??= openSeededDb();
  return db;
}

/** Tests point the handlers at their own database. */
export function setDbForTests(next: RelatedPapersDB): void {
  db = next;
}
