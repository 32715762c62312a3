import type { Rng } from './rng';
import type { Vocab } from './vocab';

/** Title, abstract and code-link text for one synthetic paper, drawn from the seed vocabulary. */

const SMALL = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'with',
]);

export function titleCase(words: string[]): string {
  return words
    .map((w, i) => (i > 0 && SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

/** A method name like the seeds' (KARL, DAGNN, KaSA, AdaB2N): rare tokens give the index a long tail. */
export function methodName(rng: Rng, vocab: Vocab): string {
  const head = rng.pick(vocab.nameParts);
  const tail = rng.pick(vocab.nameParts);
  let name = head.slice(0, rng.int(2, Math.max(2, Math.min(5, head.length)))) + tail.slice(-rng.int(1, 3));
  if (rng.chance(0.3)) name += String.fromCharCode(65 + rng.int(0, 25));
  if (rng.chance(0.15)) name += String(rng.int(2, 9));
  return name;
}

export function makeTitle(rng: Rng, vocab: Vocab, name: string): string {
  const n = Math.max(3, rng.pick(vocab.titleLengths));
  if (rng.chance(vocab.colonTitleRate))
    return `${name}: ${titleCase(titleWords(rng, vocab, Math.max(3, n - 1)))}`;
  return titleCase(titleWords(rng, vocab, n));
}

function titleWords(rng: Rng, vocab: Vocab, n: number): string[] {
  const words: string[] = [];
  while (words.length < n) {
    const w = rng.pick(vocab.titleWords);
    if (w.toLowerCase() !== words.at(-1)?.toLowerCase()) words.push(w);
  }
  return words;
}

const SENTENCE_END = /[.!?]$/;
const NAME_SLOT = /^(method|model|framework|approach|algorithm)([,.;]?)$/;

/** A bigram walk over the seed abstracts, cut at a sentence end near a length drawn from the seeds. */
export function makeAbstract(rng: Rng, vocab: Vocab, name: string): string {
  const target = Math.max(20, rng.pick(vocab.abstractLengths));
  const tokens: string[] = [];
  let cur = rng.pick(vocab.sentenceStarts);
  for (;;) {
    tokens.push(cur);
    const ended = SENTENCE_END.test(cur);
    if (ended && tokens.length >= target) break;
    if (tokens.length > target * 1.5 + 20) {
      tokens[tokens.length - 1] = `${cur.replace(/[,;:]$/, '')}.`;
      break;
    }
    const successors = vocab.next.get(cur);
    if (ended && rng.chance(0.5)) cur = rng.pick(vocab.sentenceStarts);
    else if (successors) cur = rng.pick(successors);
    else {
      // A seed abstract ended here without a full stop: end the sentence and start another.
      if (!ended) tokens[tokens.length - 1] = `${cur}.`;
      cur = rng.pick(vocab.sentenceStarts);
    }
  }
  const slot = tokens.findIndex((t) => NAME_SLOT.test(t));
  if (slot >= 0) tokens[slot] = tokens[slot]!.replace(NAME_SLOT, `${name}$2`);
  return tokens.join(' ');
}

export interface CodeLinkText {
  /** Sentence appended to the abstract, with the quirks of the real digests. */
  sentence: string;
  /** What parseDigest must extract from it. */
  links: string[];
}

/**
 * Code links as the seeds write them: trailing ".", ".)", ")." or "}." after the URL, none at the
 * very end, TeX-escaped underscores, and the `.git{…}` doubling seen in one seed.
 */
export function makeCodeLink(rng: Rng, vocab: Vocab, name: string): CodeLinkText {
  const owner = handle(rng, vocab);
  const kind = rng.next();
  if (kind < 0.08) {
    const url = `https://${owner}.github.io/${name}-page/`;
    return { sentence: `Project page: ${url}.`, links: [url] };
  }
  if (kind < 0.14) {
    const url = `https://huggingface.co/datasets/${owner}/${name.toLowerCase()}-data`;
    return { sentence: `The dataset is released at ${url}`, links: [url] };
  }
  const underscore = rng.chance(0.15);
  const repo = underscore ? `${name}_${rng.pick(vocab.titleWords).toLowerCase()}` : name;
  const url = `https://github.com/${owner}/${repo}`;
  const escaped = url.replace(/_/g, '\\_');
  const style = rng.int(0, 9);
  if (underscore && style < 2)
    return { sentence: `The code is available at ${url}.git{${escaped}}.`, links: [`${url}.git`] };
  if (underscore) return { sentence: `Code is available at \\url{${escaped}}.`, links: [url] };
  const sentences = [
    `The code is available at ${url}.`,
    `Code is available at ${url}.`,
    `Our code is publicly available at ${url}`,
    `(Code is available at ${url}.)`,
    `Our implementation is open source (${url}).`,
  ];
  return { sentence: sentences[style % sentences.length]!, links: [url] };
}

export function handle(rng: Rng, vocab: Vocab): string {
  const word = rng
    .pick(vocab.titleWords)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return `${word || 'user'}${rng.int(0, 999)}`;
}
