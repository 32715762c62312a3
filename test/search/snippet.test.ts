import { describe, expect, it } from 'vitest';
import { highlight, snippet } from '@/lib/search/snippet';

const marked = (segs: { text: string; mark: boolean }[]) => segs.filter((s) => s.mark).map((s) => s.text);
const joined = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('highlight', () => {
  it('marks whole words whose index term matched, case- and accent-insensitively', () => {
    const segs = highlight('Attention is all: ATTENTION, Zürich, attentive.', ['attention', 'zurich']);
    expect(marked(segs)).toEqual(['Attention', 'ATTENTION', 'Zürich']);
    expect(joined(segs)).toBe('Attention is all: ATTENTION, Zürich, attentive.');
  });

  it('keeps markup-like text as plain text', () => {
    const segs = highlight('<img src=x onerror=alert(1)> attention', ['attention']);
    expect(joined(segs)).toBe('<img src=x onerror=alert(1)> attention');
    expect(marked(segs)).toEqual(['attention']);
  });

  it('returns the text unmarked when nothing matched', () => {
    expect(highlight('plain words', ['other'])).toEqual([{ text: 'plain words', mark: false }]);
  });
});

describe('snippet', () => {
  const long =
    Array.from({ length: 80 }, (_, i) => `word${i}`).join(' ') + ' the needle is here ' + 'tail '.repeat(60);

  it('centres on the first match, cut at word boundaries, with ellipses', () => {
    const segs = snippet(long, ['needle'], 120);
    const text = joined(segs);
    expect(marked(segs)).toEqual(['needle']);
    expect(text.startsWith('…word')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text.length).toBeLessThanOrEqual(124);
  });

  it('starts at the beginning when nothing matched, and keeps short text whole', () => {
    expect(joined(snippet(long, [], 50)).startsWith('word0 word1')).toBe(true);
    expect(joined(snippet('short  text', ['text']))).toBe('short text');
  });
});
