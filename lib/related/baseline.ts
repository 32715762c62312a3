import type { CatalogueEntry } from '../catalogue/entry';
import { normaliseTitle } from '../match/normalise';
import type { RelatedOptions, RelatedQuery, RelatedResult } from './index';
import { sameTitle } from './same-paper';

/**
 * The yardstick: plain tf-idf cosine as arxiv-sanity computes it (scikit-learn TfidfVectorizer with
 * word 1–2-grams, English stop words removed before n-grams, sublinear tf, smooth idf, l2 norm) over
 * title + abstract, scored brute force against every paper. No phrases, stems or field weights.
 * Document-frequency cut-offs (min_df/max_df) are left out: they assume a far larger corpus.
 */
const SKLEARN_TOKEN = /\b[a-zA-Z_][a-zA-Z0-9_]+\b/g;
// scikit-learn's ENGLISH_STOP_WORDS, the common part (function words).
const STOP = new Set(
  `a about above across after afterwards again against all almost alone along already also although always
am among amongst an and another any anyhow anyone anything anyway anywhere are around as at be became because
become becomes becoming been before beforehand behind being below beside besides between beyond both but by
can cannot could de describe detail do done down due during each eg either else elsewhere enough etc even
ever every except few for former formerly from further get give go had has hence her here hereafter hereby
herein hereupon hers herself him himself his how however i ie if in inc indeed into is it its itself keep
last latter latterly least less ltd made many may me meanwhile might more moreover most mostly much must my
myself namely neither never nevertheless next no nobody none noone nor not nothing now nowhere of off often
on once one only onto or other others otherwise our ours ourselves out over own part per perhaps please put
rather re same see seem seemed seeming seems several she should show side since so some somehow someone
something sometime sometimes somewhere still such take than that the their them themselves then thence there
thereafter thereby therefore therein thereupon these they this those though through throughout thru thus to
together too toward towards under until up upon us very via was we well were what whatever when whence
whenever where whereafter whereas whereby wherein whereupon wherever whether which while whither who whoever
whole whom whose why will with within without would yet you your yours yourself yourselves`.split(/\s+/),
);

function ngrams(text: string): Map<string, number> {
  const words = (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .match(SKLEARN_TOKEN) ?? []
  ).filter((w) => !STOP.has(w));
  const tf = new Map<string, number>();
  words.forEach((w, i) => {
    tf.set(w, (tf.get(w) ?? 0) + 1);
    if (i > 0) tf.set(`${words[i - 1]} ${w}`, (tf.get(`${words[i - 1]} ${w}`) ?? 0) + 1);
  });
  return tf;
}

export class TfidfBaseline {
  private constructor(
    private readonly ids: string[],
    private readonly normTitles: string[],
    private readonly idf: Map<string, number>,
    private readonly vectors: Map<string, number>[],
  ) {}

  static build(papers: readonly CatalogueEntry[]): TfidfBaseline {
    const tfs = papers.map((p) => ngrams(`${p.title}\n${p.abstract}`));
    const df = new Map<string, number>();
    for (const tf of tfs) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const n = papers.length;
    const idf = new Map([...df].map(([t, f]) => [t, Math.log((1 + n) / (1 + f)) + 1]));
    return new TfidfBaseline(
      papers.map((p) => p.id),
      papers.map((p) => p.normTitle),
      idf,
      tfs.map((tf) => vectorise(tf, idf)),
    );
  }

  serialize(): string {
    return JSON.stringify({
      ids: this.ids,
      normTitles: this.normTitles,
      idf: [...this.idf],
      vectors: this.vectors.map((v) => [...v]),
    });
  }

  static restore(data: string): TfidfBaseline {
    const raw = JSON.parse(data) as {
      ids: string[];
      normTitles: string[];
      idf: [string, number][];
      vectors: [string, number][][];
    };
    return new TfidfBaseline(
      raw.ids,
      raw.normTitles,
      new Map(raw.idf),
      raw.vectors.map((v) => new Map(v)),
    );
  }

  query(q: RelatedQuery, opts: RelatedOptions = {}): RelatedResult[] {
    const qv = vectorise(ngrams(`${q.title}\n${q.abstract ?? ''}`), this.idf);
    const exclude = new Set(q.excludeIds ?? []);
    const qNorm = normaliseTitle(q.title);
    const hits: { i: number; score: number; shared: string[] }[] = [];
    this.vectors.forEach((v, i) => {
      if (exclude.has(this.ids[i]!) || sameTitle(qNorm, this.normTitles[i]!)) return;
      let score = 0;
      const shared: [string, number][] = [];
      for (const [t, w] of qv) {
        const dw = v.get(t);
        if (dw !== undefined) {
          score += w * dw;
          shared.push([t, w * dw]);
        }
      }
      if (score > (opts.minScore ?? 0)) hits.push({ i, score, shared: top(shared, 3) });
    });
    hits.sort((a, b) => b.score - a.score || a.i - b.i);
    return hits.slice(0, opts.limit ?? 5).map((h) => ({
      id: this.ids[h.i]!,
      score: h.score,
      reason: `shares: ${h.shared.join(', ')}`,
      terms: h.shared,
    }));
  }
}

function vectorise(tf: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  let norm = 0;
  for (const [t, f] of tf) {
    const w = idf.get(t);
    if (w === undefined) continue; // out-of-vocabulary query terms, as transform() drops them
    const x = (1 + Math.log(f)) * w;
    v.set(t, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [t, x] of v) v.set(t, x / norm);
  return v;
}

function top(shared: [string, number][], k: number): string[] {
  return shared
    .sort((a, b) => b[1] - a[1])
    .slice(0, k)
    .map(([t]) => t);
}
