import { describe, expect, it } from 'vitest';
import { bibtexTitles } from '@/lib/sites/bibtex';

describe('bibtexTitles', () => {
  it('reads title={…} with nested braces and drops the braces', () => {
    const bib =
      '@article{x,\n  title={{KaSA}: Knowledge-Aware {Singular-Value} Adaptation},\n  author={A}\n}';
    expect(bibtexTitles(bib)).toEqual(['KaSA: Knowledge-Aware Singular-Value Adaptation']);
  });

  it('reads title = "…" and Title = {…}, ignores booktitle', () => {
    const bib =
      '@inproceedings{a, booktitle = {Proc. {ICLR}}, title = "{Hydra}: Multi-head",}\n@misc{b,\nTitle = {Second\n   Paper}}';
    expect(bibtexTitles(bib)).toEqual(['Hydra: Multi-head', 'Second Paper']);
  });

  it('keeps TeX escapes for the normaliser and survives broken entries', () => {
    expect(bibtexTitles('@a{x, title={$\\lambda$-Ortho}}')).toEqual(['$\\lambda$-Ortho']);
    expect(bibtexTitles('@a{x, title={never closed')).toEqual([]);
    expect(bibtexTitles('title={not bibtex: no entry}')).toEqual([]);
  });
});
