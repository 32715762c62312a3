/**
 * A compact index from sampled abstract word-trigrams to papers, for finding a paper whose title
 * changed but whose abstract did not. Two parallel Uint32Arrays (trigram hash, paper) sorted by hash:
 * a few MB at 50k papers where a Map of arrays would take hundreds, persisted as a snapshot so a
 * waking worker never re-shingles the catalogue.
 */
import { readSnapshot, writeSnapshot } from './codec';
import { sampled, sampledShingles } from './similarity';

const SHIFT = 2 ** 21; // up to 2M papers; hash (32 bits) · 2^21 stays below 2^53
const VERSION = 1;
/** Abstracts shingled between yields when building without blocking the worker. */
const CHUNK = 1000;

export class AbstractIndex {
  private constructor(
    /** Number of abstracts indexed (positions 0 .. size-1). */
    readonly size: number,
    private readonly hashes: Uint32Array,
    private readonly docs: Uint32Array,
  ) {}

  static build(abstracts: readonly string[]): AbstractIndex {
    const out: number[] = [];
    abstracts.forEach((text, doc) => add(out, text, doc));
    return AbstractIndex.fromPairs(abstracts.length, out);
  }

  /** As build, yielding to the event loop every CHUNK abstracts so messages keep being answered. */
  static async buildYielding(abstracts: readonly string[]): Promise<AbstractIndex> {
    const out: number[] = [];
    for (let start = 0; start < abstracts.length; start += CHUNK) {
      const end = Math.min(start + CHUNK, abstracts.length);
      for (let doc = start; doc < end; doc++) add(out, abstracts[doc]!, doc);
      if (end < abstracts.length) await new Promise((r) => setTimeout(r, 0));
    }
    return AbstractIndex.fromPairs(abstracts.length, out);
  }

  private static fromPairs(size: number, pairs: number[]): AbstractIndex {
    const sorted = Float64Array.from(pairs).sort();
    const hashes = new Uint32Array(sorted.length);
    const docs = new Uint32Array(sorted.length);
    sorted.forEach((v, i) => {
      const h = Math.floor(v / SHIFT);
      hashes[i] = h;
      docs[i] = v - h * SHIFT;
    });
    return new AbstractIndex(size, hashes, docs);
  }

  get pairs(): number {
    return this.hashes.length;
  }

  serialize(): string {
    return writeSnapshot({ v: VERSION, n: this.size }, [this.hashes, this.docs]);
  }

  static restore(data: string): AbstractIndex {
    const { header, sections } = readSnapshot<{ v: number; n: number }>(data);
    if (header.v !== VERSION)
      throw new Error(`abstract index snapshot version ${header.v}, expected ${VERSION}`);
    const [hashes, docs] = sections;
    if (!hashes || !docs || hashes.length !== docs.length) throw new Error('abstract index sections differ');
    if (!Number.isInteger(header.n) || docs.some((d) => d >= header.n))
      throw new Error('abstract index refers to papers it does not hold');
    return new AbstractIndex(header.n, hashes, docs);
  }

  /** Papers sharing at least `minShared` sampled trigrams with the query, most shared first. */
  candidates(query: Set<number>, minShared: number, limit: number): number[] {
    const counts = new Map<number, number>();
    for (const h of query) {
      if (!sampled(h)) continue;
      for (let i = this.lowerBound(h); i < this.hashes.length && this.hashes[i] === h; i++) {
        const doc = this.docs[i]!;
        counts.set(doc, (counts.get(doc) ?? 0) + 1);
      }
    }
    return [...counts.entries()]
      .filter(([, n]) => n >= minShared)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc]) => doc);
  }

  private lowerBound(h: number): number {
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid]! < h) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function add(out: number[], text: string, doc: number): void {
  for (const h of sampledShingles(text)) out.push(h * SHIFT + doc);
}
