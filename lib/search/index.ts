import type { CatalogueEntry } from '../catalogue/entry';
import { normaliseTitle } from '../match/normalise';
import { ABSTRACT, AUTHORS, buildData, FIELDS, TITLE, type IndexData } from './data';
import { Expander, type Expansion } from './expand';
import { contains } from './postings';
import { decodeSnapshot, encodeSnapshot } from './snapshot';
import { topK } from './topk';
import { processTerm, tokenize } from './tokens';

/** Title words count most; the author line rarely carries a topic. */
const BOOST: number[] = [];
BOOST[TITLE] = 4;
BOOST[ABSTRACT] = 1;
BOOST[AUTHORS] = 0.5;
// BM25+ as MiniSearch scores it.
const K = 1.2;
const B = 0.7;
const D = 0.5;
/** Query terms beyond this many are ignored (one bit each in the per-document match mask). */
const MAX_TERMS = 30;
/** Ranks the papers whose title starts with the query above every other. */
const LEAD_BONUS = 1e12;

export interface SearchFilters {
  /** Only papers of this year. */
  year?: number | null;
  /** Keep only ids this returns true for (e.g. "saved only"). */
  accept?: (id: string) => boolean;
}

export interface IndexHit {
  id: string;
  score: number;
  /** Indexed terms that matched (after prefix/fuzzy expansion), for highlighting. */
  terms: string[];
}

export interface SearchOutcome {
  hits: IndexHit[];
  total: number;
}

/**
 * Full-text search over title, abstract and authors: a compact inverted index (sorted term list,
 * per-field varint posting lists) scored with BM25+ like MiniSearch, whose radix tree finds typos.
 * Built once per catalogue revision, then serialised so a waking worker restores it cheaply: posting
 * lists are decoded only when a query first reads them.
 */
export class SearchIndex {
  readonly years: number[];
  private readonly expander: Expander;
  private readonly avgLength: number[];
  // Per-query scratch, reused: accumulated score, matched query terms (bit each), touched documents.
  private readonly scores: Float64Array;
  private readonly masks: Uint32Array;
  private readonly touched: Uint32Array;

  private constructor(private readonly d: IndexData) {
    const n = d.ids.length;
    this.expander = new Expander(d);
    this.avgLength = d.lengths.map((l) => (n ? l.reduce((a, b) => a + b, 0) / n : 0) || 1);
    this.scores = new Float64Array(n);
    this.masks = new Uint32Array(n);
    this.touched = new Uint32Array(n);
    const years = new Set<number>();
    for (const y of d.years) if (y) years.add(y);
    this.years = [...years].sort((a, b) => b - a);
  }

  static build(papers: Iterable<CatalogueEntry>): SearchIndex {
    return new SearchIndex(buildData(papers));
  }

  /** Throws when the snapshot is not one this version wrote. */
  static restore(text: string): SearchIndex {
    return new SearchIndex(decodeSnapshot(text));
  }

  serialize(): string {
    return encodeSnapshot(this.d);
  }

  get size(): number {
    return this.d.ids.length;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchOutcome {
    const words = queryTerms(query);
    if (!words.length) return { hits: [], total: 0 };
    const expansions = words.map((w, i) => this.expander.expand(w, i === words.length - 1));
    const touchedCount = this.score(expansions);
    try {
      return this.rank(query, words.length, expansions, touchedCount, filters, limit);
    } finally {
      for (let i = 0; i < touchedCount; i++) {
        const doc = this.touched[i]!;
        this.scores[doc] = 0;
        this.masks[doc] = 0;
      }
    }
  }

  /** Adds every expansion's BM25+ score to its documents; returns how many documents were touched. */
  private score(expansions: Expansion[][]): number {
    const { d, scores, masks, touched } = this;
    const n = d.ids.length;
    let count = 0;
    expansions.forEach((list, i) => {
      const bit = 1 << i;
      for (const e of list) {
        for (let f = 0; f < FIELDS.length; f++) {
          const df = d.df[f]![e.term]!;
          if (!(e.fields & (1 << f)) || !df) continue;
          const { docs, tfs } = d.postings[f]!.get(e.term);
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const w = idf * BOOST[f]! * e.weight;
          const lengths = d.lengths[f]!;
          const lengthScale = (K * B) / this.avgLength[f]!;
          for (let p = 0; p < docs.length; p++) {
            const doc = docs[p]!;
            const tf = tfs[p]!;
            if (masks[doc] === 0) touched[count++] = doc;
            scores[doc] =
              scores[doc]! + w * (D + (tf * (K + 1)) / (tf + K * (1 - B) + lengthScale * lengths[doc]!));
            masks[doc] = masks[doc]! | bit;
          }
        }
      }
    });
    return count;
  }

  private rank(
    query: string,
    termCount: number,
    expansions: Expansion[][],
    touchedCount: number,
    { year, accept }: SearchFilters,
    limit: number,
  ): SearchOutcome {
    const { d, scores, masks, touched } = this;
    const passes = (doc: number) =>
      (year == null || d.years[doc] === year) && (!accept || accept(d.ids[doc]!));
    // Every word must match; when none does, fall back to any word so a stray word doesn't empty the list.
    const all = termCount >= 32 ? 0xffffffff : (1 << termCount) - 1;
    let candidates = new Uint32Array(touchedCount);
    let total = 0;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i]!;
      if (masks[doc] === all && passes(doc)) candidates[total++] = doc;
    }
    if (!total) {
      for (let i = 0; i < touchedCount; i++) if (passes(touched[i]!)) candidates[total++] = touched[i]!;
    }
    candidates = candidates.subarray(0, total);
    const lead = titleLead(query);
    // Typing the first words of a title puts that paper first, whatever the abstracts say.
    const key = (doc: number) =>
      finalScore(scores[doc]!, masks[doc]!) + (lead && d.normTitles[doc]!.startsWith(lead) ? LEAD_BONUS : 0);
    const best = topK(candidates, total, key, limit);
    const hits = best.map((doc) => ({
      id: d.ids[doc]!,
      score: finalScore(scores[doc]!, masks[doc]!),
      terms: this.matchedTerms(doc, expansions),
    }));
    return { hits, total };
  }

  private matchedTerms(doc: number, expansions: Expansion[][]): string[] {
    const out = new Set<string>();
    for (const list of expansions) {
      for (const e of list) {
        for (let f = 0; f < FIELDS.length; f++) {
          if (
            e.fields & (1 << f) &&
            this.d.df[f]![e.term]! &&
            contains(this.d.postings[f]!.get(e.term), doc)
          ) {
            out.add(this.d.terms[e.term]!);
            break;
          }
        }
      }
    }
    return [...out];
  }
}

/** Summed term scores times the number of query terms matched, as MiniSearch ranks. */
function finalScore(score: number, mask: number): number {
  let bits = 0;
  for (let m = mask; m; m &= m - 1) bits++;
  return score * bits;
}

/** Distinct index terms of the query, in typed order (the last one is the word being typed). */
function queryTerms(query: string): string[] {
  const out: string[] = [];
  for (const w of tokenize(query)) {
    const t = processTerm(w);
    if (t === null) continue;
    const at = out.indexOf(t);
    if (at >= 0) out.splice(at, 1);
    out.push(t);
  }
  return out.slice(-MAX_TERMS);
}

/** The query as the start of a normalised title; empty for one- or two-letter queries. */
function titleLead(q: string): string {
  const lead = normaliseTitle(q);
  return lead.length >= 3 ? lead : '';
}
