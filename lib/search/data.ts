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

/** Tokenises every paper once and writes per-field posting lists in term order. */
export function buildData(papers: Iterable<CatalogueEntry>): IndexData {
  const ids: string[] = [];
  const normTitles: string[] = [];
  const years: number[] = [];
  const lengths: number[][] = FIELDS.map(() => []);
  const termIds = new Map<string, number>();
  // Per field, per term (in order of first sight): its documents and frequencies.
  const lists: { docs: number[]; tfs: number[] }[][] = FIELDS.map(() => []);
  // Abstracts repeat the same few thousand words: normalise each spelling once.
  const seen = new Map<string, string | null>();
  const counts = new Map<number, number>();
  let doc = 0;
  for (const p of papers) {
    ids.push(p.id);
    normTitles.push(p.normTitle);
    years.push(p.year ?? 0);
    const texts = [p.title, p.abstract, p.authors ?? ''];
    for (let f = 0; f < FIELDS.length; f++) {
      const words = tokenize(texts[f]!);
      lengths[f]!.push(Math.min(0xffff, words.length));
      counts.clear();
      for (const w of words) {
        let term = seen.get(w);
        if (term === undefined) {
          term = processTerm(w);
          seen.set(w, term);
        }
        if (term === null) continue;
        let id = termIds.get(term);
        if (id === undefined) {
          id = termIds.size;
          termIds.set(term, id);
        }
        counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const field = lists[f]!;
      for (const [id, tf] of counts) {
        let list = field[id];
        if (!list) {
          list = { docs: [], tfs: [] };
          field[id] = list;
        }
        list.docs.push(doc);
        list.tfs.push(tf);
      }
    }
    doc++;
  }
  const byTerm = [...termIds.keys()].sort();
  const df = FIELDS.map(() => new Uint32Array(byTerm.length));
  const postings = FIELDS.map((_, f) => {
    const writer = new PostingsWriter();
    byTerm.forEach((term, t) => {
      const list = lists[f]![termIds.get(term)!];
      df[f]![t] = list?.docs.length ?? 0;
      writer.write(list?.docs ?? [], list?.tfs ?? []);
    });
    return writer.finish();
  });
  return {
    ids,
    normTitles,
    years: Int16Array.from(years),
    lengths: lengths.map((l) => Uint16Array.from(l)),
    terms: byTerm,
    df,
    postings,
  };
}
