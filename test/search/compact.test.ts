import { describe, expect, it } from 'vitest';
import { planSeed } from '@/lib/catalogue/seed';
import { SearchIndex } from '@/lib/search/index';
import { processTerm, tokenize } from '@/lib/search/tokens';

const papers = planSeed().entries;
const index = SearchIndex.build(papers);
const byId = new Map(papers.map((p) => [p.id, p]));
const terms = (text: string | null) =>
  (tokenize(text ?? '')
    .map(processTerm)
    .filter(Boolean) as string[]) ?? [];

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

describe('SearchIndex on a common word', () => {
  // "learning" is in a large share of the seed papers: the case that was slow.
  const word = 'learning';
  const result = index.search(word, {}, 1000);
  // Independently: the word anywhere; in titles and authors also any word it starts, or one within two edits.
  const nameMatch = (w: string) => w.startsWith(word) || editDistance(w, word) <= 2;
  const expected = papers.filter(
    (p) =>
      [p.title, p.abstract, p.authors].some((t) => terms(t).includes(word)) ||
      [...terms(p.title), ...terms(p.authors)].some(nameMatch),
  );

  it('matches exactly the papers that hold the word', () => {
    expect(expected.length).toBeGreaterThan(papers.length / 4);
    expect(result.total).toBe(expected.length);
    expect(new Set(result.hits.map((h) => h.id))).toEqual(new Set(expected.map((p) => p.id)));
  });

  it('ranks title matches first, by non-increasing score after papers whose title starts with it', () => {
    const inTitle = result.hits.map((h) => terms(byId.get(h.id)!.title).some(nameMatch));
    expect(inTitle.indexOf(false)).toBeGreaterThan(inTitle.lastIndexOf(true));
    const rest = result.hits.filter((h) => !byId.get(h.id)!.normTitle.startsWith(word));
    for (let i = 1; i < rest.length; i++) expect(rest[i]!.score).toBeLessThanOrEqual(rest[i - 1]!.score);
  });

  it('reports for each hit the index terms it holds', () => {
    for (const h of result.hits.slice(0, 30)) {
      const p = byId.get(h.id)!;
      const held = new Set([...terms(p.title), ...terms(p.abstract), ...terms(p.authors)]);
      expect(h.terms.length).toBeGreaterThan(0);
      for (const t of h.terms) expect(held.has(t), `${t} in "${p.title}"`).toBe(true);
    }
  });
});

describe('SearchIndex matching across fields', () => {
  it('requires every word, each in any field (a title word with a word only in the abstract)', () => {
    let checked = 0;
    for (const p of papers) {
      const title = new Set(terms(p.title));
      const titleWord = terms(p.title).find((w) => w.length > 5);
      // A word of this abstract that no other paper uses anywhere.
      const rare = terms(p.abstract).find(
        (w) =>
          w.length > 6 &&
          /^[a-z]+$/.test(w) &&
          !title.has(w) &&
          papers.every((o) => o === p || !`${o.title} ${o.abstract} ${o.authors}`.toLowerCase().includes(w)),
      );
      if (!titleWord || !rare) continue;
      const { hits, total } = index.search(`${titleWord} ${rare}`);
      expect(hits[0]?.id, `"${titleWord} ${rare}"`).toBe(p.id);
      expect(total).toBe(1);
      if (++checked >= 20) break;
    }
    expect(checked).toBe(20);
  });
});

describe('SearchIndex snapshot', () => {
  const text = index.serialize();
  const restored = SearchIndex.restore(text);

  it('gives identical results, common words, prefixes, typos and filters included', () => {
    const queries = [
      'learning',
      'model',
      'language models',
      'lea',
      'Trans',
      'Kolmogorv',
      'graph neural',
      'xyzzy',
    ];
    for (const q of queries) {
      for (const filters of [{}, { year: 2024 }, { accept: (id: string) => id < 'p5' }]) {
        expect(restored.search(q, filters, 100), q).toEqual(index.search(q, filters, 100));
      }
    }
    expect(restored.serialize()).toBe(text);
    expect(restored.size).toBe(index.size);
  });

  it('refuses a truncated or inconsistent snapshot', () => {
    expect(() => SearchIndex.restore(text.slice(0, text.length - 10))).toThrow(/damaged/);
    const nl = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, nl)) as { lengths: number[] };
    // The id section loses its last id: sizes no longer agree.
    const ids = text.slice(nl + 1, nl + 1 + header.lengths[0]!);
    const shorter = ids.slice(0, ids.lastIndexOf('\n'));
    header.lengths[0] = shorter.length;
    const broken = JSON.stringify(header) + '\n' + shorter + text.slice(nl + 1 + ids.length);
    expect(() => SearchIndex.restore(broken)).toThrow(/damaged/);
  });
});
