import { importDigests, type DigestFile } from '../../lib/catalogue/import';
import type { CatalogueEntry } from '../../lib/catalogue/entry';
import { parseDigest } from '../../lib/catalogue/parse';
import { fromParsed } from '../../lib/catalogue/merge';
import { RelatedPapersDB } from '../../lib/db';
import { generateCatalogue } from '../synth/generate';
import type { Vocab } from '../synth/vocab';
import { gc, timeAsync } from '../harness/stats';

export interface Catalogue {
  size: number;
  files: DigestFile[];
  db: RelatedPapersDB;
  entries: CatalogueEntry[];
  importMs: number;
  naiveImportMs: number | null;
}

/**
 * Imports a generated catalogue of `size` papers into a fresh Dexie database (fake-indexeddb) through
 * the real importDigests: parse, merge, validate, one bulk write. The naive way is measured on its own
 * database: parse each file and store paper by paper, reading each id first to merge repeats.
 */
export async function importCatalogue(vocab: Vocab, size: number, naive: boolean): Promise<Catalogue> {
  const files = generateCatalogue(vocab, { papers: size, seed: 20_240_101 + size }).map((d) => ({
    name: d.name,
    text: d.text,
  }));
  gc();
  const db = new RelatedPapersDB(`bench-${size}`);
  await db.delete();
  await db.open();
  const { ms: importMs, value: plan } = await timeAsync(() => importDigests(db, files));
  if (plan.added !== size || plan.rejected.length) {
    throw new Error(`import of ${size} papers added ${plan.added}, rejected ${plan.rejected.length}`);
  }
  const entries = await db.papers.orderBy('seq').toArray();
  let naiveImportMs: number | null = null;
  if (naive) {
    gc();
    naiveImportMs = (await timeAsync(() => naiveImport(`bench-naive-${size}`, files))).ms;
  }
  return { size, files, db, entries, importMs, naiveImportMs };
}

async function naiveImport(name: string, files: DigestFile[]): Promise<void> {
  const db = new RelatedPapersDB(name);
  await db.delete();
  await db.open();
  let seq = 0;
  await db.transaction('rw', db.papers, async () => {
    for (const f of files) {
      const parsed = parseDigest(f.text, f.name);
      for (const p of parsed.papers) {
        const ref = { file: f.name, digestDate: parsed.digestDate, line: p.line };
        const prior = await db.papers.get(p.id);
        if (prior) {
          await db.papers.put({ ...prior, digests: [...prior.digests, ref] });
          continue;
        }
        await db.papers.put(fromParsed(p, ref, seq++));
      }
    }
  });
  await db.delete();
}
