import { describe, expect, it } from 'vitest';
import {
  githubRepoFromUrl,
  isArxivAbs,
  isArxivHtml,
  isArxivListing,
  isArxivPdf,
  isArxivSearch,
  isGithubRepo,
  isHfPaper,
} from '@/lib/sites/page-detect';

const u = (s: string) => new URL(s);

describe('arXiv predicates', () => {
  const cases: [string, string][] = [
    ['https://arxiv.org/abs/2106.09685', 'abs'],
    ['https://arxiv.org/abs/hep-th/9901001v2', 'abs'],
    ['https://arxiv.org/pdf/2106.09685v1', 'pdf'],
    ['https://arxiv.org/html/2403.14403v2', 'html'],
    ['https://arxiv.org/list/cs.LG/new', 'listing'],
    ['https://arxiv.org/list/cs.LG/recent?skip=0&show=50', 'listing'],
    ['https://arxiv.org/list/hep-th/2401', 'listing'],
    ['https://arxiv.org/search/?query=x&searchtype=all', 'search'],
    ['https://arxiv.org/search/cs?query=x', 'search'],
    ['https://arxiv.org/a/kusupati_a_1', 'search'],
    ['https://arxiv.org/', 'none'],
    ['https://arxiv.org/abs/', 'none'],
    ['https://arxiv.org/list/cs.LG', 'none'],
    ['https://github.com/abs/2106.09685', 'none'],
  ];
  it.each(cases)('%s is %s', (url, kind) => {
    const got = [
      isArxivAbs(u(url)) && 'abs',
      isArxivPdf(u(url)) && 'pdf',
      isArxivHtml(u(url)) && 'html',
      isArxivListing(u(url)) && 'listing',
      isArxivSearch(u(url)) && 'search',
    ].filter(Boolean);
    expect(got).toEqual(kind === 'none' ? [] : [kind]);
  });
});

describe('GitHub repository pages', () => {
  it.each([
    ['https://github.com/juyongjiang/KaSA', 'juyongjiang/KaSA'],
    ['https://github.com/juyongjiang/KaSA/', 'juyongjiang/KaSA'],
    ['https://github.com/juyongjiang/KaSA/tree/main/src', 'juyongjiang/KaSA'],
    ['https://github.com/juyongjiang/KaSA/blob/main/README.md', 'juyongjiang/KaSA'],
    ['https://github.com/juyongjiang/KaSA/issues/3', 'juyongjiang/KaSA'],
    ['https://github.com/juyongjiang/KaSA.git', 'juyongjiang/KaSA'],
    ['https://www.github.com/a-b/c.d_e', 'a-b/c.d_e'],
  ])('%s → %s', (url, repo) => {
    expect(githubRepoFromUrl(u(url))).toBe(repo);
  });

  it.each([
    'https://github.com/',
    'https://github.com/sharkdp',
    'https://github.com/sharkdp?tab=repositories',
    'https://github.com/settings/profile',
    'https://github.com/orgs/huggingface/repositories',
    'https://github.com/marketplace/actions',
    'https://github.com/topics/lora',
    'https://github.com/features/copilot',
    'https://github.com/notifications/beta',
    'https://gist.github.com/a/b',
    'https://example.com/a/b',
  ])('%s is not a repo page', (url) => {
    expect(isGithubRepo(u(url))).toBe(false);
  });
});

describe('Hugging Face paper pages', () => {
  it('recognises /papers/ID only', () => {
    expect(isHfPaper(u('https://huggingface.co/papers/2309.06922'))).toBe(true);
    expect(isHfPaper(u('https://huggingface.co/papers/2309.06922#community'))).toBe(true);
    expect(isHfPaper(u('https://huggingface.co/papers'))).toBe(false);
    expect(isHfPaper(u('https://huggingface.co/papers/trending'))).toBe(false);
    expect(isHfPaper(u('https://huggingface.co/papers/date/2024-01-01'))).toBe(false);
    expect(isHfPaper(u('https://huggingface.co/meta-llama/Llama-2-7b'))).toBe(false);
  });
});
