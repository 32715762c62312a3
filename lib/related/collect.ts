import type { CatalogueEntry } from '../catalogue/entry';
import { repoKey } from '../catalogue/links';
import { grow, TermDictionary, WordTable } from './dictionary';
import type { RelatedParams } from './params';
import { wordTerm } from './text';
import { cleanText, forEachToken } from './tokens';

/** Every paper's terms with their frequencies, flat: paper `d` holds entries start[d]..start[d+1]. */
export interface CollectedTerms {
  dict: TermDictionary;
  /** Papers holding each term. */
  df: Uint32Array;
  start: Uint32Array;
  terms: Int32Array;
  /** Term frequency, clamped to 1..255 (title occurrences count `titleWeight`). */
  tfs: Uint8Array;
}

/**
 * The build-side twin of rawTerms (vectors.ts): the same terms and frequencies, in the same order
 * (each paper's terms by first occurrence), but as ids. A surface word is stemmed once per build,
 * and no per-paper Map or string is made.
 */
export function collectTerms(papers: readonly CatalogueEntry[], p: RelatedParams): CollectedTerms {
  const dict = new TermDictionary();
  const words = new WordTable(); // surface word → term id, -1: not a term
  let acc = new Float64Array(1 << 16); // this paper's weight per term
  let seen = new Int32Array(1 << 16); // 1 + index of the last paper that had the term
  let df = new Uint32Array(1 << 16);
  const touched: number[] = [];
  let terms = new Int32Array(1 << 20);
  let tfs = new Uint8Array(1 << 20);
  const start = new Uint32Array(papers.length + 1);
  let len = 0;
  let doc = 0;

  const bump = (id: number, weight: number, replace: boolean) => {
    if (id >= acc.length) {
      acc = grow(acc, id + 1);
      seen = grow(seen, id + 1);
      df = grow(df, id + 1);
    }
    if (seen[id] !== doc + 1) {
      seen[id] = doc + 1;
      acc[id] = 0;
      touched.push(id);
    }
    acc[id] = replace ? weight : acc[id]! + weight;
  };

  const addText = (raw: string, weight: number) => {
    const text = cleanText(raw);
    let prev = -1;
    forEachToken(text, (from, to, hash) => {
      let id = words.get(text, from, to, hash);
      if (id === undefined) {
        const s = wordTerm(text.slice(from, to), p);
        id = s === null ? -1 : dict.term(s);
        words.add(text.slice(from, to), hash, id);
      }
      if (id < 0) {
        prev = -1;
        return;
      }
      bump(id, weight, false);
      if (p.phrases && prev >= 0 && prev !== id) bump(dict.phrase(prev, id), weight, false);
      prev = id;
    });
  };

  for (; doc < papers.length; doc++) {
    const paper = papers[doc]!;
    touched.length = 0;
    addText(paper.title, p.titleWeight);
    addText(paper.abstract ?? '', 1);
    if (p.codeTerms) {
      for (const url of paper.codeLinks ?? []) {
        const repo = repoKey(url);
        if (!repo) continue;
        bump(dict.term(`code:${repo}`), p.titleWeight, true);
        bump(dict.term(`org:${repo.split('/')[0]!}`), 1, true);
      }
    }
    if (len + touched.length > terms.length) {
      terms = grow(terms, len + touched.length);
      tfs = grow(tfs, len + touched.length);
    }
    for (const id of touched) {
      df[id]!++;
      terms[len] = id;
      tfs[len++] = Math.min(255, Math.max(1, Math.round(acc[id]!)));
    }
    start[doc + 1] = len;
  }
  return { dict, df: df.subarray(0, dict.size), start, terms, tfs };
}
