import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RelatedIndex } from '../../lib/related/index';
import { SearchIndex } from '../../lib/search/index';
import { heldBytes as used } from './stats';

/**
 * Runs in its own Node process (--expose-gc) so nothing else shares the heap. Prints the memory a
 * worker holds after waking and restoring both indexes from their snapshots.
 */
const [mode, dir] = process.argv.slice(2);
if (!dir || mode !== 'restore') throw new Error('usage: memory-child restore <dir>');

let keep: unknown;
const before = used();
// The snapshot strings are dropped before measuring, as the worker drops the rows it read.
keep = [
  SearchIndex.restore(readFileSync(join(dir, 'search.json'), 'utf8')),
  RelatedIndex.restore(readFileSync(join(dir, 'related.json'), 'utf8')),
];
const after = used();
process.stdout.write(
  JSON.stringify({ mode, bytes: after - before, total: after, kept: Array.isArray(keep) }),
);
