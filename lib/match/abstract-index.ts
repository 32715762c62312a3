/**
 * A compact index from sampled abstract word-trigrams to papers, for finding a paper whose title
 * changed but whose abstract did not. One sorted Float64Array of (hash · 2^21 + paper) pairs:
 * a few MB at 50k papers, where a Map of arrays would take hundreds.
 */
import { abstractShingles, sampled } from './similarity';

const SHIFT = 2 ** 21; // up to 2M papers; hash (32 bits) · 2^21 stays below 2^53

export class AbstractIndex {
  private constructor(private readonly pairs: Float64Array) {}

  static build(abstracts: readonly string[]): AbstractIndex {
    const out: number[] = [];
    abstracts.forEach((text, doc) => {
      for (const h of abstractShingles(text)) if (sampled(h)) out.push(h * SHIFT + doc);
    });
    return new AbstractIndex(Float64Array.from(out).sort());
  }

  /** Papers sharing at least `minShared` sampled trigrams with the query, most shared first. */
  candidates(query: Set<number>, minShared: number, limit: number): number[] {
    const counts = new Map<number, number>();
    for (const h of query) {
      if (!sampled(h)) continue;
      for (let i = this.lowerBound(h * SHIFT); i < this.pairs.length; i++) {
        const v = this.pairs[i]!;
        if (Math.floor(v / SHIFT) !== h) break;
        const doc = v - h * SHIFT;
        counts.set(doc, (counts.get(doc) ?? 0) + 1);
      }
    }
    return [...counts.entries()]
      .filter(([, n]) => n >= minShared)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc]) => doc);
  }

  private lowerBound(x: number): number {
    let lo = 0;
    let hi = this.pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.pairs[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
