import { stemmer } from 'stemmer';
import { stripTex } from '../match/normalise';
import { ENGLISH_STOP_WORDS, STOP_WORDS } from './stopwords';

/**
 * Text → weighted terms. A term is a Porter stem ("adapt") or a phrase of two adjacent stems
 * ("low rank"). Phrases never span a stop word or punctuation, so they are real collocations.
 */

export interface TermBag {
  /** term → raw weight (title occurrences count `titleWeight` times). */
  weights: Map<string, number>;
  /** term → first surface form seen ("low-rank adaptation"), for human reasons. */
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

export const DEFAULT_TERM_OPTIONS: TermOptions = { titleWeight: 3, phrases: true, stem: true, academicStopWords: true };

const URL_RE = /https?:\/\/\S+/gi;
// Phrase breakers: sentence and clause punctuation, brackets, quotes.
const BREAK_RE = /[.,;:!?()[\]{}"“”‘’…|/]+\s|[.,;:!?()[\]{}"“”…|]+/g;
const WORD_RE = /[\p{L}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

interface Token {
  stem: string;
  surface: string;
}

const stemCache = new Map<string, string>();

function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Segments of consecutive content tokens; null marks a break (stop word, number, punctuation). */
function tokenize(text: string, opts: TermOptions): (Token | null)[] {
  const stop = opts.academicStopWords ? STOP_WORDS : ENGLISH_STOP_WORDS;
  const clean = stripTex(text.normalize('NFKC')).replace(URL_RE, ' . ').replace(BREAK_RE, ' | ');
  const out: (Token | null)[] = [];
  for (const part of clean.split(/\s+/)) {
    if (part === '|') {
      out.push(null);
      continue;
    }
    // Hyphenated compounds ("few-shot") become adjacent words and so a phrase.
    for (const m of part.toLowerCase().matchAll(WORD_RE)) {
      const w = m[0];
      if (w.length < 2 || DIGITS.test(w) || stop.has(w)) out.push(null);
      else out.push({ stem: opts.stem ? stem(w) : w, surface: w });
    }
  }
  return out;
}

function addText(bag: TermBag, text: string, weight: number, opts: TermOptions): void {
  const tokens = tokenize(text, opts);
  let prev: Token | null = null;
  for (const t of tokens) {
    if (t) {
      add(bag, t.stem, t.surface, weight);
      if (opts.phrases && prev && prev.stem !== t.stem) {
        add(bag, `${prev.stem} ${t.stem}`, `${prev.surface} ${t.surface}`, weight);
      }
    }
    prev = t;
  }
}

function add(bag: TermBag, term: string, surface: string, weight: number): void {
  bag.weights.set(term, (bag.weights.get(term) ?? 0) + weight);
  if (!bag.surface.has(term)) bag.surface.set(term, surface);
}

export function termBag(title: string, abstract: string, opts: TermOptions = DEFAULT_TERM_OPTIONS): TermBag {
  const bag: TermBag = { weights: new Map(), surface: new Map() };
  addText(bag, title, opts.titleWeight, opts);
  addText(bag, abstract, 1, opts);
  return bag;
}

export function isPhrase(term: string): boolean {
  return term.includes(' ');
}
