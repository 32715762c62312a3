import { stripTex } from '../match/normalise';

/**
 * Tokenisation shared by the search index and the snippet highlighter, so a highlighted word is
 * exactly a word the index matched.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** Function words: in nearly every abstract, so they would only slow search down without ranking anything. */
const STOP_WORDS = new Set(
  'a an and are as at be by for from has have in into is it its of on or our that the their this to was we were which with'.split(
    ' ',
  ),
);

const NON_ASCII = /[^ -~]/;

/** Lower case, accents removed: "Zürich" and "zurich" are one term. */
export function normaliseTerm(term: string): string {
  // Most words are plain ASCII, where decomposing accents would change nothing.
  if (!NON_ASCII.test(term)) return term.toLowerCase();
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/** The index term of a word; null for function words, which are neither indexed nor searched. */
export function processTerm(term: string): string | null {
  const t = normaliseTerm(term);
  return STOP_WORDS.has(t) ? null : t;
}

export function tokenize(text: string): string[] {
  return stripTex(text).match(WORD) ?? [];
}

/** Words of a text with their positions, for highlighting. */
export function wordSpans(text: string): { start: number; end: number; term: string }[] {
  const out: { start: number; end: number; term: string }[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, term: normaliseTerm(m[0]) });
  }
  return out;
}
