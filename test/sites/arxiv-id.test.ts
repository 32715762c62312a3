import { describe, expect, it } from 'vitest';
import {
  arxivIdFromUrl,
  arxivIdsInText,
  arxivIdWithVersionFromUrl,
  parseArxivId,
} from '@/lib/sites/arxiv-id';

describe('arxivIdFromUrl', () => {
  it.each([
    ['https://arxiv.org/abs/2106.09685', '2106.09685'],
    ['https://arxiv.org/abs/2106.09685v2', '2106.09685'],
    ['https://arxiv.org/pdf/2106.09685', '2106.09685'],
    ['https://arxiv.org/pdf/2106.09685v1.pdf', '2106.09685'],
    ['https://arxiv.org/pdf/2106.09685.pdf', '2106.09685'],
    ['https://arxiv.org/html/2403.14403v2', '2403.14403'],
    ['https://arxiv.org/html/2403.14403v2/', '2403.14403'],
    ['https://arxiv.org/html/2403.14403v2#S1', '2403.14403'],
    ['https://arxiv.org/abs/hep-th/9901001', 'hep-th/9901001'],
    ['https://arxiv.org/abs/hep-th/9901001v3', 'hep-th/9901001'],
    ['https://arxiv.org/pdf/math.GT/0309136', 'math.GT/0309136'],
    ['https://arxiv.org/abs/0704.0001', '0704.0001'],
    ['https://export.arxiv.org/abs/2301.02828', '2301.02828'],
  ])('%s → %s', (url, id) => {
    expect(arxivIdFromUrl(url)).toBe(id);
  });

  it.each([
    'https://arxiv.org/list/cs.LG/new',
    'https://arxiv.org/search/?query=x',
    'https://arxiv.org/abs/',
    'https://arxiv.org/abs/not-an-id',
    'https://example.org/abs/2106.09685',
    'https://arxiv.org.evil.com/abs/2106.09685',
    'not a url',
  ])('%s → null', (url) => {
    expect(arxivIdFromUrl(url)).toBeNull();
  });

  it('keeps the version apart', () => {
    expect(arxivIdWithVersionFromUrl('https://arxiv.org/abs/2106.09685v2')).toEqual({
      id: '2106.09685',
      version: 2,
    });
    expect(arxivIdWithVersionFromUrl('https://arxiv.org/abs/2106.09685')).toEqual({
      id: '2106.09685',
      version: null,
    });
  });
});

describe('ids in text', () => {
  it('parses bare ids and arXiv: prefixes', () => {
    expect(parseArxivId(' arXiv:2412.06071v1 ')).toEqual({ id: '2412.06071', version: 1 });
    expect(parseArxivId('HEP-TH/9901001')).toEqual({ id: 'hep-th/9901001', version: null });
    expect(parseArxivId('12.06071')).toBeNull();
    expect(parseArxivId('2412.060711')).toBeNull();
  });

  it('finds "arXiv:ID" in running text, not other numbers', () => {
    expect(arxivIdsInText('journal={arXiv preprint arXiv:2412.06071}, year 2024, 1234.56789')).toEqual([
      '2412.06071',
    ]);
    expect(arxivIdsInText('arXiv:2403.14403v2 [cs.CL] 28 Mar 2024')).toEqual(['2403.14403']);
    expect(arxivIdsInText('see arXiv: hep-th/9901001 and arXiv:2106.09685')).toEqual([
      'hep-th/9901001',
      '2106.09685',
    ]);
  });
});
