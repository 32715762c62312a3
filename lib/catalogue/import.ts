import type { RelatedPapersDB } from '../db';
import { parseDigest, type ParseResult } from './parse';
import type { CatalogueEntry } from './entry';
import { planMerge, type MergePlan } from './merge';
import { bumpCatalogueRev } from '../settings';

export interface DigestFile {
  name: string;
  text: string;
}

export interface ImportOptions {
  /** Apply even though some lines were rejected (the user saw them in the preview). Default false. */
  acceptRejected?: boolean;
  /** Test hook: throw while writing entry number N, to prove the transaction rolls back. */
  failAtEntry?: number;
}

export class ImportRefused extends Error {
  constructor(
    message: string,
    readonly plan: MergePlan,
  ) {
    super(message);
    this.name = 'ImportRefused';
  }
}

/** What importing these files would do, without writing anything. */
export async function previewImport(db: RelatedPapersDB, files: DigestFile[]): Promise<MergePlan> {
  const results = parse(files);
  return planMerge(await existingFor(db, results), results, await nextSeq(db));
}

/**
 * Imports digest files all-or-nothing: one read-write transaction over papers, digests and settings.
 * A file with no papers, or rejected lines the caller did not accept, refuses the whole import.
 */
export async function importDigests(
  db: RelatedPapersDB,
  files: DigestFile[],
  options: ImportOptions = {},
): Promise<MergePlan> {
  const results = parse(files);
  return db.transaction('rw', db.papers, db.digests, db.settings, async () => {
    const plan = planMerge(await existingFor(db, results), results, await nextSeq(db));
    const empty = plan.files.find((f) => f.added + f.alreadyPresent === 0);
    if (empty) {
      throw new ImportRefused(`${empty.file}: no Daily Papers entries found; nothing was imported`, plan);
    }
    if (plan.rejected.length && !options.acceptRejected) {
      const first = plan.rejected[0]!;
      throw new ImportRefused(
        `${plan.rejected.length} line(s) could not be read (first: ${first.file} line ${first.line}: ${first.message}); nothing was imported`,
        plan,
      );
    }
    await writePlan(db, plan, options.failAtEntry);
    const now = Date.now();
    await db.digests.bulkPut(
      plan.files.map((f) => ({
        file: f.file,
        digestDate: f.digestDate,
        importedAt: now,
        papers: f.added + f.alreadyPresent,
      })),
    );
    await bumpCatalogueRev(db);
    return plan;
  });
}

async function writePlan(db: RelatedPapersDB, plan: MergePlan, failAtEntry?: number) {
  if (failAtEntry === undefined) {
    await db.papers.bulkPut(plan.entries);
    return;
  }
  for (const [i, entry] of plan.entries.entries()) {
    if (i === failAtEntry) throw new Error(`simulated failure at entry ${i}`);
    await db.papers.put(entry);
  }
}

/** Only the catalogue entries the files mention: an import costs its own size, not the catalogue's. */
async function existingFor(
  db: RelatedPapersDB,
  results: ParseResult[],
): Promise<Map<string, CatalogueEntry>> {
  const ids = [...new Set(results.flatMap((r) => r.papers.map((p) => p.id)))];
  const rows = await db.papers.bulkGet(ids);
  return new Map(rows.filter((p) => p !== undefined).map((p) => [p.id, p]));
}

async function nextSeq(db: RelatedPapersDB): Promise<number> {
  const last = await db.papers.orderBy('seq').last();
  return last ? last.seq + 1 : 0;
}

function parse(files: DigestFile[]) {
  return files.map((f) => parseDigest(f.text, f.name));
}
