import { stripTex } from '../match/normalise';

/**
 * Tokenisation shared by the search index and the snippet highlighter, so a highlighted word is
 * exactly a word the index matched.
 */
const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case, accents removed: "Zürich" and "zurich" are one term. */
export function processTerm(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

export function tokenize(text: string): string[] {
  return stripTex(text).match(WORD) ?? [];
}

/** Words of a text with their positions, for highlighting. */
export function wordSpans(text: string): { start: number; end: number; term: string }[] {
  const out: { start: number; end: number; term: string }[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ start: m.index, end: m.index + m[0].length, term: processTerm(m[0]) });
  }
  return out;
}
