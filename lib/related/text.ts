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

const URL_RE = /https?:\/\/\S+/gi;
// A word, or a phrase breaker (clause punctuation, brackets, quotes). Hyphens and spaces join:
// "few-shot" gives the phrase "few shot".
export const TOKEN_RE = /[\p{L}\p{N}]+|[.,;:!?()[\]{}"“”‘’…|]/gu;
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
  const clean = stripTex(text.normalize('NFKC')).replace(URL_RE, ' . ').toLowerCase();
  return scanTokens(clean);
}

/**
 * `text.match(TOKEN_RE)`, by hand: the Unicode-property regex costs most of a large build, while
 * almost every character is ASCII. Other characters are classified by the same regex, once each.
 */
export function scanTokens(text: string): string[] {
  const out: string[] = [];
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    let size = 1;
    let kind: number;
    if (c < 128) kind = ASCII_KIND[c]!;
    else {
      const cp = text.codePointAt(i)!;
      size = cp > 0xffff ? 2 : 1;
      kind = kindOf(cp);
    }
    if (kind === BREAK) {
      out.push(text[i]!);
      i++;
    } else if (kind === WORD) {
      const from = i;
      i += size;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_KIND[d] !== WORD) break;
          i++;
        } else {
          const cp = text.codePointAt(i)!;
          if (kindOf(cp) !== WORD) break;
          i += cp > 0xffff ? 2 : 1;
        }
      }
      out.push(text.slice(from, i));
    } else i += size;
  }
  return out;
}

const OTHER = 0;
const WORD = 1;
const BREAK = 2;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const BREAK_CHARS = new Set('.,;:!?()[]{}"“”‘’…|');
const ASCII_KIND = Uint8Array.from({ length: 128 }, (_, c) => classify(c));
const nonAsciiKind = new Map<number, number>();

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  return WORD_CHAR.test(ch) ? WORD : BREAK_CHARS.has(ch) ? BREAK : OTHER;
}

function kindOf(cp: number): number {
  let k = nonAsciiKind.get(cp);
  if (k === undefined) {
    k = classify(cp);
    nonAsciiKind.set(cp, k);
  }
  return k;
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
