import { readFileSync } from 'node:fs';
import { RelatedIndex, type RelatedQuery } from '../lib/related/index';

/**
 * A cold process standing in for a woken MV3 worker: nothing warmed, nothing cached. Reads the
 * snapshot, restores, answers one query; prints the timings as JSON.
 */
const [file, queryJson] = process.argv.slice(2);
const t0 = performance.now();
const data = readFileSync(file!, 'utf8');
const t1 = performance.now();
const index = RelatedIndex.restore(data);
const t2 = performance.now();
const results = index.query(JSON.parse(queryJson!) as RelatedQuery, { limit: 5 });
const t3 = performance.now();
console.log(
  JSON.stringify({
    readMs: t1 - t0,
    restoreMs: t2 - t1,
    firstAnswerMs: t3 - t2,
    wakeToFirstAnswerMs: t3 - t1,
    ids: results.map((r) => r.id),
  }),
);
