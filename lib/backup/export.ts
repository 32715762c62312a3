import { planSeed } from '../catalogue/seed';
import type { RelatedPapersDB } from '../db';
import { getSettings } from '../settings';
import { BACKUP_FORMAT, BACKUP_VERSION, stableJson, type Backup } from './format';

/** Everything a user would lose with the browser profile, read in one consistent transaction. */
export async function exportBackup(db: RelatedPapersDB, now = Date.now()): Promise<Backup> {
  const seed = planSeed();
  const seedById = new Map(seed.entries.map((p) => [p.id, stableJson(p)]));
  const seedFiles = new Set(seed.files.map((f) => f.file));
  return db.transaction('r', db.reading, db.papers, db.digests, db.settings, async () => {
    const [reading, papers, digests, settings] = await Promise.all([
      db.reading.orderBy('savedAt').toArray(),
      db.papers.orderBy('seq').toArray(),
      db.digests.toArray(),
      getSettings(db),
    ]);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: new Date(now).toISOString(),
      reading,
      settings,
      // Seed papers are shipped with the extension; only new or changed ones need saving.
      papers: papers.filter((p) => seedById.get(p.id) !== stableJson(p)),
      digests: digests.filter((d) => !seedFiles.has(d.file)),
    };
  });
}
