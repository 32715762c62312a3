import 'fake-indexeddb/auto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
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
import { benchWake, buildAll, INDEXES } from './sections/wake';
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

  // Memory of the papers themselves (the naive worker keeps them), then every index through its
  // owner's loader as the worker does after an import: read papers, build, persist the snapshot.
  const held = heldBytes();
  const papers = await cat.db.papers.toArray();
  const papersBytes = heldBytes() - held;
  papers.length = 0;
  const { search, related, buildMs } = await buildAll(cat.db);
  log(`${size} papers: built ${INDEXES.map((n) => `${n} ${ms(buildMs[n])}`).join(', ')}`);

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
    diagnostics.push({ size, search: { slowest: s.slowest, buildMs: buildMs.search } });
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
      metric: 'index build (read + build + persist)',
      size,
      value: buildMs.related,
      unit: 'ms',
      naive: { label: 'baseline build', value: r.naiveBuildMs },
    });
    naiveWorkerBytes = papersBytes + r.naiveBytes;
  });
  gc();

  await section('Wake', async () => {
    const w = await benchWake(cat.db, size > 20_000 ? 3 : 7);
    const snap = (name: string) => mb(w.snapshotBytes[name] ?? 0);
    const panelPath = w.restoreMs.related + w.restoreMs['match titles'] + w.restoreMs['match abstracts'];
    const panelBuild = buildMs.related + buildMs['match titles'] + buildMs['match abstracts'];
    const budget = size === 50_000 ? BUDGETS.wake50kMs : undefined;
    const rebuild = (v: number) => ({ label: 'rebuild: read papers + build + persist', value: v });
    results.add(
      {
        section: 'Wake',
        metric: 'panel path: restore related + match indexes',
        size,
        value: panelPath,
        unit: 'ms',
        naive: rebuild(panelBuild),
        note: `related ${ms(w.restoreMs.related)} (${snap('related')}), titles ${ms(w.restoreMs['match titles'])} (${snap('match-titles')}), abstracts ${ms(w.restoreMs['match abstracts'])} (${snap('match-abstracts')})`,
      },
      budget,
    );
    results.add(
      {
        section: 'Wake',
        metric: 'popup path: restore search index',
        size,
        value: w.restoreMs.search,
        unit: 'ms',
        naive: rebuild(buildMs.search),
        note: `snapshot ${snap('search')}`,
      },
      budget,
    );
    if (size !== largest) return;
    log(`${size} papers: worker memory`);
    const parts = restoredIndexBytes(OUT, size, w.snapshots);
    const total = Object.values(parts).reduce((a, b) => a + b, 0);
    results.add({
      section: 'Memory',
      metric: 'worker after restoring all indexes (JS heap + typed arrays)',
      size,
      value: total / 2 ** 20,
      unit: 'MB',
      naive:
        naiveWorkerBytes === null
          ? undefined
          : { label: 'all papers in memory + baseline', value: naiveWorkerBytes / 2 ** 20 },
      note: Object.entries(parts)
        .map(([k, v]) => `${k} ${(v / 2 ** 20).toFixed(0)} MB`)
        .join(', '),
    });
  });
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
    await benchBrowser(builtExtension(ROOT), vocab, largest, (row, budget) => results.add(row, budget));
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
