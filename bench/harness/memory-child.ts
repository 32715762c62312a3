import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AbstractIndex } from '../../lib/match/abstract-index';
import { TitleIndex } from '../../lib/match/title-index';
import { RelatedIndex } from '../../lib/related/index';
import { SearchIndex } from '../../lib/search/index';
import { heldBytes } from './stats';

/**
 * Runs in its own Node process (--expose-gc) so nothing else shares the heap. Prints the bytes a woken
 * worker holds after restoring each index from its snapshot (JS heap + typed arrays, after GC).
 */
const dir = process.argv[2];
if (!dir)
  throw new Error(
    'usage: memory-child <dir with search.json, related.json, match-titles.json, match-abstracts.json>',
  );
const read = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as string;

const keep: unknown[] = [];
const parts: Record<string, number> = {};
let last = heldBytes();
const steps: [string, () => unknown][] = [
  ['related', () => RelatedIndex.restore(read('related'))],
  ['match titles', () => TitleIndex.restore(read('match-titles'))],
  ['match abstracts', () => AbstractIndex.restore(read('match-abstracts'))],
  ['search', () => SearchIndex.restore(read('search'))],
];
for (const [name, restore] of steps) {
  // The snapshot string is dropped before measuring, as the worker drops the row it read.
  keep.push(restore());
  const now = heldBytes();
  parts[name] = now - last;
  last = now;
}
process.stdout.write(JSON.stringify({ parts, kept: keep.length }));
