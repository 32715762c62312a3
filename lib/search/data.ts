import type { CatalogueEntry } from '../catalogue/entry';
import { PostingsWriter, type PostingStore } from './postings';
import { processTerm, tokenize } from './tokens';

/** Indexed fields, in the order of every per-field array below. */
export const FIELDS = ['title', 'abstract', 'authors'] as const;
export const TITLE = 0;
export const ABSTRACT = 1;
export const AUTHORS = 2;

/** Everything a SearchIndex holds; document numbers are positions in `ids`. */
export interface IndexData {
  ids: string[];
  normTitles: string[];
  /** Publication year, 0 when unknown. */
  years: Int16Array;
  /** Per field, per document: its number of words (stop words included), for length normalisation. */
  lengths: Uint16Array[];
  /** Every index term of every field, sorted (so a prefix is a contiguous range). */
  terms: string[];
  /** Per field, per term: how many documents hold the term in that field. */
  df: Uint32Array[];
  postings: PostingStore[];
}

/**
 * Tokenises every paper once. Postings are collected as flat (field, term, doc, tf) rows in typed
 * arrays, then bucketed by term with a counting sort: millions of small per-term arrays would spend
 * the build in the garbage collector.
 */
export function buildData(papers: Iterable<CatalogueEntry>): IndexData {
  const ids: string[] = [];
  const normTitles: string[] = [];
  const years: number[] = [];
  const lengths: number[][] = FIELDS.map(() => []);
  const terms: string[] = [];
  // Spelling as written → term number (-1 for stop words): abstracts repeat the same few thousand words.
  const termOf = new Map<string, number>();
  const numbered = new Map<string, number>();
  const rows = new Rows();
  // Per term: the last (document, field) it was counted in, and where that row is.
  let stamp = new Int32Array(1 << 12).fill(-1);
  let rowOf = new Int32Array(1 << 12);
  let key = 0;
  for (const p of papers) {
    const doc = ids.length;
    ids.push(p.id);
    normTitles.push(p.normTitle);
    years.push(p.year ?? 0);
    const texts = [p.title, p.abstract, p.authors ?? ''];
    for (let f = 0; f < FIELDS.length; f++, key++) {
      const words = tokenize(texts[f]!);
      lengths[f]!.push(Math.min(0xffff, words.length));
      for (const w of words) {
        let t = termOf.get(w);
        if (t === undefined) {
          const term = processTerm(w);
          if (term === null) t = -1;
          else {
            t = numbered.get(term);
            if (t === undefined) {
              t = terms.length;
              terms.push(term);
              numbered.set(term, t);
              if (t >= stamp.length) [stamp, rowOf] = [grow(stamp, -1), grow(rowOf, 0)];
            }
          }
          termOf.set(w, t);
        }
        if (t < 0) continue;
        if (stamp[t] === key) rows.bump(rowOf[t]!);
        else {
          stamp[t] = key;
          rowOf[t] = rows.add(f, t, doc);
        }
      }
    }
  }
  // Sorted term order, and each term's place in it.
  const order = terms.map((_, t) => t).sort((a, b) => (terms[a]! < terms[b]! ? -1 : 1));
  const rank = new Uint32Array(terms.length);
  order.forEach((t, r) => (rank[t] = r));
  const df = FIELDS.map(() => new Uint32Array(terms.length));
  for (let i = 0; i < rows.length; i++) df[rows.field[i]!]![rank[rows.term[i]!]!]!++;
  const postings = FIELDS.map((_, f) => {
    // Counting sort of this field's rows by term rank; stable, so each term's documents stay increasing.
    const start = new Uint32Array(terms.length + 1);
    for (let r = 0; r < terms.length; r++) start[r + 1] = start[r]! + df[f]![r]!;
    const fill = start.slice(0, terms.length);
    const docs = new Uint32Array(start[terms.length]!);
    const tfs = new Uint8Array(docs.length);
    for (let i = 0; i < rows.length; i++) {
      if (rows.field[i] !== f) continue;
      const at = fill[rank[rows.term[i]!]!]!++;
      docs[at] = rows.doc[i]!;
      tfs[at] = rows.tf[i]!;
    }
    const writer = new PostingsWriter();
    for (let r = 0; r < terms.length; r++) writer.write(docs, tfs, start[r]!, start[r + 1]!);
    return writer.finish();
  });
  return {
    ids,
    normTitles,
    years: Int16Array.from(years),
    lengths: lengths.map((l) => Uint16Array.from(l)),
    terms: order.map((t) => terms[t]!),
    df,
    postings,
  };
}

/** Growable columns of (field, term, doc, tf) rows. */
class Rows {
  length = 0;
  field = new Uint8Array(1 << 16);
  term = new Uint32Array(1 << 16);
  doc = new Uint32Array(1 << 16);
  tf = new Uint8Array(1 << 16);

  add(field: number, term: number, doc: number): number {
    if (this.length === this.doc.length) {
      this.field = grow(this.field, 0);
      this.term = grow(this.term, 0);
      this.doc = grow(this.doc, 0);
      this.tf = grow(this.tf, 0);
    }
    const i = this.length++;
    this.field[i] = field;
    this.term[i] = term;
    this.doc[i] = doc;
    this.tf[i] = 1;
    return i;
  }

  /** One more occurrence (frequencies stop at 255). */
  bump(i: number): void {
    if (this.tf[i]! < 255) this.tf[i]!++;
  }
}

function grow<T extends Uint8Array | Uint32Array | Int32Array>(a: T, fill: number): T {
  const next = new (a.constructor as new (n: number) => T)(a.length * 2);
  next.set(a);
  if (fill) next.fill(fill, a.length);
  return next;
}
