import { stripTex } from '../match/normalise';

/**
 * Text → tokens, the first step of text.ts: words (runs of letters and digits) and phrase breakers
 * (clause punctuation, brackets, quotes). Hyphens and spaces only separate: "few-shot" gives the
 * phrase "few shot".
 */

const URL_RE = /https?:\/\/\S+/gi;
/** The token rule; scanTokens implements it by hand (tested equal). */
export const TOKEN_RE = /[\p{L}\p{N}]+|[.,;:!?()[\]{}"“”‘’…|]/gu;

/** Lower-case plain text: NFKC, TeX markup stripped, URLs replaced by a phrase breaker. */
export function cleanText(text: string): string {
  return plainText(text.normalize('NFKC')).replace(URL_RE, ' . ').toLowerCase();
}

/**
 * stripTex(text), skipped for text it would leave as it is: without `\\ { } $` only its rule for
 * glued command names can apply (test/related/tokens.test.ts holds the two to the same output).
 */
function plainText(text: string): string {
  if (TEX_CHARS.test(text)) return stripTex(text);
  // Cheap native substring checks first: the command-name regex alone costs more than it saves.
  const hint = GLUED_HINTS.some((h) => text.includes(h));
  return hint && GLUED_NAMES.test(text) ? stripTex(text) : text;
}

const TEX_CHARS = /[\\{}$]/;
const GLUED_HINTS = ['math', 'text', 'boldsymbol', 'operatorname'];
const GLUED_NAMES = /boldsymbol|math(?:bf|rm|cal|bb|it|sf|tt|frak)|text(?:bf|it|tt)|operatorname/;

/**
 * `text.match(TOKEN_RE)`, by hand: the Unicode-property regex costs most of a large build, while
 * almost every character is ASCII. Other characters are classified by the same regex, once each.
 */
export function scanTokens(text: string): string[] {
  const out: string[] = [];
  forEachToken(text, (from, to) => out.push(text.slice(from, to)));
  return out;
}

/**
 * Calls `visit(from, to, hash)` for each token of `text` (as scanTokens), without making strings:
 * `hash` is the FNV-1a hash of the token's UTF-16 code units, for a build's own word table.
 */
export function forEachToken(text: string, visit: (from: number, to: number, hash: number) => void): void {
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
      visit(i, i + 1, Math.imul(FNV_BASIS ^ c, FNV_PRIME));
      i++;
    } else if (kind === WORD) {
      const from = i;
      let h = Math.imul(FNV_BASIS ^ c, FNV_PRIME);
      if (size === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
      i += size;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d < 128) {
          if (ASCII_KIND[d] !== WORD) break;
          h = Math.imul(h ^ d, FNV_PRIME);
          i++;
        } else {
          const cp = text.codePointAt(i)!;
          if (kindOf(cp) !== WORD) break;
          h = Math.imul(h ^ d, FNV_PRIME);
          if (cp > 0xffff) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
          i += cp > 0xffff ? 2 : 1;
        }
      }
      visit(from, i, h);
    } else i += size;
  }
}

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

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
