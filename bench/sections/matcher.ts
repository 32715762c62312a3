/**
 * Page matcher: how fast the worker knows "is this page's paper in the catalogue?" after a wake.
 * Builds and restores the persisted title/abstract indexes through the real StoredMatcher over Dexie
 * (fake-indexeddb), times first lookups on a cold matcher and steady-state lookups, beside the old way
 * (read every paper, build the in-memory matcher, build the abstract index on the first abstract
 * lookup) and a naive full scan of the catalogue per query.
 *
 * Standalone: `node --expose-gc --import tsx bench/sections/matcher.ts [sizes…]` (default 1000 10000 50000).
 */
import 'fake-indexeddb/auto';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CatalogueEntry } from '../../lib/catalogue/entry';
import type { RelatedPapersDB } from '../../lib/db';
import { AbstractIndex } from '../../lib/match/abstract-index';
import { judge } from '../../lib/match/fuzzy';
import { matchTitle, TitleMatcher } from '../../lib/match/matcher';
import { normaliseTitle } from '../../lib/match/normalise';
import { abstractShingles, abstractSimilarity, compareTitles } from '../../lib/match/similarity';
import { ABSTRACT_SNAPSHOT, TITLE_SNAPSHOT } from '../../lib/match/store';
import { StoredMatcher } from '../../lib/match/stored-matcher';
import { TitleIndex } from '../../lib/match/title-index';
import type { Match, PageCandidate } from '../../lib/messages';
import { getCatalogueRev } from '../../lib/settings';
import type { Row } from '../harness/results';
import { gc, median, summarise } from '../harness/stats';
import { textTable } from '../report/table';
import { Rng } from '../synth/rng';
import { loadVocab } from '../synth/vocab';
import { importCatalogue } from './catalogue';

type Kind = 'exact' | 'fuzzy title' | 'fuzzy + abstract';

/** What pages show: the exact title (re-cased), a title with a word dropped, a retitled paper with most of its abstract. */
export function matcherQueries(entries: readonly CatalogueEntry[], count: number, seed = 9) {
  const rng = new Rng(seed);
  const out: { kind: Kind; candidate: PageCandidate; paper: CatalogueEntry }[] = [];
  for (let k = 0; k < count; k++) {
    const paper = rng.pick(entries);
    const words = paper.title.split(' ');
    const abs = paper.abstract.split(' ');
    out.push(
      { kind: 'exact', paper, candidate: { title: paper.title.toUpperCase(), source: 'meta' } },
      { kind: 'fuzzy title', paper, candidate: { title: words.slice(0, -1).join(' '), source: 'meta' } },
      {
        kind: 'fuzzy + abstract',
        paper,
        candidate: {
          title: `Revisiting ${words.slice(0, 2).join(' ')}`,
          abstract: abs.slice(0, Math.ceil(abs.length * 0.7)).join(' '),
          source: 'meta',
        },
      },
    );
  }
  return out;
}

/** Every paper judged for every query: titles prepared once (in its favour), abstracts shingled per query. */
class NaiveScan {
  private readonly norms: string[];
  constructor(private readonly papers: readonly CatalogueEntry[]) {
    this.norms = papers.map(matchTitle);
  }
  match(c: PageCandidate): Match | null {
    const norm = normaliseTitle(c.title);
    const page = c.abstract ? abstractShingles(c.abstract) : null;
    let best: Match | null = null;
    this.papers.forEach((p, i) => {
      const abs = page ? abstractSimilarity(page, abstractShingles(p.abstract)) : null;
      const m = judge(p, compareTitles(norm, this.norms[i]!), abs);
      if (m && (!best || m.confidence > best.confidence)) best = m;
    });
    return best;
  }
}

async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
}

export async function benchMatcher(db: RelatedPapersDB, entries: CatalogueEntry[]): Promise<Row[]> {
  const size = entries.length;
  const big = size > 20_000;
  const rev = await getCatalogueRev(db);
  const rows: Row[] = [];
  const row = (metric: string, value: number, naive?: Row['naive'], note?: string) =>
    rows.push({ section: 'Matcher', metric, size, value, unit: 'ms', naive, note });
  const qs = matcherQueries(entries, big ? 60 : 100);
  const of = (k: Kind) => qs.filter((q) => q.kind === k);

  // The old way, once: every paper read, the in-memory matcher built, the abstract index on first use.
  gc();
  const [readMs, papers] = await timed(() => db.papers.toArray());
  const [oldBuildMs, old] = await timed(() => TitleMatcher.build(papers));
  const [oldFirstMs] = await timed(() => old.match(of('fuzzy + abstract')[0]!.candidate));

  // Build after an import: read papers, build both indexes, persist both snapshots.
  await db.snapshots.bulkDelete([TITLE_SNAPSHOT, ABSTRACT_SNAPSHOT]);
  gc();
  const [buildMs, built] = await timed(() => new StoredMatcher(db, rev).warm());
  if (built?.titles !== 'built') throw new Error('matcher bench: indexes were not built');
  const [titleBuildMs] = await timed(() =>
    TitleIndex.build(
      entries.map((p) => p.id),
      entries.map(matchTitle),
    ),
  );
  const [absBuildMs] = await timed(() => AbstractIndex.build(entries.map((p) => p.abstract)));
  const snaps = await db.snapshots.bulkGet([TITLE_SNAPSHOT, ABSTRACT_SNAPSHOT]);
  const mb = snaps.map((s) => ((s?.data.length ?? 0) * 2) / 2 ** 20);
  row(
    'build + persist indexes (after import)',
    buildMs,
    undefined,
    `in memory: titles ${titleBuildMs.toFixed(0)} ms, abstracts ${absBuildMs.toFixed(0)} ms; snapshots ${mb[0]!.toFixed(1)} + ${mb[1]!.toFixed(1)} MB`,
  );

  // A woken worker: a fresh StoredMatcher per trial, nothing in memory.
  const rounds = big ? 5 : 9;
  const restore: number[] = [];
  const first: Record<Kind, number[]> = { exact: [], 'fuzzy title': [], 'fuzzy + abstract': [] };
  for (let r = 0; r < rounds; r++) {
    gc();
    const [ms, got] = await timed(() => new StoredMatcher(db, rev).warm());
    if (got?.abstracts !== 'snapshot') throw new Error('matcher bench: snapshot not restored');
    restore.push(ms);
    for (const kind of Object.keys(first) as Kind[]) {
      const q = of(kind)[r % of(kind).length]!;
      first[kind].push((await timed(() => new StoredMatcher(db, rev).match(q.candidate)))[0]);
    }
  }
  const oldWake = readMs + oldBuildMs;
  row('restore both indexes on wake', median(restore), { label: 'read papers + rebuild', value: oldWake });
  row('first exact lookup on a cold worker (Dexie index, no restore)', median(first.exact), {
    label: 'read papers + rebuild',
    value: oldWake,
  });
  row('first fuzzy title lookup after wake (restores titles)', median(first['fuzzy title']), {
    label: 'read papers + rebuild',
    value: oldWake,
  });
  row('first fuzzy lookup with abstract after wake (restores both)', median(first['fuzzy + abstract']), {
    label: 'rebuild + lazy abstract index',
    value: oldWake + oldFirstMs,
  });

  // Steady state: a warm matcher; naive scan on fewer queries (it is slow).
  const warm = new StoredMatcher(db, rev);
  await warm.warm();
  const naive = new NaiveScan(entries);
  const right: string[] = [];
  for (const kind of Object.keys(first) as Kind[]) {
    const list = of(kind);
    const engine: number[] = [];
    let hits = 0;
    for (const q of list) {
      const [ms, m] = await timed(() => warm.match(q.candidate));
      engine.push(ms);
      if (m?.paper.id === q.paper.id) hits++;
    }
    const naiveMs: number[] = [];
    for (const q of list.slice(0, kind === 'fuzzy + abstract' ? (big ? 2 : 5) : big ? 10 : 30))
      naiveMs.push((await timed(() => naive.match(q.candidate)))[0]);
    right.push(`${kind} ${Math.round((100 * hits) / list.length)}%`);
    const s = summarise(engine);
    const n = summarise(naiveMs);
    row(`${kind} lookup p50`, s.p50, { label: 'full scan', value: n.p50 });
    row(`${kind} lookup p95`, s.p95, { label: 'full scan', value: n.p95 }, `n = ${s.n} engine, ${n.n} naive`);
  }
  rows.push({
    section: 'Matcher',
    metric: 'queries answered with their paper',
    size,
    value: NaN,
    unit: '',
    note: `${right.join(', ')} (a dropped word in a short title is rightly too different to accept alone)`,
  });
  return rows;
}

async function main(): Promise<void> {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const vocab = loadVocab(resolve(import.meta.dirname, '../../seeds'));
  const all: Row[] = [];
  for (const size of sizes.length ? sizes : [1_000, 10_000, 50_000]) {
    console.error(`[matcher] ${size} papers: generate + import`);
    const cat = await importCatalogue(vocab, size, false);
    console.error(`[matcher] ${size} papers: bench`);
    const rows = await benchMatcher(cat.db, cat.entries);
    console.log(textTable(rows));
    for (const r of rows) if (r.note) console.log(`  ${r.metric}: ${r.note}`);
    all.push(...rows);
    await cat.db.delete();
    cat.db.close();
  }
  console.log(`\n${textTable(all)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
