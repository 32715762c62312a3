// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage, findAnchorElement } from '@/lib/sites';
import { normaliseTitle } from '@/lib/match/normalise';
import { loadPage } from './fixtures';

const detect = (file: string, url: string) => detectPage(loadPage(file), new URL(url));

describe('arXiv variants', () => {
  it('abs with a version in the URL: id without version', () => {
    const d = detect('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828v2');
    expect(d?.candidates[0]?.arxivId).toBe('2301.02828');
  });

  it('old-style id, no meta tags, MathJax-rendered title: TeX source kept, rendered copy dropped', () => {
    const d = detect('own/arxiv-abs-old-id-mathjax.html', 'https://arxiv.org/abs/hep-th/9901001v2');
    const c = d!.candidates[0]!;
    expect(c.arxivId).toBe('hep-th/9901001');
    expect(c.title).toBe('$\\boldsymbol{\\lambda}$-Orthogonality of Strings');
    expect(normaliseTitle(c.title)).toBe('lambda orthogonality of strings');
    expect(c.abstract).toBe('We study the $\\lambda$-orthogonality of strings.');
    expect(c.source).toBe('heading');
  });

  it('listing in the old layout (span.list-identifier, one dl, old-style ids)', () => {
    const url = new URL('https://arxiv.org/list/cs.LG/pastweek?show=25');
    const doc = loadPage('own/arxiv-list-old-layout.html');
    const d = detectPage(doc, url)!;
    expect(d.kind).toBe('multi');
    expect(d.candidates.map((c) => [c.arxivId, c.title])).toEqual([
      ['2305.19435', 'AdANNS: A Framework for Adaptive Semantic Search'],
      ['cs/0112017', 'An Old Paper About Something Else Entirely'],
    ]);
    expect(d.candidates[0]!.abstract).toBeUndefined();
    expect(findAnchorElement(doc, 'arxiv', 'cs/0112017', url)?.className).toContain('list-title');
    expect(findAnchorElement(doc, 'arxiv', '9999.99999', url)).toBeNull();
  });

  it('HTML paper with MathML title, footnote, no watermark: id from URL', () => {
    const d = detect('own/arxiv-html-variant.html', 'https://arxiv.org/html/2509.16664v2/');
    const c = d!.candidates[0]!;
    expect(c.title).toBe(
      '$\\boldsymbol{\\lambda}$-Orthogonality Regularization for Compatible Representation Learning',
    );
    expect(c.arxivId).toBe('2509.16664');
  });

  it('PDF URL: detected from the URL alone, titled by its id', () => {
    const d = detectPage(
      document.implementation.createHTMLDocument(''),
      new URL('https://arxiv.org/pdf/2301.02828v1'),
    );
    expect(d).toEqual({
      site: 'arxiv',
      kind: 'single',
      candidates: [
        {
          title: 'arXiv:2301.02828',
          arxivId: '2301.02828',
          url: 'https://arxiv.org/abs/2301.02828',
          source: 'url',
        },
      ],
    });
  });

  it('arXiv pages without papers give nothing', () => {
    expect(detect('arxiv-list-cs.LG-new.html', 'https://arxiv.org/')).toBeNull();
    expect(
      detectPage(document.implementation.createHTMLDocument(''), new URL('https://arxiv.org/abs/2301.02828')),
    ).toBeNull();
  });
});

describe('GitHub variants', () => {
  it('BibTeX only (title = "…", nested braces), README heading is a project name', () => {
    const d = detect('own/github-bibtex-only.html', 'https://github.com/someone/hydra-peft/tree/main');
    expect(d!.candidates.map((c) => [c.source, c.title])).toEqual([
      ['repo', 'someone/hydra-peft'],
      ['bibtex', 'Hydra: Multi-head Low-rank Adaptation for Parameter Efficient Fine-tuning'],
      ['readme-heading', 'hydra-peft'],
    ]);
  });

  it('a user page (even with a profile README) is not a repo page', () => {
    expect(detect('own/github-user-page.html', 'https://github.com/sharkdp')).toBeNull();
    expect(detect('own/github-user-page.html', 'https://github.com/settings/profile')).toBeNull();
  });

  it('sub-pages of a repo without README still offer the repo', () => {
    const d = detectPage(
      document.implementation.createHTMLDocument(''),
      new URL('https://github.com/juyongjiang/KaSA/issues'),
    );
    expect(d!.candidates).toEqual([
      {
        title: 'juyongjiang/KaSA',
        repo: 'juyongjiang/KaSA',
        url: 'https://github.com/juyongjiang/KaSA',
        source: 'repo',
      },
    ]);
  });
});

describe('Hugging Face variants', () => {
  it('before hydration: title from data-props/og:title, short summary as abstract', () => {
    const d = detect('own/hf-papers-no-h1.html', 'https://huggingface.co/papers/1808.09781');
    const c = d!.candidates[0]!;
    expect(c.title).toBe('Self-Attentive Sequential Recommendation');
    expect(c.arxivId).toBe('1808.09781');
    expect(c.abstract).toMatch(/^Sequential dynamics/);
  });

  it('other HF pages give nothing', () => {
    expect(detect('hf-papers-2309.06922.html', 'https://huggingface.co/papers')).toBeNull();
  });
});
