import { describe, expect, it } from 'vitest';
import { parseDigest, MAX_ABSTRACT, MAX_TITLE } from '@/lib/catalogue/parse';
import { importDigests, ImportRefused } from '@/lib/catalogue/import';
import { isHttpUrl } from '@/lib/catalogue/links';
import { openSeededDb } from '@/lib/catalogue/seed';
import { hostileDigest, longLine, PAYLOAD_TITLES } from './hostile';

const MB10 = 10 * 1024 * 1024;
const trailer = '\n\n  • 2 authors\n·\nJan 7, 2023\n';

describe('digest parser on hostile input', () => {
  it('keeps markup in titles and abstracts as plain text, character for character', () => {
    const r = parseDigest(hostileDigest(), 'hostile.txt');
    expect(r.issues).toEqual([]);
    expect(r.papers.map((p) => p.title).slice(0, PAYLOAD_TITLES.length)).toEqual(PAYLOAD_TITLES);
    expect(r.papers[0]!.abstract).toContain('<img src=x onerror="window.pwned=1" data-pwn=1>');
  });

  it('keeps only http(s) links: javascript: and data: URLs never become code links', () => {
    const r = parseDigest(hostileDigest(), 'hostile.txt');
    const links = r.papers.flatMap((p) => p.codeLinks);
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) {
      expect(isHttpUrl(l)).toBe(true);
      expect(l).toMatch(/^https?:\/\//);
    }
    expect(links.join(' ')).not.toMatch(/javascript:|data:/i);
    expect(r.papers[0]!.repos).toContain('hostile/safe-repo');
  });

  it('strips control and zero-width characters from titles and abstracts', () => {
    const r = parseDigest(hostileDigest(), 'hostile.txt');
    const p = r.papers.find((x) => x.title.startsWith('Hostile Control'))!;
    expect(p.title).toBe('Hostile ControlCharacters Paper');
    // eslint-disable-next-line no-control-regex
    expect(p.abstract).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u200b]/);
    expect(p.abstract).toBe('Abstract with [31m escapes inside.');
  });

  it('rejects a 10 MB title line with its line number, keeping the entries around it', () => {
    const text = `Jan 8\n\nGood Paper One\n\nFine.${trailer}\n${longLine(MB10)}\n\nAbstract.${trailer}\nGood Paper Two\n\nFine too.${trailer}`;
    const r = parseDigest(text, 'huge-title.txt');
    expect(r.papers.map((p) => p.title)).toEqual(['Good Paper One', 'Good Paper Two']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'huge-title.txt', line: 11 });
    expect(r.issues[0]!.message).toContain(`at most ${MAX_TITLE} characters`);
    // The report quotes the line, cut short: a 10 MB line never travels into the UI.
    expect(r.issues[0]!.text.length).toBeLessThanOrEqual(120);
  });

  it('rejects a 10 MB abstract line with its line number, keeping the next entry', () => {
    const text = `Jan 8\n\nPaper With Huge Abstract\n\n${longLine(MB10)}${trailer}\nGood Paper Three\n\nFine.${trailer}`;
    const r = parseDigest(text, 'huge-abstract.txt');
    expect(r.papers.map((p) => p.title)).toEqual(['Good Paper Three']);
    expect(r.issues).toEqual([
      expect.objectContaining({
        file: 'huge-abstract.txt',
        line: 5,
        message: expect.stringContaining(`${MAX_ABSTRACT}`),
      }),
    ]);
  });

  it('a file of one 10 MB line with no line breaks is refused whole, with a reason', async () => {
    const r = parseDigest(longLine(MB10), 'one-line.txt');
    expect(r.papers).toEqual([]);
    expect(r.issues.length).toBeGreaterThan(0);
    const db = openSeededDb(`hostile-${process.pid}`);
    try {
      const before = await db.papers.count();
      await expect(
        importDigests(db, [{ name: 'one-line.txt', text: longLine(MB10) }]),
      ).rejects.toBeInstanceOf(ImportRefused);
      expect(await db.papers.count()).toBe(before);
    } finally {
      await db.delete();
    }
  });

  it('binary garbage never throws', () => {
    const bytes = Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    expect(() => parseDigest(bytes, 'garbage.bin')).not.toThrow();
  });
});
