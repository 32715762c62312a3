import type { Handlers } from '@/lib/messaging/server';
import { importDigests, previewImport } from '@/lib/catalogue/import';
import type { MergePlan } from '@/lib/catalogue/merge';
import type { ImportReport } from '@/lib/messages';
import { getCatalogueRev } from '@/lib/settings';
import { getDb } from '../services';
import { duringImport } from '../warmup';

function report(plan: MergePlan): ImportReport {
  return {
    files: plan.files,
    added: plan.added,
    alreadyPresent: plan.alreadyPresent,
    rejected: plan.rejected,
  };
}

export const catalogueHandlers: Partial<Handlers> = {
  'catalogue.stats': async () => {
    const db = getDb();
    const [papers, reading, digests, rev] = await Promise.all([
      db.papers.count(),
      db.reading.count(),
      db.digests.toArray(),
      getCatalogueRev(db),
    ]);
    return {
      papers,
      reading,
      rev,
      digests: digests.map((d) => ({ file: d.file, digestDate: d.digestDate, papers: d.papers })),
    };
  },
  'catalogue.get': async ({ ids }) => {
    const rows = await getDb().papers.bulkGet(ids);
    return rows.filter((p) => p !== undefined);
  },
  'digest.preview': async ({ files }) => report(await previewImport(getDb(), files)),
  'digest.import': async ({ files, acceptRejected }) => {
    const db = getDb();
    // The indexes for the new catalogue are built and persisted right after, not on the next search.
    const plan = await duringImport(db, () => importDigests(db, files, { acceptRejected }));
    return report(plan);
  },
  'storage.info': async () => {
    const storage = globalThis.navigator?.storage;
    const estimate = storage?.estimate ? await storage.estimate() : undefined;
    const persisted = storage?.persisted ? await storage.persisted() : null;
    return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
  },
};
