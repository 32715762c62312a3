import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { planSeed } from '@/lib/catalogue/seed';
import { collectTerms } from '@/lib/related/collect';
import { DEFAULT_PARAMS, type RelatedParams } from '@/lib/related/params';
import { rawTerms } from '@/lib/related/vectors';

/** The build collects terms by id; queries by string (rawTerms). Both must see the same terms. */
function viaStrings(papers: readonly CatalogueEntry[], p: RelatedParams): [string, number][][] {
  return papers.map((paper) =>
    [...rawTerms(paper, p, false).weights].map(([t, w]): [string, number] => [
      t,
      Math.min(255, Math.max(1, Math.round(w))),
    ]),
  );
}

function viaIds(papers: readonly CatalogueEntry[], p: RelatedParams): [string, number][][] {
  const c = collectTerms(papers, p);
  return papers.map((_, doc) => {
    const out: [string, number][] = [];
    for (let k = c.start[doc]!; k < c.start[doc + 1]!; k++) out.push([c.dict.name(c.terms[k]!), c.tfs[k]!]);
    return out;
  });
}

describe('collectTerms', () => {
  const seeds = planSeed().entries.sort((a, b) => a.seq - b.seq);
  const odd: CatalogueEntry = {
    ...seeds[0]!,
    title: 'Low-Rank LoRA: low rank low rank 2024 $\\mathbf{x}$',
    abstract: 'the of (low) rank… https://github.com/a/b. Ünïcödé naïve 😀',
    codeLinks: [
      'https://github.com/Org/Repo',
      'https://github.com/org/repo.git',
      'https://github.com/org/other',
      'nonsense',
    ],
  };

  for (const [label, params] of [
    ['default params', DEFAULT_PARAMS],
    [
      'no stems, no phrases, English stop words',
      { ...DEFAULT_PARAMS, stem: false, phrases: false, academicStopWords: false },
    ],
    ['fractional title weight', { ...DEFAULT_PARAMS, titleWeight: 2.5 }],
  ] as const) {
    it(`holds each paper's terms, frequencies and order as rawTerms does (${label})`, () => {
      const papers = [...seeds, odd];
      expect(viaIds(papers, params)).toEqual(viaStrings(papers, params));
    });
  }

  it('counts in df the papers holding each term', () => {
    const c = collectTerms(seeds, DEFAULT_PARAMS);
    const df = new Map<string, number>();
    for (const bag of viaStrings(seeds, DEFAULT_PARAMS))
      for (const [t] of bag) df.set(t, (df.get(t) ?? 0) + 1);
    expect(c.dict.size).toBe(df.size);
    for (let id = 0; id < c.dict.size; id++) expect(c.df[id], c.dict.name(id)).toBe(df.get(c.dict.name(id)));
  });
});
