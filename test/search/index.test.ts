import { describe, expect, it } from 'vitest';
import { planSeed } from '@/lib/catalogue/seed';
import { normaliseTitle } from '@/lib/match/normalise';
import { SearchIndex, type SearchOutcome } from '@/lib/search/index';

const papers = planSeed().entries;
const index = SearchIndex.build(papers);
const byId = new Map(papers.map((p) => [p.id, p]));
// Term order within a hit is not meaningful (it follows the index's internal tree).
const canon = (o: SearchOutcome) => ({
  ...o,
  hits: o.hits.map((h) => ({ ...h, terms: [...h.terms].sort() })),
});
const titleOf = (id: string | undefined) => (id ? byId.get(id)?.title : undefined);

describe('SearchIndex ranking', () => {
  it('indexes every seed paper', () => {
    expect(index.size).toBe(papers.length);
    expect(papers.length).toBeGreaterThan(100);
  });

  it('puts a paper first when the query is the first words of its title', () => {
    let checked = 0;
    for (const p of papers) {
      const words = normaliseTitle(p.title).split(' ');
      if (words.length < 4) continue;
      const lead = words.slice(0, 3).join(' ');
      // Only leads that name one paper; several titles may share "towards robust".
      if (papers.filter((o) => o.normTitle.startsWith(lead)).length > 1) continue;
      const { hits } = index.search(p.title.split(/\s+/).slice(0, 3).join(' '));
      expect(titleOf(hits[0]?.id), `query from "${p.title}"`).toBe(p.title);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('treats the last word as a prefix while typing', () => {
    const { hits } = index.search('Towards Deeper Gra');
    expect(titleOf(hits[0]?.id)).toBe('Towards Deeper Graph Neural Networks');
  });

  it('still finds a paper when a word has a one-letter typo', () => {
    let checked = 0;
    for (const p of papers.slice(0, 60)) {
      const word = normaliseTitle(p.title)
        .split(' ')
        .find((w) => w.length >= 7 && /^[a-z]+$/.test(w));
      if (!word) continue;
      const typo = word.slice(0, 3) + word.slice(4); // drop the fourth letter
      const { hits } = index.search(`${typo} ${normaliseTitle(p.title).split(' ').slice(-1)[0]}`);
      expect(
        hits.slice(0, 10).map((h) => h.id),
        `"${typo}" for "${p.title}"`,
      ).toContain(p.id);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('finds a single misspelt title word, and reports the matched index terms', () => {
    const { hits } = index.search('Supermsk');
    expect(titleOf(hits[0]?.id)).toBe('Exclusive Supermask Subnetwork Training for Continual Learning');
    expect(hits[0]?.terms).toContain('supermask');
  });

  it('searches abstracts and ranks title matches above abstract-only matches', () => {
    const { hits } = index.search('kolmogorov');
    expect(hits.length).toBeGreaterThan(2);
    const titled = hits.map((h) => /kolmogorov/i.test(titleOf(h.id) ?? ''));
    // All title matches come before the first abstract-only match.
    expect(titled.indexOf(false)).toBeGreaterThan(titled.lastIndexOf(true));
  });

  it('filters by year and by an accept predicate', () => {
    const all = index.search('learning', {}, 500);
    const y2024 = index.search('learning', { year: 2024 }, 500);
    expect(y2024.total).toBeGreaterThan(0);
    expect(y2024.total).toBeLessThan(all.total);
    expect(y2024.hits.every((h) => byId.get(h.id)?.year === 2024)).toBe(true);
    const keep = new Set(all.hits.slice(0, 3).map((h) => h.id));
    const only = index.search('learning', { accept: (id) => keep.has(id) }, 500);
    expect(new Set(only.hits.map((h) => h.id))).toEqual(keep);
  });

  it('returns nothing for an empty query and the catalogue years newest first', () => {
    expect(index.search('   ')).toEqual({ hits: [], total: 0 });
    expect(index.years.length).toBeGreaterThan(3);
    expect([...index.years].sort((a, b) => b - a)).toEqual(index.years);
  });

  it('falls back to any-word matching when not every word matches', () => {
    const { hits } = index.search('Supermask xyzzyqq');
    expect(titleOf(hits[0]?.id)).toMatch(/Supermask/);
  });

  it('restores from its serialised form with identical results', () => {
    const restored = SearchIndex.restore(index.serialize());
    for (const q of ['continual learning', 'Kolmogorv', 'Towards Deep', 'retrieval augmented']) {
      expect(canon(restored.search(q, { year: 2024 }))).toEqual(canon(index.search(q, { year: 2024 })));
      expect(canon(restored.search(q))).toEqual(canon(index.search(q)));
    }
    expect(restored.years).toEqual(index.years);
  });

  it('refuses a snapshot of another format', () => {
    expect(() => SearchIndex.restore(JSON.stringify({ v: 999, years: [], index: {} }))).toThrow(
      /another version/,
    );
    expect(() => SearchIndex.restore('not json')).toThrow();
  });
});
