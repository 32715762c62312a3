import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { planSeed } from '@/lib/catalogue/seed';
import { TitleMatcher } from '@/lib/match/matcher';
import { normaliseTitle, paperId } from '@/lib/match/normalise';
import { entry } from './entries';

let seeds: CatalogueEntry[];
let matcher: TitleMatcher;
const byTitle = (t: string) => seeds.find((p) => p.title === t)!;

beforeAll(() => {
  seeds = planSeed().entries;
  matcher = TitleMatcher.build(seeds);
});

describe('on the seed catalogue', () => {
  it('TeX titles meet the digest spelling ("boldsymbolλ-…")', () => {
    const m = matcher.match({
      title: '$\\boldsymbol{\\lambda}$-Orthogonality Regularization for Compatible Representation Learning',
      source: 'meta',
    });
    expect(m?.kind).toBe('exact');
    expect(m?.paper.title).toBe(
      'boldsymbolλ-Orthogonality Regularization for Compatible Representation Learning',
    );
  });

  it('LoRA is not in the catalogue, despite sharing words with several titles', () => {
    const title = 'LoRA: Low-Rank Adaptation of Large Language Models';
    const abstract =
      'An important paradigm of natural language processing consists of large-scale pre-training on general domain ' +
      'data and adaptation to particular tasks or domains. As we pre-train larger models, full fine-tuning, which ' +
      'retrains all model parameters, becomes less feasible. We propose Low-Rank Adaptation, or LoRA, which freezes ' +
      'the pre-trained model weights and injects trainable rank decomposition matrices into each layer.';
    expect(matcher.match({ title, abstract, source: 'meta' })).toBeNull();
    expect(matcher.match({ title, source: 'meta' })).toBeNull();
  });

  it('every seed title matches itself exactly, and ids are stable', () => {
    for (const p of seeds) {
      expect(paperId(normaliseTitle(p.title))).toBe(p.id);
      expect(matcher.match({ title: p.title, source: 'meta' })?.paper.id).toBe(p.id);
    }
  });

  it('a title changed between arXiv versions still matches through the abstract', () => {
    const paper = byTitle('Why do Nearest Neighbor Language Models Work?');
    const m = matcher.match({
      title: 'What Makes kNN-LMs Better Than Parametric LMs',
      abstract: paper.abstract.replace('Currently, most LMs', 'Today most language models'),
      source: 'meta',
    });
    expect(m?.paper.id).toBe(paper.id);
    expect(m?.kind).toBe('fuzzy');
    expect(m?.why).toMatch(/abstract agrees/);
  });

  it('a retitled paper sharing some title words is still found through its abstract', () => {
    const paper = byTitle('Single-pass Adaptive Image Tokenization for Minimum Program Search');
    const words = paper.abstract.split(' ');
    const page = { title: 'A Study of Adaptive Image Tokenization', source: 'meta' };
    expect(matcher.match(page)).toBeNull();
    const m = matcher.match({ ...page, abstract: words.slice(0, (words.length * 3) >> 2).join(' ') });
    expect(m?.paper.id).toBe(paper.id);
    expect(m?.why).toMatch(/abstract agrees/);
  });

  it('a moderately different title is confirmed by the abstract, rejected without it', () => {
    const paper = byTitle('Why do Nearest Neighbor Language Models Work?');
    const title = 'Why Do Nearest-Neighbour Language Model Work?';
    expect(matcher.match({ title, source: 'meta' })?.paper.id).toBe(paper.id);
    const changed = 'Why Nearest Neighbor Language Models Work: An Analysis';
    expect(matcher.match({ title: changed, source: 'meta' })).toBeNull();
    expect(matcher.match({ title: changed, abstract: paper.abstract, source: 'meta' })?.paper.id).toBe(
      paper.id,
    );
  });

  it('a near-identical title with an unrelated abstract is a different paper', () => {
    const paper = byTitle('Self-Attentive Sequential Recommendation');
    const other =
      'We present a benchmark of graph neural networks for molecular property prediction across twelve datasets, ' +
      'showing that simple message passing baselines remain competitive when tuned with the same budget as newer ' +
      'architectures, and release code and splits for reproducible comparison of future methods in chemistry.';
    expect(
      matcher.match({ title: 'Self-Attentive Sequential Recommendations', source: 'meta' })?.paper.id,
    ).toBe(paper.id);
    expect(
      matcher.match({ title: 'Self-Attentive Sequential Recommendations', abstract: other, source: 'meta' }),
    ).toBeNull();
  });

  it('matches a GitHub repo through the code link of an abstract, case-insensitively', () => {
    const m = matcher.match({ title: 'JuyongJiang/kasa', repo: 'JuyongJiang/kasa', source: 'repo' });
    expect(m?.kind).toBe('repo');
    expect(m?.paper.title).toBe('KaSA: Knowledge-Aware Singular-Value Adaptation of Large Language Models');
    expect(matcher.match({ title: 'sharkdp/fd', repo: 'sharkdp/fd', source: 'repo' })).toBeNull();
  });

  it('never matches a repo candidate by its name as a title', () => {
    const m = TitleMatcher.build([entry('fd find')]);
    expect(m.match({ title: 'fd/find', repo: 'fd/find', source: 'repo' })).toBeNull();
  });
});

describe('repos and arXiv ids', () => {
  const a = entry('A Paper With Its Own Code', 'Code: https://github.com/alice/own-code.');
  const b = entry(
    'First Paper Using A Library',
    'We build on https://github.com/huggingface/peft for adapters.',
  );
  const c = entry('Second Paper Using A Library', 'Implemented with https://github.com/huggingface/peft.');
  const m = TitleMatcher.build([a, b, c]);

  it('a repo linked from one abstract identifies that paper', () => {
    expect(m.match({ title: 'alice/own-code', repo: 'alice/own-code', source: 'repo' })?.paper.id).toBe(a.id);
  });

  it('a repo linked from several abstracts is a shared tool: no match', () => {
    expect(m.match({ title: 'huggingface/peft', repo: 'huggingface/peft', source: 'repo' })).toBeNull();
  });

  it('learns arXiv ids, then matches PDFs by id (any version)', () => {
    const matcher = TitleMatcher.build([a, b]);
    expect(matcher.match({ title: 'arXiv:2401.00001', arxivId: '2401.00001', source: 'url' })).toBeNull();
    matcher.learnArxivId(a.id, '2401.00001');
    const hit = matcher.match({ title: 'arXiv:2401.00001', arxivId: '2401.00001v3', source: 'url' });
    expect(hit?.kind).toBe('arxiv-id');
    expect(hit?.paper.arxivId).toBe('2401.00001');
  });

  it('a paper known under another arXiv id is a different paper despite the same title', () => {
    const known = TitleMatcher.build([{ ...a, arxivId: '2401.00001' }]);
    expect(known.match({ title: a.title, arxivId: '2402.99999', source: 'meta' })).toBeNull();
    expect(known.match({ title: a.title, arxivId: null, source: 'meta' })?.kind).toBe('exact');
  });
});

describe('scale', () => {
  it('finds the right paper among 20k similar titles', () => {
    const words = [
      'neural',
      'graph',
      'sparse',
      'robust',
      'adaptive',
      'efficient',
      'learning',
      'model',
      'vision',
      'speech',
    ];
    const papers: CatalogueEntry[] = [];
    for (let i = 0; i < 20_000; i++) {
      const w = (k: number) => words[(i * (k + 3) + k * 7) % words.length]!;
      papers.push(entry(`${w(0)} ${w(1)} ${w(2)} methods number ${i.toString(36)} for ${w(3)} data`));
    }
    const target = papers[12_345]!;
    const big = TitleMatcher.build(papers);
    expect(big.match({ title: target.title.toUpperCase(), source: 'meta' })?.paper.id).toBe(target.id);
    // One token dropped: found through the token index, accepted as a variant.
    const variant = target.title.replace(' data', '');
    expect(big.match({ title: variant, source: 'meta' })?.paper.id).toBe(target.id);
  });
});
