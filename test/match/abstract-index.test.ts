import { describe, expect, it } from 'vitest';
import { AbstractIndex } from '@/lib/match/abstract-index';
import { abstractShingles } from '@/lib/match/similarity';

const words = (seed: number, n: number) =>
  Array.from({ length: n }, (_, i) => `w${(i * 7919 + seed * 104729) % 5003}`).join(' ');

describe('AbstractIndex', () => {
  const abstracts = Array.from({ length: 300 }, (_, i) => words(i, 120));
  const index = AbstractIndex.build(abstracts);

  it('finds the paper whose abstract a page repeats, even shortened and re-punctuated', () => {
    const page = abstracts[123]!.split(' ').slice(10, 100).join(', ');
    expect(index.candidates(abstractShingles(page), 2, 5)[0]).toBe(123);
  });

  it('finds nothing for an unrelated abstract', () => {
    const unrelated = Array.from({ length: 120 }, (_, i) => `other${i}`).join(' ');
    expect(index.candidates(abstractShingles(unrelated), 2, 5)).toEqual([]);
  });
});
