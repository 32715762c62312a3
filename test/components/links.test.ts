import { describe, expect, it } from 'vitest';
import { httpUrl, paperHref } from '@/components/links';

describe('paperHref', () => {
  it('prefers the arXiv abs page, then the first http(s) code link, then a Hugging Face papers search', () => {
    expect(paperHref({ title: 'T', arxivId: '2301.02828', codeLinks: ['https://github.com/a/b'] })).toBe(
      'https://arxiv.org/abs/2301.02828',
    );
    expect(paperHref({ title: 'T', arxivId: 'hep-th/9901001', codeLinks: [] })).toBe(
      'https://arxiv.org/abs/hep-th/9901001',
    );
    expect(
      paperHref({ title: 'T', arxivId: null, codeLinks: ['javascript:alert(1)', 'https://github.com/a/b'] }),
    ).toBe('https://github.com/a/b');
    expect(paperHref({ title: 'KNN-LM & "friends"?', arxivId: null, codeLinks: ['data:text/html,x'] })).toBe(
      'https://huggingface.co/papers?q=KNN-LM%20%26%20%22friends%22%3F',
    );
  });

  it('accepts only http(s) URLs', () => {
    expect(httpUrl('https://example.org/x')).toBe('https://example.org/x');
    expect(httpUrl('JavaScript:alert(1)')).toBeNull();
    expect(httpUrl('not a url')).toBeNull();
    expect(httpUrl(null)).toBeNull();
  });
});
