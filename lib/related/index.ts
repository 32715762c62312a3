import type { CatalogueEntry } from '../catalogue/entry';
import { normaliseTitle } from '../match/normalise';
import { DEFAULT_PARAMS, type RelatedParams } from './params';
import { buildReason } from './reason';
import { sameTitle } from './same-paper';
import { decodeSnapshot, encodeSnapshot, type IndexData } from './snapshot';
import { rawTerms, weigh } from './vectors';

export interface RelatedQuery {
  title: string;
  abstract?: string;
  authors?: string | null;
  codeLinks?: string[];
  excludeIds?: string[];
}

export interface RelatedOptions {
  limit?: number;
  minScore?: number;
  /** 0..1: prefer recent papers when relevance is close. */
  recencyBoost?: number;
  /** 0..1: prefer much-upvoted papers when relevance is close. */
  upvoteBoost?: number;
  now?: number;
}

export interface RelatedResult {
  id: string;
  score: number;
  reason: string;
  terms: string[];
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
// Boosts re-order within this margin of relevance; they never lift an unrelated paper.
const MAX_BOOST = 0.25;

/**
 * Related-papers index: an inverted index of pruned, l2-normalised tf-idf vectors over stems and
 * two-word phrases (see vectors.ts). A query scores only the postings of its strongest terms, so it
 * stays fast at 50k papers; the whole index serialises to a compact snapshot (snapshot.ts).
 */
export class RelatedIndex {
  private constructor(private readonly d: IndexData) {}

  static build(papers: readonly CatalogueEntry[], params: Partial<RelatedParams> = {}): RelatedIndex {
    const p: RelatedParams = { ...DEFAULT_PARAMS, ...params };
    const bags = papers.map((paper) => rawTerms(paper, p));
    const df = new Map<string, number>();
    for (const bag of bags) for (const t of bag.weights.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    for (const bag of bags) for (const t of [...bag.weights.keys()]) if ((df.get(t) ?? 0) < p.minDf) bag.weights.delete(t);
    const vectors = bags.map((bag) => weigh(bag, (t) => df.get(t) ?? 0, papers.length, p, p.maxTermsPerDoc));

    const termIds = new Map<string, number>();
    const counts: number[] = [];
    for (const v of vectors) {
      for (const t of v.terms) {
        let id = termIds.get(t);
        if (id === undefined) {
          id = counts.length;
          termIds.set(t, id);
          counts.push(0);
        }
        counts[id]!++;
      }
    }
    const offsets = new Uint32Array(counts.length + 1);
    for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
    const fill = offsets.slice(0, counts.length);
    const postDocs = new Uint32Array(offsets[counts.length]!);
    const postWeights = new Float32Array(postDocs.length);
    // Documents in order, so every posting list is sorted by doc (binary search for reasons).
    vectors.forEach((v, doc) => {
      v.terms.forEach((t, k) => {
        const at = fill[termIds.get(t)!]!++;
        postDocs[at] = doc;
        postWeights[at] = v.weights[k]!;
      });
    });
    const terms = [...termIds.keys()];
    return new RelatedIndex({
      params: p,
      ids: papers.map((x) => x.id),
      normTitles: papers.map((x) => x.normTitle),
      times: Float64Array.from(papers, (x) => (x.date ? Date.parse(x.date) : NaN)),
      upvotes: Float32Array.from(papers, (x) => x.upvotes ?? 0),
      terms,
      termIndex: termIds,
      df: Uint32Array.from(terms, (t) => df.get(t) ?? 0),
      offsets,
      postDocs,
      postWeights,
    });
  }

  static restore(data: string): RelatedIndex {
    return new RelatedIndex(decodeSnapshot(data));
  }

  serialize(): string {
    return encodeSnapshot(this.d);
  }

  get size(): number {
    return this.d.ids.length;
  }

  query(q: RelatedQuery, opts: RelatedOptions = {}): RelatedResult[] {
    const d = this.d;
    const p = d.params;
    const n = d.ids.length;
    const bag = rawTerms(q, p);
    const dfOf = (t: string) => {
      const id = d.termIndex.get(t);
      return id === undefined ? 0 : d.df[id]!;
    };
    const qv = weigh(bag, dfOf, n, p, Number.MAX_SAFE_INTEGER);

    const scores = new Float32Array(n);
    const used: { term: number; weight: number; k: number }[] = [];
    for (let k = 0; k < qv.terms.length && used.length < p.maxQueryTerms; k++) {
      const id = d.termIndex.get(qv.terms[k]!);
      if (id === undefined) continue;
      const w = qv.weights[k]!;
      used.push({ term: id, weight: w, k });
      for (let i = d.offsets[id]!, end = d.offsets[id + 1]!; i < end; i++) {
        scores[d.postDocs[i]!]! += w * d.postWeights[i]!;
      }
    }

    const minScore = opts.minScore ?? p.minScore;
    const exclude = new Set(q.excludeIds ?? []);
    const qNorm = normaliseTitle(q.title);
    const now = opts.now ?? Date.now();
    const recency = clamp01(opts.recencyBoost ?? 0);
    const upvote = clamp01(opts.upvoteBoost ?? 0);
    const maxUp = Math.log1p(d.upvotes.reduce((m, u) => Math.max(m, u), 0)) || 1;

    const hits: { doc: number; score: number; final: number }[] = [];
    for (let doc = 0; doc < n; doc++) {
      const score = scores[doc]!;
      if (score < minScore || score <= 0) continue;
      if (score >= p.duplicateScore || exclude.has(d.ids[doc]!) || sameTitle(qNorm, d.normTitles[doc]!)) continue;
      let boost = 0;
      if (recency > 0) {
        const t = d.times[doc]!;
        if (!Number.isNaN(t)) boost += recency * Math.exp(-Math.max(0, now - t) / (2 * YEAR_MS));
      }
      if (upvote > 0) boost += (upvote * Math.log1p(d.upvotes[doc]!)) / maxUp;
      hits.push({ doc, score, final: score * (1 + MAX_BOOST * Math.min(1, boost)) });
    }
    hits.sort((a, b) => b.final - a.final || a.doc - b.doc);
    const limit = Math.max(0, Math.floor(opts.limit ?? 5));

    return hits.slice(0, limit).map(({ doc, final }) => {
      const shared = used
        .map(({ term, weight, k }) => ({ term: qv.terms[k]!, contribution: weight * this.weightOf(term, doc) }))
        .filter((s) => s.contribution > 0);
      const { reason, terms } = buildReason(shared, qv.surface);
      return { id: d.ids[doc]!, score: Math.round(final * 1e4) / 1e4, reason, terms };
    });
  }

  /** Weight of a term in a document: binary search in the doc-sorted posting list. */
  private weightOf(term: number, doc: number): number {
    const d = this.d;
    let lo = d.offsets[term]!;
    let hi = d.offsets[term + 1]!;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const x = d.postDocs[mid]!;
      if (x === doc) return d.postWeights[mid]!;
      if (x < doc) lo = mid + 1;
      else hi = mid;
    }
    return 0;
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
