import { describe, expect, it } from 'vitest';
import { dcg, mean, ndcgAt, precisionAt, recallAt } from '@/lib/related/metrics';

const judged = new Map([
  ['a', 2],
  ['b', 1],
  ['c', 0],
]);

describe('ranking metrics', () => {
  it('dcg uses gain 2^g − 1 and a log2(rank + 1) discount', () => {
    // (3)/log2(2) + (1)/log2(3) + 0
    expect(dcg([2, 1, 0], 5)).toBeCloseTo(3 + 1 / Math.log2(3), 10);
    expect(dcg([2, 1, 0], 1)).toBe(3);
  });

  it('nDCG is 1 for the ideal order and lower otherwise', () => {
    expect(ndcgAt(['a', 'b', 'x'], judged, 5)).toBeCloseTo(1, 10);
    // ranked b, a: (1 + 3/log2 3) / (3 + 1/log2 3)
    const expected = (1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3));
    expect(ndcgAt(['b', 'a'], judged, 5)).toBeCloseTo(expected, 10);
    expect(ndcgAt(['x', 'y'], judged, 5)).toBe(0);
  });

  it('nDCG cuts at k and is undefined without relevant papers', () => {
    // k = 1 with b first: 1 / 3.
    expect(ndcgAt(['b', 'a'], judged, 1)).toBeCloseTo(1 / 3, 10);
    expect(ndcgAt(['a'], new Map([['a', 0]]), 5)).toBeNull();
  });

  it('precision counts grade-2 papers over k; recall counts grade ≥ 1 over all relevant', () => {
    expect(precisionAt(['a', 'b', 'c', 'x', 'y'], judged, 5)).toBeCloseTo(0.2, 10);
    expect(precisionAt(['a', 'b'], judged, 5, 1)).toBeCloseTo(0.4, 10);
    expect(recallAt(['b', 'x'], judged, 10)).toBeCloseTo(0.5, 10);
    expect(recallAt(['x'], new Map(), 10)).toBeNull();
  });

  it('mean skips undefined values', () => {
    expect(mean([1, null, 0])).toBe(0.5);
    expect(mean([null])).toBe(0);
  });
});
