import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDigest, type ParsedPaper } from '../../lib/catalogue/parse';

/**
 * Everything the generator draws from, measured on the real seed digests: word pools, length
 * distributions and how often each quirk (upvotes, yearless dates, submitter lines, entries without
 * trailer, code links, repeated papers) occurs. Lists hold one item per observation, so picking
 * uniformly from them reproduces the observed frequencies.
 */
export interface Vocab {
  titleWords: string[];
  /** Words in titles that look like method names (KARL, DAGNN, LoRA): raw material for new names. */
  nameParts: string[];
  titleLengths: number[];
  colonTitleRate: number;
  /** Abstract bigram chain: token → every token seen after it. */
  next: Map<string, string[]>;
  sentenceStarts: string[];
  abstractLengths: number[];
  authorCounts: number[];
  explicitYears: number[];
  yearlessRate: number;
  upvoteRate: number;
  upvotes: number[];
  submitterRate: number;
  noTrailerRate: number;
  codeLinkRate: number;
  digestSizes: number[];
  /** Share of digest entries that repeat a paper an earlier digest already had. */
  repeatRate: number;
}

export function seedDir(root = process.cwd()): string {
  return join(root, 'seeds');
}

export function loadVocab(dir = seedDir()): Vocab {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new Error(`no seed digests (*.txt) in ${dir}`);
  const results = files.map((f) => parseDigest(readFileSync(join(dir, f), 'utf8'), f));
  const papers = results.flatMap((r) => r.papers);
  return buildVocab(
    papers,
    results.map((r) => r.papers.length),
  );
}

function buildVocab(papers: ParsedPaper[], digestSizes: number[]): Vocab {
  const titleWords: string[] = [];
  const nameParts: string[] = [];
  const titleLengths: number[] = [];
  const next = new Map<string, string[]>();
  const sentenceStarts: string[] = [];
  const abstractLengths: number[] = [];
  const ids = new Set<string>();
  let colon = 0;
  for (const p of papers) {
    ids.add(p.id);
    const words = p.title.split(' ').filter((w) => /\p{L}/u.test(w));
    titleLengths.push(words.length);
    if (p.title.includes(':')) colon++;
    for (const w of words) {
      const bare = w.replace(/[:,?!.()]/g, '');
      if (!/^\p{L}[\p{L}\p{N}-]*$/u.test(bare)) continue;
      if (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(bare) || /\p{Ll}\p{Lu}/u.test(bare)) nameParts.push(bare);
      else titleWords.push(bare);
    }
    const tokens = p.abstract.split(' ').filter(usableToken);
    abstractLengths.push(tokens.length);
    let prev: string | null = null;
    for (const t of tokens) {
      if (prev === null || /[.!?]$/.test(prev)) sentenceStarts.push(t);
      if (prev !== null) {
        const list = next.get(prev);
        if (list) list.push(t);
        else next.set(prev, [t]);
      }
      prev = t;
    }
  }
  const trailered = papers.filter((p) => p.dateRaw !== null);
  const counted = trailered.filter((p) => p.authorCount !== null);
  return {
    titleWords,
    nameParts,
    titleLengths,
    colonTitleRate: colon / papers.length,
    next,
    sentenceStarts: sentenceStarts.filter((s) => /^\p{Lu}/u.test(s)),
    abstractLengths,
    authorCounts: counted.map((p) => p.authorCount!),
    explicitYears: trailered
      .filter((p) => /\d{4}$/.test(p.dateRaw!))
      .map((p) => Number(p.dateRaw!.slice(-4))),
    yearlessRate: trailered.filter((p) => !/\d{4}$/.test(p.dateRaw!)).length / trailered.length,
    upvoteRate: trailered.filter((p) => p.upvotes !== null).length / trailered.length,
    upvotes: trailered.filter((p) => p.upvotes !== null).map((p) => p.upvotes!),
    // At least one in a few thousand, so every generated catalogue shows each quirk.
    submitterRate: Math.max(0.003, (trailered.length - counted.length) / papers.length),
    noTrailerRate: Math.max(0.003, (papers.length - trailered.length) / papers.length),
    codeLinkRate: papers.filter((p) => p.codeLinks.length > 0).length / papers.length,
    digestSizes,
    repeatRate: 1 - ids.size / papers.length,
  };
}

/** Links, TeX and braces in seed abstracts would leak real URLs into generated text: dropped. */
function usableToken(t: string): boolean {
  return t.length > 0 && !/https?:|github|\\|[{}]|\.git\b/i.test(t);
}
