import { describe, expect, it } from 'vitest';
import { planMerge } from '@/lib/catalogue/merge';
import { parseDigest } from '@/lib/catalogue/parse';
import { normaliseTitle } from '@/lib/match/normalise';
import { generateCatalogue, generateOutsidePapers, type SynthDigest } from '@/bench/synth/generate';
import { loadVocab } from '@/bench/synth/vocab';

const vocab = loadVocab();
const small = generateCatalogue(vocab, { papers: 1000, seed: 42 });

function parseAll(digests: SynthDigest[]) {
  return digests.map((d) => parseDigest(d.text, d.name));
}

describe('synthetic catalogue generator', () => {
  it('writes digests that parse with zero issues and read back every field as generated', () => {
    const results = parseAll(small);
    expect(results.flatMap((r) => r.issues)).toEqual([]);
    results.forEach((r, i) => {
      const digest = small[i]!;
      expect(r.digestDate).toBe(digest.digestDate);
      expect(
        r.papers.map((p) => ({
          title: p.title,
          abstract: p.abstract,
          authors: p.authors,
          authorCount: p.authorCount,
          dateRaw: p.dateRaw,
          date: p.date,
          upvotes: p.upvotes,
          codeLinks: p.codeLinks,
        })),
      ).toEqual(digest.papers);
    });
  });

  it('holds exactly the requested number of distinct papers, some appearing in several digests', () => {
    const plan = planMerge(new Map(), parseAll(small), 0);
    expect(plan.rejected).toEqual([]);
    expect(plan.added).toBe(1000);
    expect(plan.alreadyPresent).toBeGreaterThan(0);
  });

  it('parses cleanly at 10k papers too', () => {
    const big = generateCatalogue(vocab, { papers: 10_000, seed: 3 });
    const results = parseAll(big);
    expect(results.flatMap((r) => r.issues)).toEqual([]);
    expect(new Set(results.flatMap((r) => r.papers.map((p) => p.id))).size).toBe(10_000);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateCatalogue(vocab, { papers: 1000, seed: 42 });
    expect(again.map((d) => [d.name, d.text])).toEqual(small.map((d) => [d.name, d.text]));
    const other = generateCatalogue(vocab, { papers: 1000, seed: 43 });
    expect(other[0]!.text).not.toBe(small[0]!.text);
  });

  it('reproduces the quirks of the real digests', () => {
    const text = small.map((d) => d.text).join('\n');
    const papers = small.flatMap((d) => d.papers);
    expect(text).toMatch(/^new\n\nGet trending papers in your email inbox!\n\nSubscribe\n\nDaily Papers\n/);
    expect(papers.some((p) => p.dateRaw === null)).toBe(true); // entry without trailer
    expect(papers.some((p) => p.authors !== null && p.authorCount === null)).toBe(true); // submitter line
    expect(papers.some((p) => p.dateRaw !== null && !/\d{4}$/.test(p.dateRaw))).toBe(true); // yearless date
    expect(papers.some((p) => p.upvotes !== null)).toBe(true);
    expect(text).toContain('  • 1 authors');
    for (const quirk of ['.)', ').', '}.', '.git{', '\\_']) {
      expect(
        text.split('https://').some((chunk) => chunk.split(/\s/)[0]!.includes(quirk)),
        quirk,
      ).toBe(true);
    }
  });

  it('draws lengths from the seed distributions', () => {
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const papers = small.flatMap((d) => d.papers);
    const abstractWords = mean(papers.map((p) => p.abstract.split(' ').length));
    const titleWords = mean(papers.map((p) => p.title.split(' ').length));
    expect(abstractWords).toBeGreaterThan(mean(vocab.abstractLengths) * 0.8);
    expect(abstractWords).toBeLessThan(mean(vocab.abstractLengths) * 1.3);
    expect(titleWords).toBeGreaterThan(mean(vocab.titleLengths) * 0.8);
    expect(titleWords).toBeLessThan(mean(vocab.titleLengths) * 1.3);
  });

  it('makes outside papers whose titles are not in the catalogue', () => {
    const titles = new Set(small.flatMap((d) => d.papers.map((p) => normaliseTitle(p.title))));
    const outside = generateOutsidePapers(vocab, 50, titles);
    expect(outside).toHaveLength(50);
    expect(outside.filter((p) => titles.has(normaliseTitle(p.title)))).toEqual([]);
  });
});
