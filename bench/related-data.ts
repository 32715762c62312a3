import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CatalogueEntry } from '../lib/catalogue/entry';
import { planMerge } from '../lib/catalogue/merge';
import { parseDigest } from '../lib/catalogue/parse';

/** The seed catalogue outside Vite (planSeed() needs import.meta.glob): same files, same order. */
export function loadSeedCatalogue(root = process.cwd()): CatalogueEntry[] {
  const dir = join(root, 'seeds');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort((a, b) => a.localeCompare(b));
  const plan = planMerge(
    new Map(),
    files.map((f) => parseDigest(readFileSync(join(dir, f), 'utf8'), f)),
    0,
  );
  return plan.entries.sort((a, b) => a.seq - b.seq);
}
