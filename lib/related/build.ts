import type { CatalogueEntry } from '../catalogue/entry';
import type { RelatedParams } from './params';
import { PostingStore, PostingsWriter } from './postings';
import type { IndexData } from './snapshot';
import { isPhrase } from './text';
import { idf, rawTerms } from './vectors';

/** 1 + ln(tf) for every storable tf: the sublinear tf of a posting, shared by build and query. */
export const LOG_TF = Float32Array.from({ length: 256 }, (_, tf) => (tf === 0 ? 0 : 1 + Math.log(tf)));

export function termBoost(term: string, params: RelatedParams): number {
  return isPhrase(term) ? params.phraseBoost : 1;
}

/**
 * Builds the index data in two passes over compact per-paper arrays (one shared term dictionary),
 * so 50k papers never hold 50k Maps of strings at once.
 */
export function buildIndexData(papers: readonly CatalogueEntry[], p: RelatedParams): IndexData {
  const n = papers.length;
  const dict = new Map<string, number>();
  const df: number[] = [];
  const docTerms: Int32Array[] = [];
  const docTfs: Uint8Array[] = [];
  for (const paper of papers) {
    const bag = rawTerms(paper, p, false);
    const ids = new Int32Array(bag.weights.size);
    const tfs = new Uint8Array(bag.weights.size);
    let k = 0;
    for (const [t, tf] of bag.weights) {
      let id = dict.get(t);
      if (id === undefined) {
        id = df.length;
        dict.set(t, id);
        df.push(0);
      }
      df[id]!++;
      ids[k] = id;
      tfs[k++] = Math.min(255, Math.max(1, Math.round(tf)));
    }
    docTerms.push(ids);
    docTfs.push(tfs);
  }
  const termList = [...dict.keys()];
  // A repository is rare by nature; an outside paper with the same code is still worth finding.
  const codeTerm = Uint8Array.from(termList, (t) => (t.startsWith('code:') ? 1 : 0));
  const termWeight = Float64Array.from(termList, (t, id) => idf(df[id]!, n, p) * termBoost(t, p));

  // Pass 2: drop terms no other paper has, norm over the rest, keep the strongest.
  const norms = new Float32Array(n);
  const postingsPerTerm = new Uint32Array(termList.length);
  for (let doc = 0; doc < n; doc++) {
    const ids = docTerms[doc]!;
    const tfs = docTfs[doc]!;
    const kept: { id: number; tf: number; w: number }[] = [];
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      const single = df[id]! < p.minDf;
      if (single && !codeTerm[id]) continue;
      const w = LOG_TF[tfs[k]!]! * termWeight[id]!;
      // A repo no other paper has can't dilute this paper's similarity to the rest of the catalogue.
      if (!single) norm += w * w;
      kept.push({ id, tf: tfs[k]!, w });
    }
    norms[doc] = Math.sqrt(norm) || 1;
    if (kept.length > p.maxTermsPerDoc)
      kept.sort((a, b) => b.w - a.w || a.id - b.id).length = p.maxTermsPerDoc;
    docTerms[doc] = Int32Array.from(kept, (x) => x.id);
    docTfs[doc] = Uint8Array.from(kept, (x) => x.tf);
    for (const x of kept) postingsPerTerm[x.id]!++;
  }

  // Vocabulary: terms with postings, renumbered; lists filled in doc order, so sorted by doc.
  const newId = new Int32Array(termList.length).fill(-1);
  const terms: string[] = [];
  for (let id = 0; id < termList.length; id++) {
    if (postingsPerTerm[id]! > 0) {
      newId[id] = terms.length;
      terms.push(termList[id]!);
    }
  }
  const start = new Uint32Array(terms.length + 1);
  for (let id = 0; id < termList.length; id++) {
    if (newId[id]! >= 0) start[newId[id]! + 1] = postingsPerTerm[id]!;
  }
  for (let t = 0; t < terms.length; t++) start[t + 1]! += start[t]!;
  const fill = start.slice(0, terms.length);
  const flatDocs = new Uint32Array(start[terms.length]!);
  const flatTfs = new Uint8Array(flatDocs.length);
  for (let doc = 0; doc < n; doc++) {
    const ids = docTerms[doc]!;
    const tfs = docTfs[doc]!;
    for (let k = 0; k < ids.length; k++) {
      const at = fill[newId[ids[k]!]!]!++;
      flatDocs[at] = doc;
      flatTfs[at] = tfs[k]!;
    }
  }
  const writer = new PostingsWriter();
  const offsets = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) {
    writer.write(
      flatDocs.subarray(start[t]!, start[t + 1]!),
      flatTfs.subarray(start[t]!, start[t + 1]!),
      start[t + 1]! - start[t]!,
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
    df: Uint32Array.from(terms, (t) => df[dict.get(t)!]!),
    norms,
    postings: PostingStore.fromBytes(offsets, writer.finish()),
  };
}
