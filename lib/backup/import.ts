import type { CatalogueEntry } from '../catalogue/entry';
import { isHttpUrl } from '../catalogue/links';
import type { RelatedPapersDB } from '../db';
import { paperId } from '../match/normalise';
import { formatZodError } from '../messages';
import { bumpCatalogueRev, getSettings, updateSettings } from '../settings';
import { Backup, BACKUP_FORMAT, BACKUP_VERSION, stableJson } from './format';

export class BackupRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRejected';
  }
}

export interface BackupImportResult {
  added: number;
  updated: number;
  unchanged: number;
}

export interface BackupImportOptions {
  /** Test hook: fail after every write, just before commit, to prove the import is one transaction. */
  failBeforeCommit?: boolean;
}

/** Reads and checks a backup file; throws BackupRejected with the reason, before anything is written. */
export function parseBackup(json: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    throw new BackupRejected(`The file is not valid JSON (${e instanceof Error ? e.message : String(e)}).`);
  }
  if (!raw || typeof raw !== 'object' || (raw as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupRejected(
      'This is not a Related Papers backup (no "format": "related-papers-backup" field).',
    );
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupRejected(
      `This backup was made by a newer version of Related Papers (format version ${version}).`,
    );
  }
  const parsed = Backup.safeParse(raw);
  if (!parsed.success) throw new BackupRejected(`The backup is damaged: ${formatZodError(parsed.error)}.`);
  const backup = parsed.data;
  checkConsistency(backup);
  return backup;
}

function checkConsistency(b: Backup): void {
  const dup = (ids: string[]) => ids.find((id, i) => ids.indexOf(id) !== i);
  const dupItem = dup(b.reading.map((r) => r.id));
  if (dupItem) throw new BackupRejected(`The backup is damaged: reading-list item ${dupItem} appears twice.`);
  const dupPaper = dup(b.papers.map((p) => p.id));
  if (dupPaper) throw new BackupRejected(`The backup is damaged: paper ${dupPaper} appears twice.`);
  for (const p of b.papers) {
    if (paperId(p.normTitle) !== p.id) {
      throw new BackupRejected(
        `The backup is damaged: paper "${p.title.slice(0, 80)}" has an id that does not match its title.`,
      );
    }
  }
  b.reading.forEach((r, i) => {
    if (r.url !== null && !isHttpUrl(r.url)) {
      throw new BackupRejected(`The backup is damaged: reading.${i}.url is not an http(s) link.`);
    }
  });
}

/**
 * Merges a backup into the database in one transaction: nothing changes unless everything applies.
 * Reading-list items are added or, when the backup's copy is newer, updated; papers are added or
 * merged (digest references united); settings are replaced by the backup's.
 */
export async function importBackup(
  db: RelatedPapersDB,
  json: string,
  options: BackupImportOptions = {},
): Promise<BackupImportResult> {
  const backup = parseBackup(json);
  const count: BackupImportResult = { added: 0, updated: 0, unchanged: 0 };
  const tally = (k: keyof BackupImportResult) => count[k]++;
  return db.transaction('rw', [db.reading, db.papers, db.digests, db.settings], async () => {
    const catalogueChanged = await mergePapers(db, backup.papers, tally);
    for (const item of backup.reading) {
      if (item.paperId && !(await db.papers.get(item.paperId))) {
        throw new BackupRejected(
          `The backup is damaged: "${item.title.slice(0, 80)}" refers to a paper that is in neither the catalogue nor the backup.`,
        );
      }
      const existing = await db.reading.get(item.id);
      if (!existing) {
        await db.reading.add(item);
        tally('added');
      } else if (stableJson(existing) === stableJson(item) || existing.updatedAt > item.updatedAt) {
        tally('unchanged'); // ours is the same or was edited after the backup was made
      } else {
        await db.reading.put(item);
        tally('updated');
      }
    }
    for (const d of backup.digests) {
      const existing = await db.digests.get(d.file);
      if (existing && stableJson(existing) === stableJson(d)) tally('unchanged');
      else {
        await db.digests.put(d);
        tally(existing ? 'updated' : 'added');
      }
    }
    if (stableJson(await getSettings(db)) === stableJson(backup.settings)) tally('unchanged');
    else {
      await updateSettings(db, backup.settings);
      tally('updated');
    }
    if (catalogueChanged) await bumpCatalogueRev(db);
    if (options.failBeforeCommit) throw new Error('simulated failure before commit');
    return count;
  });
}

async function mergePapers(
  db: RelatedPapersDB,
  papers: CatalogueEntry[],
  tally: (k: keyof BackupImportResult) => void,
): Promise<boolean> {
  let changed = false;
  const last = await db.papers.orderBy('seq').last();
  let nextSeq = last ? last.seq + 1 : 0;
  // New papers keep their relative order of first appearance.
  for (const p of [...papers].sort((a, b) => a.seq - b.seq)) {
    const existing = await db.papers.get(p.id);
    if (!existing) {
      await db.papers.add({ ...p, seq: nextSeq++ });
      tally('added');
      changed = true;
      continue;
    }
    const merged = mergeEntry(existing, p);
    if (stableJson(merged) === stableJson(existing)) tally('unchanged');
    else {
      await db.papers.put(merged);
      tally('updated');
      changed = true;
    }
  }
  return changed;
}

/** The same paper known from two places: digest references united, an arXiv id kept once learned. */
function mergeEntry(ours: CatalogueEntry, theirs: CatalogueEntry): CatalogueEntry {
  const refs = new Map(ours.digests.map((d) => [`${d.file}\n${d.line}`, d]));
  for (const d of theirs.digests) refs.set(`${d.file}\n${d.line}`, refs.get(`${d.file}\n${d.line}`) ?? d);
  return {
    ...ours,
    arxivId: ours.arxivId ?? theirs.arxivId,
    repos: [...new Set([...ours.repos, ...theirs.repos])],
    codeLinks: [...new Set([...ours.codeLinks, ...theirs.codeLinks])],
    digests: [...refs.values()],
  };
}
