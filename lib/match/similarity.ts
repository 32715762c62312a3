/** Title and abstract similarity on normalised text. Pure functions; thresholds live in thresholds.ts. */
import { THRESHOLDS } from './thresholds';

const STOP_WORDS = new Set(
  (
    'a an and are as at be by can do does for from how in into is it its of on or our over the their this ' +
    'through to towards toward under up using via what when where which who why with your you we'
  ).split(' '),
);

/** Words that flip a title's claim ("Does Not Improve"): a difference in them is never a variant. */
const NEGATIONS = new Set(['not', 'no', 'non', 'without', 'never', 'beyond', 'nor', 'cannot', 'against']);

export function isStopWord(t: string): boolean {
  return STOP_WORDS.has(t);
}

/** Light plural folding so "models"/"model" and "strategies"/"strategy" compare equal. */
export function stem(t: string): string {
  if (t.length > 4 && t.endsWith('ies')) return t.slice(0, -3) + 'y';
  if (t.length > 3 && t.endsWith('s') && !t.endsWith('ss') && !t.endsWith('us') && !t.endsWith('is'))
    return t.slice(0, -1);
  return t;
}

/** Distinct stemmed tokens of a normalised title. */
export function titleTokens(norm: string): string[] {
  return [
    ...new Set(
      norm
        .split(' ')
        .filter(Boolean)
        .map((t) => (isStopWord(t) ? t : stem(t))),
    ),
  ];
}

function weight(t: string): number {
  return isStopWord(t) ? THRESHOLDS.stopWordWeight : 1;
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

function softEqual(a: string, b: string): boolean {
  if (a === b) return true;
  const min = THRESHOLDS.softTokenMinLength;
  if (a.length < min || b.length < min) return false;
  // Digits carry meaning (GPT-3 vs GPT-4, 2D vs 3D): never fuzzy.
  if (/\d/.test(a) || /\d/.test(b)) return false;
  return editDistance(a, b, 1) <= 1;
}

export interface TitleComparison {
  /** 0..1: weighted Dice over distinct stemmed tokens (stop words light, one-typo tokens equal). */
  score: number;
  /** Content words of each title without a counterpart in the other. */
  onlyA: string[];
  onlyB: string[];
}

export function compareTitles(normA: string, normB: string): TitleComparison {
  if (normA === normB) return { score: 1, onlyA: [], onlyB: [] };
  // Titles that differ only in spacing ("fine-tuning"/"finetuning").
  if (normA.replace(/ /g, '') === normB.replace(/ /g, '')) return { score: 0.99, onlyA: [], onlyB: [] };
  const a = titleTokens(normA);
  const b = titleTokens(normB);
  if (!a.length || !b.length) return { score: 0, onlyA: a, onlyB: b };
  const unmatched = new Set(b);
  const onlyA: string[] = [];
  let shared = 0;
  for (const t of a) {
    const hit = unmatched.has(t) ? t : [...unmatched].find((u) => softEqual(t, u));
    if (hit === undefined) {
      if (!isStopWord(t) || NEGATIONS.has(t)) onlyA.push(t);
      continue;
    }
    unmatched.delete(hit);
    shared += Math.min(weight(t), weight(hit));
  }
  const onlyB = [...unmatched].filter((t) => !isStopWord(t) || NEGATIONS.has(t));
  const total = a.reduce((s, t) => s + weight(t), 0) + b.reduce((s, t) => s + weight(t), 0);
  return { score: total ? (2 * shared) / total : 0, onlyA, onlyB };
}

export function titleSimilarity(normA: string, normB: string): number {
  return compareTitles(normA, normB).score;
}

/**
 * Whether a title difference can be a variant of the same title without other evidence: similar
 * enough, no word swapped for another (only added or dropped, like an "AdANNS:" prefix), and no
 * negation added or dropped.
 */
export function sameTitleAlone(c: TitleComparison): boolean {
  if (c.score < THRESHOLDS.titleAlone) return false;
  if (c.onlyA.length > 0 && c.onlyB.length > 0) return false;
  return ![...c.onlyA, ...c.onlyB].some((t) => NEGATIONS.has(t));
}

/** Order-sensitive mix of three word hashes (no string building: the whole catalogue is shingled). */
function mix3(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ b, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16) ^ c, 0x27d4eb2f);
  return (h ^ (h >>> 15)) >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNICODE_WORD = /^[\p{L}\p{N}]$/u;
const wordCache = new Map<number, boolean>();

/** Whether a code point is a letter or digit; ASCII inline, the rest through \p{L}\p{N} (cached). */
function isWordCodePoint(cp: number): boolean {
  let v = wordCache.get(cp);
  if (v === undefined) {
    v = UNICODE_WORD.test(String.fromCodePoint(cp));
    if (wordCache.size < 10_000) wordCache.set(cp, v);
  }
  return v;
}

/**
 * Abstract words, hashed (FNV-1a over UTF-16 units): a cheaper normalisation than titles get
 * (abstracts are long): case and accents folded, TeX commands and punctuation dropped. One pass over
 * the characters without building word strings, since the whole catalogue is shingled at index build.
 */
function abstractWordHashes(text: string): number[] {
  // eslint-disable-next-line no-control-regex
  const ascii = /^[\x00-\x7f]*$/.test(text);
  const s = ascii ? text : text.toLowerCase().normalize('NFKD');
  const out: number[] = [];
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    // Only the ASCII path folds case here; the other was lower-cased before NFKD, as it always was.
    if (ascii && c >= 65 && c <= 90) c += 32;
    const word =
      (c >= 97 && c <= 122) ||
      (c >= 48 && c <= 57) ||
      (c >= 128 && isWordCodePoint(c >= 0xd800 && c <= 0xdbff ? s.codePointAt(i)! : c)) ||
      (!ascii && c >= 65 && c <= 90);
    if (word) {
      if (!inWord) h = FNV_OFFSET;
      inWord = true;
      h = Math.imul(h ^ c, FNV_PRIME);
      if (c >= 0xd800 && c <= 0xdbff && s.codePointAt(i)! > 0xffff)
        h = Math.imul(h ^ s.charCodeAt(++i), FNV_PRIME);
      continue;
    }
    if (inWord) out.push(h >>> 0);
    inWord = false;
    if (c === 92) {
      // "\\alpha": a TeX command is a separator, its name no word.
      while (i + 1 < s.length && isLowerAscii(s.charCodeAt(i + 1) | (ascii ? 32 : 0))) i++;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

function isLowerAscii(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Hashes of the word trigrams of an abstract. */
export function abstractShingles(abstract: string): Set<number> {
  const w = abstractWordHashes(abstract);
  const out = new Set<number>();
  for (let i = 0; i + 2 < w.length; i++) out.add(mix3(w[i]!, w[i + 1]!, w[i + 2]!));
  return out;
}

/** The sampled trigram hashes of an abstract, distinct: all the abstract index keeps of it. */
export function sampledShingles(abstract: string): number[] {
  const w = abstractWordHashes(abstract);
  const out: number[] = [];
  for (let i = 0; i + 2 < w.length; i++) {
    const h = mix3(w[i]!, w[i + 1]!, w[i + 2]!);
    if (sampled(h) && !out.includes(h)) out.push(h);
  }
  return out;
}

/**
 * Share of the smaller abstract's trigrams found in the other: tolerant to one side being shortened
 * (HF summaries, listing excerpts). null when either is too short to tell.
 */
export function abstractSimilarity(a: Set<number>, b: Set<number>): number | null {
  const min = THRESHOLDS.minAbstractShingles;
  if (a.size < min || b.size < min) return null;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const h of small) if (big.has(h)) shared++;
  return shared / small.size;
}

export function sampled(h: number): boolean {
  return h % THRESHOLDS.abstractSampleModulo === 0;
}
