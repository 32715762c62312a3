import 'fake-indexeddb/auto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { RelatedIndex } from '../lib/related/index';
import { SearchIndex } from '../lib/search/index';
import { BUDGETS } from './budgets';
import { Results } from './harness/results';
import { gc, heldBytes } from './harness/stats';
import { writeReports } from './report/write';
import { benchBrowser } from './sections/browser';
import { benchBundles, builtExtension } from './sections/bundle';
import { importCatalogue } from './sections/catalogue';
import { restoredIndexBytes } from './sections/memory';
import { benchRelated } from './sections/related';
import { benchSearch } from './sections/search';
import { benchWake } from './sections/wake';
import { loadVocab } from './synth/vocab';

/**
 * `npm run bench [-- --quick] [-- --no-browser]`: every figure beside the naive way of doing the same
 * work, measured in the same run, with its budget. Writes bench/results.json, docs/latency.svg and the
 * table in docs/benchmarks.md.
 */
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'bench/out');
mkdirSync(OUT, { recursive: true });

const results = new Results();
const vocab = loadVocab(resolve(ROOT, 'seeds'));
const largest = sizes.at(-1)!;
const started = performance.now();
const log = (s: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${s}`);

const importPerPaper: number[] = [];
const diagnostics: unknown[] = [];
let naiveWorkerBytes: number | null = null;

/** A section that throws (an engine mid-change) is reported as not measured; the rest still runs. */
async function section(name: string, fn: () => Promise<void>): Promise<void> {
  log(`${name}`);
  try {
    await fn();
  } catch (e) {
    results.fail(name, e);
    log(`${name} failed: ${(e as Error).message}`);
  }
}
for (const size of sizes) {
  log(`${size} papers: generate + import`);
  const cat = await importCatalogue(vocab, size, size <= 10_000);
  importPerPaper.push(cat.importMs / size);
  results.add({
    section: 'Import',
    metric: 'throughput (parse + store)',
    size,
    value: size / (cat.importMs / 1000),
    unit: 'papers/s',
    naive: cat.naiveImportMs
      ? { label: 'paper-by-paper get+put', value: size / (cat.naiveImportMs / 1000) }
      : undefined,
  });
  results.add(
    { section: 'Import', metric: 'total time', size, value: cat.importMs, unit: 'ms' },
    size === 50_000 ? BUDGETS.import50kMs : undefined,
  );

  // The naive wake, and the indexes every later section uses: read all papers, build both.
  let held = heldBytes();
  let t = performance.now();
  const papers = await cat.db.papers.toArray();
  const readMs = performance.now() - t;
  const papersBytes = heldBytes() - held;
  t = performance.now();
  const search = SearchIndex.build(papers);
  const searchBuildMs = performance.now() - t;
  t = performance.now();
  const related = RelatedIndex.build(papers);
  const relatedBuildMs = performance.now() - t;
  log(
    `${size} papers: read ${ms(readMs)}, search build ${ms(searchBuildMs)}, related build ${ms(relatedBuildMs)}`,
  );

  await section('Search', async () => {
    const s = benchSearch(cat.entries, search);
    const naive = (v: number) => ({ label: 'substring scan', value: v });
    results.add({
      section: 'Search',
      metric: 'p50',
      size,
      value: s.engine.p50,
      unit: 'ms',
      naive: naive(s.naive.p50),
    });
    results.add(
      {
        section: 'Search',
        metric: 'p95',
        size,
        value: s.engine.p95,
        unit: 'ms',
        naive: naive(s.naive.p95),
        note: `${s.engine.n} timed queries`,
      },
      size === 50_000 ? BUDGETS.searchP95Ms : undefined,
    );
    diagnostics.push({ size, search: { slowest: s.slowest, buildMs: searchBuildMs } });
  });

  await section('Related', async () => {
    const r = benchRelated(vocab, cat.entries, related);
    const naive = (v: number) => ({ label: 'brute-force tf-idf cosine', value: v });
    results.add({
      section: 'Related',
      metric: 'p50 (outside paper)',
      size,
      value: r.engine.p50,
      unit: 'ms',
      naive: naive(r.naive.p50),
    });
    results.add(
      {
        section: 'Related',
        metric: 'p95 (outside paper)',
        size,
        value: r.engine.p95,
        unit: 'ms',
        naive: naive(r.naive.p95),
        note: `n = ${r.engine.n} engine, ${r.naive.n} naive; engine top 5 holds the baseline's top paper for ${(r.agreement * 100).toFixed(0)}%`,
      },
      size === 50_000 ? BUDGETS.relatedP95Ms : undefined,
    );
    results.add({
      section: 'Related',
      metric: 'index build',
      size,
      value: relatedBuildMs,
      unit: 'ms',
      naive: { label: 'baseline build', value: r.naiveBuildMs },
    });
    naiveWorkerBytes = papersBytes + r.naiveBytes;
  });
  gc();

  let snapshots: [string, string] | null = null;
  await section('Wake', async () => {
    const w = await benchWake(cat.db, search, related, size > 20_000);
    results.add(
      {
        section: 'Wake',
        metric: 'restore both indexes from IndexedDB',
        size,
        value: w.wakeMs,
        unit: 'ms',
        naive: { label: 'read papers + rebuild', value: readMs + searchBuildMs + relatedBuildMs },
        note: `read ${ms(w.readMs)} + search ${ms(w.searchRestoreMs)} + related ${ms(w.relatedRestoreMs)}; snapshots ${mb(w.searchSnapshot.length)} + ${mb(w.relatedSnapshot.length)}`,
      },
      size === 50_000 ? BUDGETS.wake50kMs : undefined,
    );
    snapshots = [w.searchSnapshot, w.relatedSnapshot];
  });
  const taken = snapshots as [string, string] | null;
  if (size === largest && taken) {
    await section('Memory', async () => {
      const bytes = restoredIndexBytes(OUT, size, ...taken);
      results.add({
        section: 'Memory',
        metric: 'worker after restoring indexes (JS heap + typed arrays)',
        size,
        value: bytes / 2 ** 20,
        unit: 'MB',
        naive:
          naiveWorkerBytes === null
            ? undefined
            : { label: 'all papers in memory + baseline', value: naiveWorkerBytes / 2 ** 20 },
      });
    });
  }
  await cat.db.delete();
  cat.db.close();
  gc();
}
if (importPerPaper.length >= 2) {
  results.add({
    section: 'Import',
    metric: `growth: time per paper ${sizes.at(-1)! / 1000}k ÷ 1k (1 = linear)`,
    size: null,
    value: importPerPaper.at(-1)! / importPerPaper[0]!,
    unit: '×',
  });
}

if (!args.has('--no-bundle')) {
  log('bundle sizes (wxt build)');
  try {
    for (const row of benchBundles(ROOT))
      results.add(row, row.metric === 'content script (minified)' ? BUDGETS.contentScriptKb : undefined);
  } catch (e) {
    results.fail('Bundle', e);
  }
}
if (!args.has('--no-browser')) {
  log('real Chromium: time to panel, service worker');
  try {
    for (const row of await benchBrowser(builtExtension(ROOT), vocab, largest))
      results.add(row.row, row.budget);
  } catch (e) {
    results.fail('Chromium', e);
  }
}

writeReports(ROOT, results, { quick, sizes, seconds: (performance.now() - started) / 1000 }, diagnostics);
log('done');

function ms(v: number): string {
  return `${v.toFixed(v < 100 ? 1 : 0)} ms`;
}

function mb(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MB`;
}
