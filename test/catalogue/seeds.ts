import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const SEED_DIR = join(__dirname, '../../seeds');

/** The real seed digests, read from disk (what the extension ships). */
export function readSeeds(): { name: string; text: string }[] {
  return readdirSync(SEED_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(SEED_DIR, name), 'utf8') }));
}
