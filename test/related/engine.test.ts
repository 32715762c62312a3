import { describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '@/lib/catalogue/entry';
import { planSeed } from '@/lib/catalogue/seed';
import { RelatedIndex } from '@/lib/related/index';
import { SNAPSHOT_FORMAT } from '@/lib/related/snapshot';
import { termBag } from '@/lib/related/text';

const catalogue: CatalogueEntry[] = planSeed().entries.sort((a, b) => a.seq - b.seq);
const index = RelatedIndex.build(catalogue);
const bySeq = (seq: number) => catalogue.find((p) => p.seq === seq)!;
const find = (words: string) => catalogue.find((p) => p.normTitle.includes(words))!;

function stems(text: string): Set<string> {
  return new Set(termBag(text, '').weights.keys());
}

describe('RelatedIndex on the seed catalogue', () => {
  const lora = find('knowledge aware singular value adaptation');

  it('never returns the query paper, by id or by its own text', () => {
    const ids = index.query({ title: lora.title, abstract: lora.abstract }, { limit: 20 }).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(lora.id);
  });

  it('excludes the query paper under a slightly different title', () => {
    const variants = [
      lora.title.toUpperCase().replace(/:/g, ' -'),
      lora.title.replace('Large Language Models', 'Large Language Model'),
      `${lora.title}: An Extended Version`,
    ];
    for (const title of variants) {
      // A shortened abstract: the text alone is not enough to call it a duplicate.
      const ids = index
        .query({ title, abstract: lora.abstract.slice(0, 300) }, { limit: 20 })
        .map((r) => r.id);
      expect(ids, title).not.toContain(lora.id);
    }
  });

  it('still returns a different paper whose title merely shares words', () => {
    const q = bySeq(24);
    const results = index.query({ title: q.title, abstract: q.abstract, excludeIds: [q.id] }, { limit: 10 });
    expect(results.map((r) => r.id)).toContain(find('mamba fscil').id);
  });

  it('gives every result a reason whose terms occur in both texts', () => {
    const q = bySeq(141);
    const results = index.query({ title: q.title, abstract: q.abstract, excludeIds: [q.id] }, { limit: 5 });
    expect(results).toHaveLength(5);
    const qStems = stems(`${q.title} ${q.abstract}`);
    for (const r of results) {
      expect(r.reason).toMatch(/^shares: \S/);
      expect(r.terms.length).toBeGreaterThan(0);
      const paper = catalogue.find((p) => p.id === r.id)!;
      const pStems = stems(`${paper.title} ${paper.abstract}`);
      for (const term of r.terms) {
        const [key] = termBag(term, '').weights.keys();
        const phrase = [...termBag(term, '').weights.keys()].find((k) => k.includes(' ')) ?? key!;
        expect(qStems.has(phrase), `${term} in query`).toBe(true);
        expect(pStems.has(phrase), `${term} in ${paper.title}`).toBe(true);
      }
    }
  });

  it('returns few or no papers for a field the catalogue does not cover', () => {
    const results = index.query({
      title: 'Seasonal Migration of Humpback Whales along the Pacific Coast',
      abstract:
        'We tracked humpback whales with satellite tags during their seasonal migration between feeding grounds ' +
        'in Alaska and breeding grounds near Hawaii. Pods travelled in groups, calves stayed close to their mothers, ' +
        'and song recordings varied between populations and years. Ocean temperature and krill abundance shaped routes.',
    });
    expect(results.length).toBeLessThanOrEqual(1);
  });

  it('answers an on-topic outside paper with a full list, explained by its key phrase', () => {
    const results = index.query(
      {
        title: 'LoRA: Low-Rank Adaptation of Large Language Models',
        abstract:
          'We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights and injects trainable ' +
          'rank decomposition matrices into each layer of the Transformer architecture, greatly reducing the number ' +
          'of trainable parameters for downstream tasks and parameter-efficient fine-tuning.',
      },
      { limit: 5 },
    );
    expect(results).toHaveLength(5);
    expect(results.some((r) => r.terms.some((t) => /low.rank/.test(t)))).toBe(true);
  });

  it('honours limit and minScore', () => {
    const q = { title: bySeq(15).title, abstract: bySeq(15).abstract, excludeIds: [bySeq(15).id] };
    expect(index.query(q, { limit: 3 })).toHaveLength(3);
    const all = index.query(q, { limit: 50, minScore: 0 });
    const strict = index.query(q, { limit: 50, minScore: 0.15 });
    expect(strict.length).toBeLessThan(all.length);
    expect(strict.every((r) => r.score >= 0.15)).toBe(true);
  });

  it('recency and upvote boosts reorder close results towards recent / upvoted papers', () => {
    const q = { title: bySeq(15).title, abstract: bySeq(15).abstract, excludeIds: [bySeq(15).id] };
    const now = Date.parse('2026-01-01');
    const plain = index.query(q, { limit: 10, now });
    const recent = index.query(q, { limit: 10, now, recencyBoost: 1 });
    const year = (id: string) => catalogue.find((p) => p.id === id)!.date ?? '0000';
    const avgYear = (rs: { id: string }[]) =>
      rs.slice(0, 5).reduce((s, r) => s + Date.parse(year(r.id)), 0) / 5;
    expect(avgYear(recent)).toBeGreaterThanOrEqual(avgYear(plain));
    expect(recent.map((r) => r.id)).not.toEqual(plain.map((r) => r.id));
    const ups = (rs: { id: string }[]) =>
      rs.slice(0, 5).reduce((s, r) => s + (catalogue.find((p) => p.id === r.id)!.upvotes ?? 0), 0);
    expect(ups(index.query(q, { limit: 10, upvoteBoost: 1 }))).toBeGreaterThanOrEqual(ups(plain));
  });

  it('shared code repositories relate papers', () => {
    const withRepo = catalogue.find((p) => p.repos.length > 0)!;
    const link = `https://github.com/${withRepo.repos[0]}`;
    const results = index.query(
      { title: 'Untitled work', abstract: 'See the code.', codeLinks: [link] },
      { minScore: 0 },
    );
    expect(results[0]?.id).toBe(withRepo.id);
    expect(results[0]?.reason).toContain(withRepo.repos[0]);
  });
});

describe('snapshot', () => {
  it('restores to the same rankings, scores and reasons as a fresh build', () => {
    const restored = RelatedIndex.restore(index.serialize());
    for (const seq of [0, 15, 24, 90, 141]) {
      const p = bySeq(seq);
      const q = { title: p.title, abstract: p.abstract, codeLinks: p.codeLinks, excludeIds: [p.id] };
      expect(restored.query(q, { limit: 10 })).toEqual(index.query(q, { limit: 10 }));
    }
    // And a restored index serialises to the same snapshot.
    expect(restored.serialize()).toBe(index.serialize());
  });

  it('rejects a damaged snapshot with a clear message', () => {
    const data = index.serialize();
    expect(() => RelatedIndex.restore('nonsense')).toThrow(/not JSON/);
    expect(() => RelatedIndex.restore(data.slice(0, data.length / 2))).toThrow(/truncated/);
    expect(() => RelatedIndex.restore(data.replace(SNAPSHOT_FORMAT, 'related-index/0'))).toThrow(/format/);
    // A snapshot of the previous format (tf byte on every posting) is refused, not misread.
    expect(() => RelatedIndex.restore(data.replace(SNAPSHOT_FORMAT, 'related-index/2'))).toThrow(
      /format related-index\/2/,
    );
  });

  it('handles an empty catalogue', () => {
    const empty = RelatedIndex.restore(RelatedIndex.build([]).serialize());
    expect(empty.query({ title: 'Anything at all', abstract: 'text' })).toEqual([]);
  });
});
