import { stemmer } from 'stemmer';
import { ENGLISH_STOP_WORDS, STOP_WORDS } from './stopwords';
import { cleanText, scanTokens } from './tokens';

/**
 * Text → weighted terms. A term is a Porter stem ("adapt") or a phrase of two adjacent stems
 * ("low rank"). Phrases never span a stop word or punctuation, so they are real collocations.
 */

export interface TermBag {
  /** term → raw weight (title occurrences count `titleWeight` times). */
  weights: Map<string, number>;
  /** term → first surface form seen ("low-rank adaptation"), for human reasons; empty unless asked. */
  surface: Map<string, string>;
}

export interface TermOptions {
  titleWeight: number;
  /** Index two-word phrases. */
  phrases: boolean;
  /** Porter stems, so "adapting", "adaptation" and "adaptive" meet. */
  stem: boolean;
  /** Drop scientific boilerplate ("propose", "results") besides English function words. */
  academicStopWords: boolean;
}

export const DEFAULT_TERM_OPTIONS: TermOptions = {
  titleWeight: 3,
  phrases: true,
  stem: true,
  academicStopWords: true,
};

const DIGITS = /^\p{N}+$/u;

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** A text's tokens, lower case: words and phrase breakers (any token shorter than 2 breaks a phrase). */
export function textTokens(text: string): string[] {
  return scanTokens(cleanText(text));
}

/** The term a token stands for, or null when it is none (short, a number, a stop word): a phrase breaker. */
export function wordTerm(w: string, opts: TermOptions): string | null {
  const stop = opts.academicStopWords ? STOP_WORDS : ENGLISH_STOP_WORDS;
  if (w.length < 2 || DIGITS.test(w) || stop.has(w)) return null;
  return opts.stem ? stem(w) : w;
}

function addText(bag: TermBag, text: string, weight: number, opts: TermOptions, withSurface: boolean): void {
  let prevStem: string | null = null;
  let prevWord = '';
  for (const w of textTokens(text)) {
    const s = wordTerm(w, opts);
    if (s === null) {
      prevStem = null;
      continue;
    }
    add(bag, s, w, weight, withSurface);
    if (opts.phrases && prevStem !== null && prevStem !== s) {
      add(bag, `${prevStem} ${s}`, withSurface ? `${prevWord} ${w}` : '', weight, withSurface);
    }
    prevStem = s;
    prevWord = w;
  }
}

function add(bag: TermBag, term: string, surface: string, weight: number, withSurface: boolean): void {
  bag.weights.set(term, (bag.weights.get(term) ?? 0) + weight);
  if (withSurface && !bag.surface.has(term)) bag.surface.set(term, surface);
}

export function termBag(
  title: string,
  abstract: string,
  opts: TermOptions = DEFAULT_TERM_OPTIONS,
  withSurface = true,
): TermBag {
  const bag: TermBag = { weights: new Map(), surface: new Map() };
  addText(bag, title, opts.titleWeight, opts, withSurface);
  addText(bag, abstract, 1, opts, withSurface);
  return bag;
}

export function isPhrase(term: string): boolean {
  return term.includes(' ');
}
