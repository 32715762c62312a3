import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_PATH, goldenOf, type Golden } from '@/bench/related-golden';
import { planSeed } from '@/lib/catalogue/seed';
import { RelatedIndex } from '@/lib/related/index';

/**
 * Rankings must not move under changes meant to be neutral (build speed, snapshot format). The
 * golden file was written by the engine before its build was optimised (bench/related-golden.ts);
 * this compares what the current engine returns, built and restored, with it.
 */
describe('related rankings against the committed golden file', () => {
  const golden = JSON.parse(readFileSync(GOLDEN_PATH, 'utf8')) as Golden;
  const catalogue = planSeed().entries.sort((a, b) => a.seq - b.seq);
  const built = RelatedIndex.build(catalogue);
  const restored = RelatedIndex.restore(built.serialize());

  for (const [label, index] of [
    ['built', built],
    ['restored', restored],
  ] as const) {
    it(`${label}: same top-10 ids and scores for every dev query, plain and boosted`, () => {
      const now = goldenOf(catalogue, index);
      expect(Object.keys(now.dev).length).toBeGreaterThan(10);
      for (const part of ['dev', 'boosted'] as const) {
        expect(Object.keys(now[part])).toEqual(Object.keys(golden[part]));
        for (const [qid, want] of Object.entries(golden[part])) {
          const got = now[part][qid]!;
          expect(
            got.map(([id]) => id),
            `${part} ${qid}`,
          ).toEqual(want.map(([id]) => id));
          got.forEach(([, score], i) =>
            expect(Math.abs(score - want[i]![1]), `${part} ${qid} #${i}`).toBeLessThan(1e-9),
          );
        }
      }
    });

    it(`${label}: holds the same terms, df, norms and postings`, () => {
      expect(goldenOf(catalogue, index).indexDigest).toBe(golden.indexDigest);
    });
  }
});
