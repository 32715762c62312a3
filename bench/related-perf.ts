import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { CatalogueEntry } from '../lib/catalogue/entry';
import { planMerge } from '../lib/catalogue/merge';
import { parseDigest } from '../lib/catalogue/parse';
import { RelatedIndex, type RelatedQuery } from '../lib/related/index';
import { generateCatalogue, generateOutsidePapers } from './synth/generate';
import { loadVocab } from './synth/vocab';

export interface PerfFigures {
  papers: number;
  buildMs: number;
  snapshotBytes: number;
  serializeMs: number;
  restoreMs: number;
  /** Restore plus the first answer in a fresh process (a woken worker: cold code, no cache). */
  wakeToFirstAnswerMs: number;
  /** Same, in this warm process. */
  warmRestoreToFirstAnswerMs: number;
  rebuildToFirstAnswerMs: number;
  query: { p50: number; p95: number; max: number; n: number };
  /** Top-5 of the restored index equals that of the built one, for every query. */
  restoreSameRanking: boolean;
}

/** The synthetic catalogue (bench/synth, seeded): digests rendered as text, then parsed like an import. */
export function synthCatalogue(papers: number, seed = 1): CatalogueEntry[] {
  const digests = generateCatalogue(loadVocab(), { papers, seed });
  const plan = planMerge(
    new Map(),
    digests.map((d) => parseDigest(d.text, d.name)),
    0,
  );
  return plan.entries;
}

function percentiles(samples: number[]): PerfFigures['query'] {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
  return { p50: at(50), p95: at(95), max: s.at(-1)!, n: s.length };
}

export function benchPerf(entries: CatalogueEntry[]): PerfFigures {
  const outside = generateOutsidePapers(loadVocab(), 100, new Set(entries.map((e) => e.normTitle)));
  const queries: RelatedQuery[] = outside.map((p) => ({
    title: p.title,
    abstract: p.abstract,
    codeLinks: p.codeLinks,
  }));

  let t = performance.now();
  const index = RelatedIndex.build(entries);
  const buildMs = performance.now() - t;
  t = performance.now();
  const data = index.serialize();
  const serializeMs = performance.now() - t;

  t = performance.now();
  const restored = RelatedIndex.restore(data);
  const restoreMs = performance.now() - t;
  restored.query(queries[0]!);
  const warmRestoreToFirstAnswerMs = performance.now() - t;
  const wakeToFirstAnswerMs = coldWake(data, queries[1]!);

  t = performance.now();
  RelatedIndex.build(entries).query(queries[0]!);
  const rebuildToFirstAnswerMs = performance.now() - t;

  for (let i = 0; i < 20; i++) index.query(queries[i % queries.length]!); // warm-up
  const samples: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const s = performance.now();
      index.query(q, { limit: 5 });
      samples.push(performance.now() - s);
    }
  }
  const key = (r: { id: string }[]) => r.map((x) => x.id).join(',');
  const restoreSameRanking = queries.every((q) => key(index.query(q)) === key(restored.query(q)));

  return {
    papers: entries.length,
    buildMs,
    snapshotBytes: new TextEncoder().encode(data).length,
    serializeMs,
    restoreMs,
    wakeToFirstAnswerMs,
    warmRestoreToFirstAnswerMs,
    rebuildToFirstAnswerMs,
    query: percentiles(samples),
    restoreSameRanking,
  };
}

/** Median over 5 fresh processes of restore + first answer. */
function coldWake(data: string, query: RelatedQuery): number {
  mkdirSync('bench/out', { recursive: true });
  const file = 'bench/out/related-snapshot.txt';
  writeFileSync(file, data);
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync('npx', ['tsx', 'bench/related-wake-child.ts', file, JSON.stringify(query)], {
      encoding: 'utf8',
    });
    runs.push(
      (JSON.parse(out.trim().split('\n').pop()!) as { wakeToFirstAnswerMs: number }).wakeToFirstAnswerMs,
    );
  }
  return runs.sort((a, b) => a - b)[2]!;
}
