import type { RelatedPapersDB } from '@/lib/db';

/** Every row of every table, in key order: two equal dumps mean the database did not change. */
export async function dumpDb(db: RelatedPapersDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** The error a browser raises when an IndexedDB write does not fit (Chrome's wording). */
export function quotaError(): DOMException {
  return new DOMException('The current transaction exceeded its quota limitations.', 'QuotaExceededError');
}

/**
 * Makes the Nth write (0-based) of new rows to `table` fail with `error`, as a full disk would, through
 * a Dexie hook, so the code under test runs unchanged. Returns a function that removes the hook.
 */
export function failNthWrite(
  db: RelatedPapersDB,
  table: 'papers' | 'reading' | 'digests' | 'settings',
  n: number,
  error: () => Error = quotaError,
  kinds: Array<'creating' | 'updating'> = ['creating', 'updating'],
): () => void {
  let count = 0;
  const hook = () => {
    if (count++ === n) throw error();
  };
  const t = db.table(table);
  if (kinds.includes('creating')) t.hook('creating', hook);
  if (kinds.includes('updating')) t.hook('updating', hook);
  return () => {
    t.hook('creating').unsubscribe(hook);
    t.hook('updating').unsubscribe(hook);
  };
}
