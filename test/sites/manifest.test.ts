// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { detectPage, findAnchorElement } from '@/lib/sites';
import { normaliseTitle } from '@/lib/match/normalise';
import { loadPage, manifest } from './fixtures';

/** Detection alone (no catalogue): every page the manifest lists yields the paper(s) it names. */
describe.each(manifest())('$file', (page) => {
  const url = new URL(page.url);
  const detection = detectPage(loadPage(page.file), url);
  const titles = (detection?.candidates ?? []).map((c) => normaliseTitle(c.title));

  if (page.expect.title || page.expect.pageTitle) {
    it('detects the page title as a candidate', () => {
      const want = normaliseTitle(page.expect.title ?? page.expect.pageTitle!);
      expect(detection?.kind).toBe('single');
      expect(titles).toContain(want);
    });
  }

  if (page.expect.onPage) {
    it('lists every entry, anchored by its arXiv id', () => {
      const doc = loadPage(page.file);
      expect(detection?.kind).toBe('multi');
      for (const t of page.expect.onPage!) expect(titles).toContain(normaliseTitle(t));
      for (const c of detection!.candidates) {
        expect(c.anchor).toBe(c.arxivId);
        const el = findAnchorElement(doc, 'arxiv', c.anchor!, url);
        expect(normaliseTitle(el?.textContent ?? '')).toContain(normaliseTitle(c.title));
      }
    });
  }

  if (!page.expect.panel) {
    it('offers only the repo itself, nothing that looks like a paper', () => {
      expect(detection?.candidates.map((c) => c.source)).toEqual(['repo']);
    });
  }
});

describe('fixture details', () => {
  const detect = (file: string, url: string) => detectPage(loadPage(file), new URL(url))!;

  it('arXiv abs: raw TeX title from citation_title, abstract from citation_abstract, id from meta', () => {
    const [c] = detect('arxiv-abs-2509.16664.html', 'https://arxiv.org/abs/2509.16664').candidates;
    expect(c!.title).toBe(
      '$\\boldsymbol{\\lambda}$-Orthogonality Regularization for Compatible Representation Learning',
    );
    expect(c!.abstract).toMatch(/^Retrieval systems rely on representations/);
    expect(c!.arxivId).toBe('2509.16664');
  });

  it('arXiv listing: all 9 entries of the 3 dl#articles blocks, with abstracts', () => {
    const d = detect('arxiv-list-cs.LG-new.html', 'https://arxiv.org/list/cs.LG/new');
    expect(d.candidates.map((c) => c.arxivId)).toEqual([
      '2305.19435',
      '2305.20050',
      '2305.18290',
      '2305.17126',
      '2305.14625',
      '2305.19370',
      '2305.19466',
      '2305.14314',
      '2305.13048',
    ]);
    expect(d.candidates[0]!.title).toBe('AdANNS: A Framework for Adaptive Semantic Search');
    expect(d.candidates[4]!.abstract).toMatch(/^In this paper, we study the generation quality/);
  });

  it('arXiv search: highlight spans joined back into words, full abstract without "Less"', () => {
    const d = detect(
      'arxiv-search-self-attentive-sequential-recommendation.html',
      'https://arxiv.org/search/?query=self-attentive+sequential+recommendation&searchtype=all',
    );
    expect(d.candidates[0]!.title).toBe('Self-Attentive Sequential Recommendation');
    expect(d.candidates[0]!.abstract).toMatch(/patterns in activity sequences\.$/);
    expect(d.candidates[1]!.title).toBe(
      'Sequential Recommendation with Relation-Aware Kernelized Self-Attention',
    );
  });

  it('arXiv HTML: line break becomes a space, id from the watermark', () => {
    const [c] = detect('arxiv-html-2403.14403v2.html', 'https://arxiv.org/html/2403.14403v2').candidates;
    expect(c!.title).toBe(
      'Adaptive-RAG: Learning to Adapt Retrieval-Augmented Large Language Models through Question Complexity',
    );
    expect(c!.arxivId).toBe('2403.14403');
    expect(c!.abstract).toMatch(/^Retrieval-Augmented Large Language Models \(LLMs\)/);
  });

  it('GitHub KaSA: repo, BibTeX title (with its arXiv id), README heading, badge id', () => {
    const d = detect('github-juyongjiang-KaSA.html', 'https://github.com/juyongjiang/KaSA');
    expect(d.candidates.map((c) => [c.source, c.repo ?? c.arxivId ?? null])).toEqual([
      ['repo', 'juyongjiang/KaSA'],
      ['bibtex', '2412.06071'],
      ['readme-heading', null],
      ['arxiv-link', '2412.06071'],
    ]);
  });

  it('Hugging Face: h1 title, full abstract (not the shortened data-props summary), id from URL', () => {
    const [c] = detect('hf-papers-2309.06922.html', 'https://huggingface.co/papers/2309.06922').candidates;
    expect(c!.title).toBe('Hydra: Multi-head Low-rank Adaptation for Parameter Efficient Fine-tuning');
    expect(c!.abstract).toMatch(/Our code is available on https:\/\/github.com\/extremebird\/Hydra$/);
    expect(c!.arxivId).toBe('2309.06922');
  });
});
