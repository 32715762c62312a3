/**
 * Finds the catalogue paper a page candidate is, if any: by arXiv id, by repository, by exact
 * normalised title, then by fuzzy title (token index → similarity) confirmed by the abstract when
 * the page has one. Built once per catalogue revision; lookups never scan the whole catalogue.
 */
import type { CatalogueEntry } from '../catalogue/entry';
import type { Match, PageCandidate } from '../messages';
import { AbstractIndex } from './abstract-index';
import { normaliseTitle } from './normalise';
import {
  abstractShingles,
  abstractSimilarity,
  compareTitles,
  isStopWord,
  sameTitleAlone,
  titleTokens,
  type TitleComparison,
} from './similarity';
import { THRESHOLDS as T } from './thresholds';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** `arXiv:2106.09685v2` → `2106.09685`. Case is kept (old-style `math.GT/…`); lookups fold it. */
export function normaliseArxivId(id: string): string {
  return id
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/v\d+$/i, '');
}

const arxivKey = (id: string) => normaliseArxivId(id).toLowerCase();

export class TitleMatcher {
  private readonly papers: CatalogueEntry[];
  private readonly byNorm = new Map<string, number>();
  private readonly byArxiv = new Map<string, number>();
  private readonly byRepo = new Map<string, number[]>();
  private readonly tokenIndex = new Map<string, number[]>();
  private readonly normTitles: string[] = [];
  private shingleCache = new Map<number, Set<number>>();
  /** Built on first use: only pages with abstracts need it. */
  private abstractIndex: AbstractIndex | null = null;

  private constructor(papers: CatalogueEntry[]) {
    this.papers = papers;
    papers.forEach((p, i) => {
      const norm = normaliseTitle(p.title) || p.normTitle;
      this.normTitles.push(norm);
      if (!this.byNorm.has(norm)) this.byNorm.set(norm, i);
      if (!this.byNorm.has(p.normTitle)) this.byNorm.set(p.normTitle, i);
      if (p.arxivId) this.byArxiv.set(arxivKey(p.arxivId), i);
      for (const r of new Set(p.repos.map((x) => x.toLowerCase()))) push(this.byRepo, r, i);
      for (const t of titleTokens(norm)) push(this.tokenIndex, t, i);
    });
  }

  static build(papers: CatalogueEntry[]): TitleMatcher {
    return new TitleMatcher(papers);
  }

  get size(): number {
    return this.papers.length;
  }

  /** Remembers an arXiv id learned from a page, so later PDF tabs match by id. */
  learnArxivId(paperId: string, arxivId: string): void {
    const i = this.papers.findIndex((p) => p.id === paperId);
    if (i < 0) return;
    this.papers[i] = { ...this.papers[i]!, arxivId };
    this.byArxiv.set(arxivKey(arxivId), i);
  }

  match(candidate: PageCandidate): Match | null {
    return (
      this.byArxivId(candidate) ??
      this.byRepository(candidate) ??
      (candidate.source === 'repo' || candidate.source === 'arxiv-link' || candidate.source === 'url'
        ? null
        : this.idConsistent(candidate, this.byTitle(candidate)))
    );
  }

  /** A paper known under another arXiv id is a different paper, however similar its title. */
  private idConsistent(c: PageCandidate, m: Match | null): Match | null {
    if (!m || !c.arxivId || !m.paper.arxivId) return m;
    return arxivKey(m.paper.arxivId) === arxivKey(c.arxivId) ? m : null;
  }

  private byArxivId(c: PageCandidate): Match | null {
    if (!c.arxivId) return null;
    const i = this.byArxiv.get(arxivKey(c.arxivId));
    if (i === undefined) return null;
    return { paper: this.papers[i]!, confidence: 1, kind: 'arxiv-id', why: `same arXiv id (${c.arxivId})` };
  }

  private byRepository(c: PageCandidate): Match | null {
    if (!c.repo) return null;
    const hits = this.byRepo.get(c.repo.toLowerCase()) ?? [];
    // A repo several abstracts link to (a library, a benchmark) is not one paper's own code.
    if (hits.length === 0 || hits.length > T.maxPapersPerRepo) return null;
    return {
      paper: this.papers[hits[0]!]!,
      confidence: T.repoConfidence,
      kind: 'repo',
      why: `the paper's abstract links to this repository (github.com/${c.repo})`,
    };
  }

  private byTitle(c: PageCandidate): Match | null {
    const norm = normaliseTitle(c.title);
    if (!norm) return null;
    const exact = this.byNorm.get(norm);
    if (exact !== undefined) {
      const paper = this.papers[exact]!;
      const literal = paper.title.trim().toLowerCase() === c.title.trim().toLowerCase();
      return {
        paper,
        confidence: 1,
        kind: 'exact',
        why: literal ? 'same title' : 'same title (ignoring case, punctuation and TeX)',
      };
    }
    const pageShingles = c.abstract ? abstractShingles(c.abstract) : null;
    return this.fuzzy(norm, pageShingles);
  }

  private fuzzy(norm: string, pageShingles: Set<number> | null): Match | null {
    let best: Match | null = null;
    const consider = (i: number, title: TitleComparison, abs: number | null) => {
      const m = this.judge(i, title, abs);
      if (m && (!best || m.confidence > best.confidence)) best = m;
    };
    const seen = new Set<number>();
    for (const i of this.titleCandidates(norm)) {
      seen.add(i);
      const title = compareTitles(norm, this.normTitles[i]!);
      if (title.score < T.titleWithAbstract) continue;
      consider(i, title, pageShingles ? abstractSimilarity(pageShingles, this.shingles(i)) : null);
    }
    if (pageShingles) {
      for (const i of this.abstractCandidates(pageShingles)) {
        if (seen.has(i)) continue;
        consider(
          i,
          compareTitles(norm, this.normTitles[i]!),
          abstractSimilarity(pageShingles, this.shingles(i)),
        );
      }
    }
    return best;
  }

  /** Accepts or rejects one candidate paper given its title and abstract similarity. */
  private judge(i: number, cmp: TitleComparison, abs: number | null): Match | null {
    const paper = this.papers[i]!;
    const title = cmp.score;
    if (abs !== null && abs < T.abstractContradicts) return null;
    if (abs !== null && abs >= T.abstractAlone && title < T.titleWithAbstract) {
      return {
        paper,
        confidence: Math.min(0.9, 0.5 + abs / 2),
        kind: 'fuzzy',
        why: `title differs, but the abstract agrees (${pct(abs)} of its phrases)`,
      };
    }
    const agrees = abs !== null && abs >= T.abstractConfirm;
    if (sameTitleAlone(cmp) || (agrees && title >= T.titleAlone)) {
      return {
        paper,
        confidence: Math.min(0.99, agrees ? title * 0.7 + (abs ?? 0) * 0.3 + 0.05 : title * 0.97),
        kind: 'fuzzy',
        why: `title nearly the same (${pct(title)} similar)${agrees ? `; abstract agrees (${pct(abs ?? 0)})` : ''}`,
      };
    }
    if (title >= T.titleWithAbstract && agrees) {
      return {
        paper,
        confidence: Math.min(0.95, title * 0.6 + (abs ?? 0) * 0.4),
        kind: 'fuzzy',
        why: `title ${pct(title)} similar; abstract agrees (${pct(abs ?? 0)} of its phrases)`,
      };
    }
    return null;
  }

  /**
   * Papers sharing the most title words with the query, found through posting lists of its
   * rarest words first; common words are skipped once the pool is large enough.
   */
  private titleCandidates(norm: string): number[] {
    const tokens = titleTokens(norm)
      .filter((t) => !isStopWord(t))
      .map((t) => ({ t, list: this.tokenIndex.get(t) ?? [] }))
      .filter((x) => x.list.length > 0)
      .sort((a, b) => a.list.length - b.list.length);
    const counts = new Map<number, number>();
    let pooled = 0;
    let used = 0;
    for (const [k, { list }] of tokens.entries()) {
      if (k >= 2 && pooled + list.length > T.candidatePoolCap) break;
      pooled += list.length;
      used++;
      for (const i of list) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    // Dice ≥ titleWithAbstract needs most of the pooled words shared; typos make up at most one.
    const need = Math.max(1, Math.floor(used * T.titleWithAbstract) - 1);
    return [...counts.entries()]
      .filter(([, c]) => c >= need)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, T.maxFuzzyCandidates)
      .map(([i]) => i);
  }

  private abstractCandidates(page: Set<number>): number[] {
    this.abstractIndex ??= AbstractIndex.build(this.papers.map((p) => p.abstract));
    return this.abstractIndex.candidates(page, 2, 20);
  }

  private shingles(i: number): Set<number> {
    let s = this.shingleCache.get(i);
    if (!s) {
      if (this.shingleCache.size > 2000) this.shingleCache = new Map();
      s = abstractShingles(this.papers[i]!.abstract);
      this.shingleCache.set(i, s);
    }
    return s;
  }
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== i) list.push(i);
  } else map.set(key, [i]);
}
