import type { CatalogueEntry } from '../catalogue/entry';
import type { RelatedParams } from './params';
import { PostingStore, PostingsWriter } from './postings';
import type { IndexData } from './snapshot';
import { collectTerms } from './collect';
import { grow } from './dictionary';
import { isPhrase } from './text';
import { idf } from './vectors';

/** 1 + ln(tf) for every storable tf: the sublinear tf of a posting, shared by build and query. */
export const LOG_TF = Float32Array.from({ length: 256 }, (_, tf) => (tf === 0 ? 0 : 1 + Math.log(tf)));

export function termBoost(term: string, params: RelatedParams): number {
  return isPhrase(term) ? params.phraseBoost : 1;
}

/**
 * Builds the index data from flat per-paper term arrays (collect.ts): typed arrays throughout, one
 * shared term dictionary, and strings only for the terms the index keeps.
 */
export function buildIndexData(papers: readonly CatalogueEntry[], p: RelatedParams): IndexData {
  const n = papers.length;
  const { dict, df, start, terms: docTerms, tfs: docTfs } = collectTerms(papers, p);
  const termCount = dict.size;
  // A repository is rare by nature; an outside paper with the same code is still worth finding.
  const codeTerm = new Uint8Array(termCount);
  const termWeight = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) {
    const phrase = dict.isPhrase(id);
    if (!phrase && dict.name(id).startsWith('code:')) codeTerm[id] = 1;
    termWeight[id] = idf(df[id]!, n, p) * (phrase ? p.phraseBoost : 1);
  }

  // Pass 2: drop terms no other paper has, norm over the rest, keep the strongest (in place).
  const norms = new Float32Array(n);
  const postingsPerTerm = new Uint32Array(termCount);
  const keptStart = new Uint32Array(n + 1);
  let w = new Float64Array(256);
  let out = 0;
  for (let doc = 0; doc < n; doc++) {
    const from = out;
    let norm = 0;
    for (let k = start[doc]!; k < start[doc + 1]!; k++) {
      const id = docTerms[k]!;
      const single = df[id]! < p.minDf;
      if (single && !codeTerm[id]) continue;
      const weight = LOG_TF[docTfs[k]!]! * termWeight[id]!;
      // A repo no other paper has can't dilute this paper's similarity to the rest of the catalogue.
      if (!single) norm += weight * weight;
      if (out - from >= w.length) w = grow(w);
      w[out - from] = weight;
      docTerms[out] = id;
      docTfs[out++] = docTfs[k]!;
    }
    norms[doc] = Math.sqrt(norm) || 1;
    if (out - from > p.maxTermsPerDoc)
      out = from + keepStrongest(docTerms, docTfs, w, from, out, p.maxTermsPerDoc);
    keptStart[doc + 1] = out;
    for (let k = from; k < out; k++) postingsPerTerm[docTerms[k]!]!++;
  }

  // Vocabulary: terms with postings, renumbered; lists filled in doc order, so sorted by doc.
  const newId = new Int32Array(termCount).fill(-1);
  const terms: string[] = [];
  const keptDf: number[] = [];
  for (let id = 0; id < termCount; id++) {
    if (postingsPerTerm[id]! > 0) {
      newId[id] = terms.length;
      terms.push(dict.name(id));
      keptDf.push(df[id]!);
    }
  }
  const listStart = new Uint32Array(terms.length + 1);
  for (let id = 0; id < termCount; id++) {
    if (newId[id]! >= 0) listStart[newId[id]! + 1] = postingsPerTerm[id]!;
  }
  for (let t = 0; t < terms.length; t++) listStart[t + 1]! += listStart[t]!;
  const fill = listStart.slice(0, terms.length);
  const flatDocs = new Uint32Array(listStart[terms.length]!);
  const flatTfs = new Uint8Array(flatDocs.length);
  for (let doc = 0; doc < n; doc++) {
    for (let k = keptStart[doc]!; k < keptStart[doc + 1]!; k++) {
      const at = fill[newId[docTerms[k]!]!]!++;
      flatDocs[at] = doc;
      flatTfs[at] = docTfs[k]!;
    }
  }
  const writer = new PostingsWriter(flatDocs.length * 3);
  const offsets = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) {
    writer.write(
      flatDocs.subarray(listStart[t]!, listStart[t + 1]!),
      flatTfs.subarray(listStart[t]!, listStart[t + 1]!),
      listStart[t + 1]! - listStart[t]!,
    );
    offsets[t + 1] = writer.length;
  }

  return {
    params: p,
    ids: papers.map((x) => x.id),
    normTitles: papers.map((x) => x.normTitle),
    times: Float64Array.from(papers, (x) => (x.date ? Date.parse(x.date) : NaN)),
    upvotes: Float32Array.from(papers, (x) => x.upvotes ?? 0),
    terms,
    termIndex: new Map(terms.map((t, i) => [t, i])),
    df: Uint32Array.from(keptDf),
    norms,
    postings: PostingStore.fromBytes(offsets, writer.finish()),
  };
}

/**
 * Keeps a paper's `keep` strongest entries of its range [from, to): by weight, ties to the term seen
 * first (lower id), as a full sort would; `w` holds their weights from index 0. The kept entries stay
 * in their order (postings don't care), so only the cut-off weight is needed: a quickselect.
 */
function keepStrongest(
  docTerms: Int32Array,
  docTfs: Uint8Array,
  w: Float64Array,
  from: number,
  to: number,
  keep: number,
): number {
  const count = to - from;
  const cut = kthLargest(w.slice(0, count), keep);
  let above = 0;
  for (let i = 0; i < count; i++) if (w[i]! > cut) above++;
  // Of the entries weighing exactly `cut`, the lowest ids fill the places left.
  const ties: number[] = [];
  for (let i = 0; i < count; i++) if (w[i] === cut) ties.push(docTerms[from + i]!);
  ties.sort((a, b) => a - b);
  const lastTie = ties[keep - above - 1]!;
  let out = from;
  for (let i = 0; i < count; i++) {
    const wi = w[i]!;
    if (wi > cut || (wi === cut && docTerms[from + i]! <= lastTie)) {
      docTerms[out] = docTerms[from + i]!;
      docTfs[out++] = docTfs[from + i]!;
    }
  }
  return keep;
}

/** The k-th largest value (k from 1); reorders `a`. */
function kthLargest(a: Float64Array, k: number): number {
  const target = a.length - k;
  let lo = 0;
  let hi = a.length - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        const t = a[i]!;
        a[i++] = a[j]!;
        a[j--] = t;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return a[target]!;
}
