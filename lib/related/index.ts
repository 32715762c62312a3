import type { CatalogueEntry } from '../catalogue/entry';
import { normaliseTitle } from '../match/normalise';
import { DEFAULT_PARAMS, type RelatedParams } from './params';
import { buildIndexData, LOG_TF, termBoost } from './build';
import { forEachPosting } from './postings';
import { buildReason, type SharedTerm } from './reason';
import { sameTitle } from './same-paper';
import { decodeSnapshot, encodeSnapshot, type IndexData } from './snapshot';
import { idf, rawTerms, weigh } from './vectors';

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
 * Related-papers index: cosine similarity of tf-idf vectors over stems and two-word phrases, title
 * terms weighted up (text.ts, vectors.ts), held as compact posting lists (build.ts, postings.ts).
 * A query reads only the postings of its strongest terms, so it stays fast at 50k papers; the index
 * serialises to one string (snapshot.ts) that a woken worker restores without re-tokenising.
 */
export class RelatedIndex {
  private constructor(private readonly d: IndexData) {}

  static build(papers: readonly CatalogueEntry[], params: Partial<RelatedParams> = {}): RelatedIndex {
    return new RelatedIndex(buildIndexData(papers, { ...DEFAULT_PARAMS, ...params }));
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
    const qv = weigh(rawTerms(q, p), (t) => this.dfOf(t), n, p, Number.MAX_SAFE_INTEGER);

    // Candidate generation and scoring in one pass over the postings of the strongest query terms.
    const scores = new Float32Array(n);
    const used: { term: number; factor: number; k: number }[] = [];
    // The best score any paper can reach: the query's weight on catalogue terms. A paper near it
    // has the query's own text, whatever its title.
    let reach = 0;
    for (let k = 0; k < qv.terms.length && used.length < p.maxQueryTerms; k++) {
      const term = d.termIndex.get(qv.terms[k]!);
      if (term === undefined) continue;
      const factor = qv.weights[k]! * idf(d.df[term]!, n, p) * termBoost(qv.terms[k]!, p);
      used.push({ term, factor, k });
      reach += qv.weights[k]! ** 2;
      const bytes = d.postings.list(term);
      // forEachPosting inlined: this loop is most of a query's time.
      let doc = -1;
      for (let i = 0; i < bytes.length;) {
        let v = 0;
        let shift = 0;
        let b: number;
        do {
          b = bytes[i++]!;
          v |= (b & 0x7f) << shift;
          shift += 7;
        } while (b & 0x80);
        doc += (v >>> 1) + 1;
        scores[doc]! += (factor * LOG_TF[v & 1 ? bytes[i++]! : 1]!) / d.norms[doc]!;
      }
    }

    const minScore = opts.minScore ?? p.minScore;
    const duplicate = p.duplicateScore * Math.sqrt(reach);
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
      if (score >= duplicate || exclude.has(d.ids[doc]!) || sameTitle(qNorm, d.normTitles[doc]!)) continue;
      let boost = 0;
      if (recency > 0) {
        const t = d.times[doc]!;
        if (!Number.isNaN(t)) boost += recency * Math.exp(-Math.max(0, now - t) / (2 * YEAR_MS));
      }
      if (upvote > 0) boost += (upvote * Math.log1p(d.upvotes[doc]!)) / maxUp;
      hits.push({ doc, score, final: score * (1 + MAX_BOOST * Math.min(1, boost)) });
    }
    hits.sort((a, b) => b.final - a.final || a.doc - b.doc);
    const top = hits.slice(0, Math.max(0, Math.floor(opts.limit ?? 5)));

    // Reasons: what each shown paper shares with the query, by contribution to its score.
    const shared = new Map<number, SharedTerm[]>(top.map((h) => [h.doc, []]));
    for (const { term, factor, k } of used) {
      forEachPosting(d.postings.list(term), (doc, tf) => {
        shared.get(doc)?.push({ term: qv.terms[k]!, contribution: (factor * LOG_TF[tf]!) / d.norms[doc]! });
      });
    }
    return top.map(({ doc, final }) => {
      const { reason, terms } = buildReason(shared.get(doc)!, qv.surface);
      return { id: d.ids[doc]!, score: Math.round(final * 1e4) / 1e4, reason, terms };
    });
  }

  private dfOf(term: string): number {
    const id = this.d.termIndex.get(term);
    return id === undefined ? 0 : this.d.df[id]!;
  }
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
