import { describe, expect, it } from 'vitest';
import { parseDigest } from '@/lib/catalogue/parse';
import { planMerge } from '@/lib/catalogue/merge';
import { readSeeds } from './seeds';

const seeds = readSeeds();
const parsed = seeds.map((s) => parseDigest(s.text, s.name));
const byTitle = (t: string) => parsed.flatMap((r) => r.papers).find((p) => p.title === t);

describe('parseDigest on the real seeds', () => {
  it('reads every line of every seed: no issues', () => {
    expect(parsed.flatMap((r) => r.issues)).toEqual([]);
  });

  it('holds 157 distinct papers across the five seeds', () => {
    const plan = planMerge(new Map(), parsed, 0);
    expect(plan.entries).toHaveLength(157);
    expect(plan.added).toBe(157);
    expect(plan.added + plan.alreadyPresent).toBe(parsed.reduce((n, r) => n + r.papers.length, 0));
  });

  it("skips the page header and reads the digest's own date, inferring its year", () => {
    const first = parsed[0]!;
    expect(first.papers[0]!.title).toBe('Learning to Actively Learn: A Robust Approach');
    expect(first.digestDate).toBe('2026-02-06');
    expect(parsed.find((r) => r.file.startsWith('003'))!.digestDate).toBe('2025-12-25');
  });

  it('infers the viewing year as one more than the latest explicit year, keeping the raw date', () => {
    const p = byTitle(
      'The Override Gap: A Magnitude Account of Knowledge Conflict Failure in Hypernetwork-Based Instant LLM Adaptation',
    )!;
    expect(p.dateRaw).toBe('Apr 25');
    expect(p.date).toBe('2026-04-25');
    const explicit = byTitle('Why do Nearest Neighbor Language Models Work?')!;
    expect(explicit.dateRaw).toBe('Jan 7, 2023');
    expect(explicit.date).toBe('2023-01-07');
    expect(explicit.year).toBe(2023);
  });

  it('reads author counts and submitter lines', () => {
    expect(byTitle('Why do Nearest Neighbor Language Models Work?')).toMatchObject({
      authors: '3 authors',
      authorCount: 3,
    });
    const submitted = parsed.flatMap((r) => r.papers).filter((p) => p.authors === 'kigland KIG.LAND');
    expect(submitted).toHaveLength(1);
    expect(submitted[0]!.authorCount).toBeNull();
  });

  it('reads upvote counts after the date', () => {
    const withVotes = parsed.flatMap((r) => r.papers).filter((p) => p.upvotes !== null);
    expect(withVotes.length).toBeGreaterThan(10);
    expect(
      byTitle('Enabling Flexible Multi-LLM Integration for Scalable Knowledge Aggregation'),
    ).toMatchObject({
      dateRaw: 'May 28, 2025',
      upvotes: 2,
    });
  });

  it('keeps an entry without trailer separate from the next entry', () => {
    const file = parsed.find((r) => r.file.startsWith('003'))!;
    const i = file.papers.findIndex((p) => p.title.startsWith('Enabling Flexible Multi-LLM Integration'));
    expect(i).toBeGreaterThanOrEqual(0);
    const noTrailer = file.papers[i]!;
    expect(noTrailer.authors).toBeNull();
    expect(noTrailer.date).toBeNull();
    expect(noTrailer.abstract.length).toBeGreaterThan(100);
    expect(file.papers[i + 1]!.title).toBe('Self-Attentive Sequential Recommendation');
  });

  it('keeps LaTeX residue in the title and stores a normalised form', () => {
    const p = byTitle('boldsymbolλ-Orthogonality Regularization for Compatible Representation Learning')!;
    expect(p.normTitle).toBe('lambda orthogonality regularization for compatible representation learning');
  });

  it('extracts clean code links: trailing punctuation and TeX wrappers removed', () => {
    expect(byTitle('Why do Nearest Neighbor Language Models Work?')!.codeLinks).toEqual([
      'https://github.com/frankxu2004/knnlm-why',
    ]);
    const lambda = byTitle(
      'boldsymbolλ-Orthogonality Regularization for Compatible Representation Learning',
    )!;
    expect(lambda.codeLinks).toEqual(['https://github.com/miccunifi/lambda_orthogonality.git']);
    expect(lambda.repos).toEqual(['miccunifi/lambda_orthogonality']);
    const all = parsed.flatMap((r) => r.papers).flatMap((p) => p.codeLinks);
    for (const url of all) expect(url).toMatch(/^https?:\/\/[^\s{}\\]+[^.,;:)}\]]$/);
  });
});

describe('parseDigest on malformed input', () => {
  const header = 'new\n\nDaily Papers\n\nFeb 6\n\n';

  it('reports a stray trailer line with file and line number', () => {
    const text = `${header}Title A\n\nAbstract A\n\n  • 3 authors\n·\nOct 29, 2020\n\n·\n\nTitle B\n\nAbstract B\n`;
    const r = parseDigest(text, 'bad.txt');
    expect(r.papers.map((p) => p.title)).toEqual(['Title A', 'Title B']);
    expect(r.issues).toEqual([expect.objectContaining({ file: 'bad.txt', line: 15 })]);
    expect(r.issues[0]!.message).toMatch(/expected a paper title/);
  });

  it('reports a bad date after the "·" line', () => {
    const text = `${header}Title A\n\nAbstract A\n\n  • 3 authors\n·\nyesterday\n\nTitle B\n\nAbstract B\n`;
    const r = parseDigest(text, 'd.txt');
    expect(r.issues[0]).toMatchObject({ line: 13, message: expect.stringMatching(/expected a date line/) });
    expect(r.papers.map((p) => p.title)).toEqual(['Title A', 'Title B']);
    expect(r.papers[0]!.date).toBeNull();
  });

  it('reports a title with no abstract at the end of the file', () => {
    const r = parseDigest(`${header}Lonely title\n`, 'e.txt');
    expect(r.papers).toEqual([]);
    expect(r.issues[0]).toMatchObject({ line: 7, message: expect.stringMatching(/expected an abstract/) });
  });

  it('reports a missing digest date line', () => {
    const r = parseDigest('new\n\nDaily Papers\n\nTitle A\n\nAbstract A\n', 'n.txt');
    expect(r.issues[0]!.message).toMatch(/digest's date line/);
  });

  it('reports an empty file', () => {
    expect(parseDigest('', 'empty.txt').issues[0]!.message).toMatch(/empty/);
  });

  it('strips control characters and handles CRLF', () => {
    const r = parseDigest(
      `${header}Ti\u0007tle\u0000 A\r\n\r\nAbs\u001btract\r\n`.replace(/\n/g, '\r\n'),
      'c.txt',
    );
    expect(r.papers[0]!.title).toBe('Title A');
    expect(r.papers[0]!.abstract).toBe('Abstract');
  });

  it('strips bidi overrides that could disguise a title', () => {
    const r = parseDigest(`${header}Safe \u202eTitle\u202c \u2066A\u2069\n\nAbstract\n`, 'bidi.txt');
    expect(r.papers[0]!.title).toBe('Safe Title A');
  });

  it('rejects a 10 MB line with a clear message instead of storing it', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    const r = parseDigest(`${header}Title A\n\n${huge}\n\nTitle B\n\nAbstract B\n`, 'big.txt');
    expect(r.papers.map((p) => p.title)).toEqual(['Title B']);
    expect(r.issues[0]).toMatchObject({ line: 9, message: expect.stringMatching(/at most/) });
    expect(r.issues[0]!.text.length).toBeLessThanOrEqual(120);
  });

  it('uses the given viewing year when no year is explicit', () => {
    const r = parseDigest(`${header}T\n\nA\n\n  • 1 author\n·\nMar 3\n`, 'y.txt', { viewingYear: 2031 });
    expect(r.papers[0]!.date).toBe('2031-03-03');
    expect(r.digestDate).toBe('2031-02-06');
  });
});
