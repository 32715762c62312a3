import { writeFileSync } from 'node:fs';
import { TfidfBaseline } from '../lib/related/baseline';
import { RelatedIndex } from '../lib/related/index';
import { DEFAULT_PARAMS } from '../lib/related/params';
import { loadSeedCatalogue } from './related-data';
import { loadDev, scoreQueries, summarise, type Summary } from './related-eval';
import { benchPerf, synthCatalogue } from './related-perf';

/**
 * `npm run bench:related`: quality of the related engine against the tf-idf cosine baseline on the
 * dev judgments (catalogue and outside queries apart), then speed and snapshot figures on a
 * synthetic 50,000-paper catalogue. Writes bench/related-results.json.
 */
const SYNTH_PAPERS = Number(process.env.RELATED_BENCH_PAPERS ?? 50_000);

const catalogue = loadSeedCatalogue();
const dev = loadDev();
const engine = RelatedIndex.build(catalogue);
const baseline = TfidfBaseline.build(catalogue);

const pct = (a: number, b: number) =>
  b === 0 ? 'n/a' : `${a >= b ? '+' : ''}${((a / b - 1) * 100).toFixed(1)}%`;
const quality: Record<
  string,
  { engine: Summary; baseline: Summary; offTopicReturned: Record<string, number> }
> = {};
console.log('Related papers: quality on test/fixtures/eval/related-dev.json (copy of shared/eval)');
console.log('set        metric      engine  baseline  diff');
for (const kind of ['catalogue', 'outside', 'all'] as const) {
  const qs = dev.filter((q) => kind === 'all' || q.kind === kind);
  const e = scoreQueries(engine, qs, catalogue);
  const b = scoreQueries(baseline, qs, catalogue);
  const se = summarise(e);
  const sb = summarise(b);
  // Queries with nothing relevant: how many papers each shows (fewer is better).
  const offTopic = Object.fromEntries(e.filter((s) => s.ndcg5 === null).map((s) => [s.qid, s.returned]));
  quality[kind] = { engine: se, baseline: sb, offTopicReturned: offTopic };
  for (const [label, key] of [
    ['nDCG@5', 'ndcg5'],
    ['P@5 (g2)', 'p5'],
    ['R@10', 'r10'],
  ] as const) {
    console.log(
      `${kind.padEnd(10)} ${label.padEnd(10)} ${se[key].toFixed(3).padStart(7)} ${sb[key].toFixed(3).padStart(9)}  ${pct(se[key], sb[key])}`,
    );
  }
  if (Object.keys(offTopic).length)
    console.log(`${kind.padEnd(10)} shown for queries with no relevant paper: ${JSON.stringify(offTopic)}`);
}

console.log(`\nSpeed on a synthetic catalogue of ${SYNTH_PAPERS} papers (bench/synth, seed 1)…`);
const perf = benchPerf(synthCatalogue(SYNTH_PAPERS));
console.log(
  `query (outside paper)  p50 ${perf.query.p50.toFixed(1)} ms  p95 ${perf.query.p95.toFixed(1)} ms  (budget p95 < 50 ms)`,
);
console.log(
  `build ${(perf.buildMs / 1000).toFixed(1)} s   snapshot ${(perf.snapshotBytes / 1e6).toFixed(1)} MB`,
);
console.log(
  `worker wake to first answer ${perf.wakeToFirstAnswerMs.toFixed(0)} ms cold process (budget < 300 ms); ` +
    `in-process restore ${perf.restoreMs.toFixed(0)} ms (warm, right after two builds) vs rebuild + answer ${(perf.rebuildToFirstAnswerMs / 1000).toFixed(1)} s; ` +
    `restored ranking identical: ${perf.restoreSameRanking}`,
);

writeFileSync(
  'bench/related-results.json',
  JSON.stringify({ date: new Date().toISOString(), params: DEFAULT_PARAMS, quality, perf }, null, 2) + '\n',
);
console.log('\nwritten bench/related-results.json');
