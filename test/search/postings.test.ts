import { describe, expect, it } from 'vitest';
import { contains, PostingsWriter, PostingStore } from '@/lib/search/postings';
import { topK } from '@/lib/search/topk';

describe('posting lists', () => {
  const lists = [
    { docs: [0, 1, 2, 200, 70_000, 3_000_000], tfs: [1, 2, 1, 255, 1, 7] },
    { docs: [], tfs: [] },
    { docs: [5], tfs: [900] }, // frequencies stop at 255
    { docs: [127, 128, 16_383, 16_384], tfs: [1, 1, 3, 1] },
  ];
  const writer = new PostingsWriter();
  for (const l of lists) writer.write(l.docs, l.tfs, 0, l.docs.length);
  const built = writer.finish();

  it('decode to what was written, from bytes and from the base64 a snapshot holds', () => {
    const restored = PostingStore.fromBase64(built.offsets, built.base64());
    for (const store of [built, restored]) {
      lists.forEach((l, t) => {
        const p = store.get(t);
        expect([...p.docs]).toEqual(l.docs);
        expect([...p.tfs]).toEqual(l.tfs.map((tf) => Math.min(255, tf)));
      });
    }
    expect(restored.base64()).toBe(built.base64());
  });

  it('find a document by binary search', () => {
    const p = built.get(0);
    for (const d of lists[0]!.docs) expect(contains(p, d)).toBe(true);
    for (const d of [3, 199, 201, 69_999, 4_000_000]) expect(contains(p, d)).toBe(false);
    expect(contains(built.get(1), 0)).toBe(false);
  });
});

describe('topK', () => {
  it('returns the k highest keys, ties by lower document, like a full sort', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const docs = Array.from({ length: 5000 }, (_, i) => i).sort(() => rand() - 0.5);
    // Few distinct keys, so ties are common.
    const keys = new Map(docs.map((d) => [d, Math.floor(rand() * 50)]));
    const key = (d: number) => keys.get(d)!;
    const full = [...docs].sort((a, b) => key(b) - key(a) || a - b);
    for (const k of [0, 1, 10, 50, 5000, 6000]) {
      expect(topK(docs, docs.length, key, k)).toEqual(full.slice(0, k));
    }
    expect(topK(docs, 3, key, 10)).toEqual(docs.slice(0, 3).sort((a, b) => key(b) - key(a) || a - b));
  });
});
