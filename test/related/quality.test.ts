import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEV_PATH, loadDev, scoreQueries, summarise } from '@/bench/related-eval';
import { planSeed } from '@/lib/catalogue/seed';
import { TfidfBaseline } from '@/lib/related/baseline';
import { RelatedIndex } from '@/lib/related/index';

/**
 * Quality regression guard: both rankers run on the dev judgments; the engine must stay at or above
 * the tf-idf baseline on catalogue and outside queries separately. No score is written down here.
 */
describe.skipIf(!existsSync(DEV_PATH))('related quality on the dev judgments', () => {
  const catalogue = planSeed().entries.sort((a, b) => a.seq - b.seq);
  const dev = loadDev();
  const engine = RelatedIndex.build(catalogue);
  const baseline = TfidfBaseline.build(catalogue);

  for (const kind of ['catalogue', 'outside'] as const) {
    it(`engine nDCG@5 ≥ baseline on ${kind} queries`, () => {
      const qs = dev.filter((q) => q.kind === kind);
      const e = summarise(scoreQueries(engine, qs, catalogue));
      const b = summarise(scoreQueries(baseline, qs, catalogue));
      expect(e.queries).toBeGreaterThan(0);
      expect(e.ndcg5).toBeGreaterThanOrEqual(b.ndcg5);
    });
  }

  it('shows nothing for the off-topic outside query', () => {
    const offTopic = dev.filter((q) => q.kind === 'outside' && Object.keys(q.relevant).length === 0);
    for (const s of scoreQueries(engine, offTopic, catalogue))
      expect(s.returned, s.qid).toBeLessThanOrEqual(1);
  });
});
