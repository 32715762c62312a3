import type { CatalogueEntry } from '../../lib/catalogue/entry';
import { SearchIndex } from '../../lib/search/index';
import { Rng } from '../synth/rng';
import { sampleEach, summarise, type Percentiles } from '../harness/stats';

/**
 * Popup search: what a researcher types — a title word, two words, a word half typed, the first words
 * of a title — against the real SearchIndex and against a naive scan that lower-cases nothing at query
 * time (haystacks are prepared once, in the naive method's favour) and tests every entry for every word.
 */
// Nobody searches for "for" alone; inside a longer query such words stay, as typed.
const FUNCTION_WORDS = new Set(['and', 'are', 'for', 'from', 'the', 'via', 'with', 'into', 'over', 'under']);

export function searchQueries(entries: readonly { title: string }[], count: number, seed = 5): string[] {
  const rng = new Rng(seed);
  const out: string[] = [];
  while (out.length < count) {
    const words = rng
      .pick(entries)
      .title.split(/[\s:]+/)
      .filter((w) => /^[\p{L}-]{3,}$/u.test(w));
    const content = words.filter((w) => !FUNCTION_WORDS.has(w.toLowerCase()));
    if (words.length < 3 || content.length < 2) continue;
    const kind = rng.next();
    if (kind < 0.4) out.push(rng.pick(content));
    else if (kind < 0.7) out.push(`${rng.pick(content)} ${rng.pick(content)}`);
    else if (kind < 0.9) {
      const w = rng.pick(content);
      out.push(w.slice(0, Math.min(w.length, rng.int(3, 5))));
    } else out.push(words.slice(0, 3).join(' '));
  }
  return out;
}

export class NaiveScan {
  private readonly haystacks: { id: string; text: string }[];

  constructor(entries: readonly CatalogueEntry[]) {
    this.haystacks = entries.map((e) => ({
      id: e.id,
      text: `${e.title}\n${e.abstract}\n${e.authors ?? ''}`.toLowerCase(),
    }));
  }

  search(query: string, limit = 50): { ids: string[]; total: number } {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean);
    const ids: string[] = [];
    for (const h of this.haystacks) if (words.every((w) => h.text.includes(w))) ids.push(h.id);
    return { ids: ids.slice(0, limit), total: ids.length };
  }
}

export interface SearchFigures {
  engine: Percentiles;
  naive: Percentiles;
  /** The slowest queries of the engine, for its owner. */
  slowest: { query: string; ms: number }[];
}

export function benchSearch(entries: readonly CatalogueEntry[], engine: SearchIndex): SearchFigures {
  const naive = new NaiveScan(entries);
  const queries = searchQueries(entries, 200);
  const big = entries.length > 20_000;
  const engineMs = sampleEach(queries, (q) => engine.search(q), big ? 2 : 3, 40);
  const slowest = queries
    .map((query, i) => ({ query, ms: Math.max(...engineMs.filter((_, k) => k % queries.length === i)) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return {
    engine: summarise(engineMs),
    naive: summarise(sampleEach(queries, (q) => naive.search(q), big ? 1 : 2, 10)),
    slowest,
  };
}
