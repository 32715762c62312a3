/**
 * Finds the catalogue paper a page candidate is, if any: by arXiv id, by repository, by exact
 * normalised title, then by fuzzy title (token index → similarity) confirmed by the abstract when
 * the page has one. Lookups never scan the whole catalogue.
 *
 * TitleMatcher holds a catalogue in memory (tests, tools); the worker uses StoredMatcher
 * (stored-matcher.ts), which answers the same way from Dexie indexes and persisted snapshots.
 */
import type { CatalogueEntry } from '../catalogue/entry';
import type { Match, PageCandidate } from '../messages';
import { AbstractIndex } from './abstract-index';
import { fuzzyDecide, fuzzyPlan } from './fuzzy';
import { normaliseTitle } from './normalise';
import { abstractShingles } from './similarity';
import { THRESHOLDS as T } from './thresholds';
import { TitleIndex } from './title-index';

/** `arXiv:2106.09685v2` → `2106.09685`. Case is kept (old-style `math.GT/…`); lookups fold it. */
export function normaliseArxivId(id: string): string {
  return id
    .trim()
    .replace(/^arxiv:/i, '')
    .replace(/v\d+$/i, '');
}

export const arxivKey = (id: string) => normaliseArxivId(id).toLowerCase();

/** What resolvePage needs of a matcher, in memory or stored. */
export interface PageMatcher {
  match(candidate: PageCandidate): Match | null | Promise<Match | null>;
  learnArxivId(paperId: string, arxivId: string): void;
}

/** Candidates that name a repo or an id: their "title" is no paper title, never match it as one. */
export const titleMatchable = (c: PageCandidate) =>
  c.source !== 'repo' && c.source !== 'arxiv-link' && c.source !== 'url';

/** A paper known under another arXiv id is a different paper, however similar its title. */
export function idConsistent(c: PageCandidate, m: Match | null): Match | null {
  if (!m || !c.arxivId || !m.paper.arxivId) return m;
  return arxivKey(m.paper.arxivId) === arxivKey(c.arxivId) ? m : null;
}

export function arxivMatch(paper: CatalogueEntry, c: PageCandidate): Match {
  return { paper, confidence: 1, kind: 'arxiv-id', why: `same arXiv id (${c.arxivId})` };
}

/** A repo several abstracts link to (a library, a benchmark) is not one paper's own code. */
export function repoMatch(papers: number, first: CatalogueEntry | undefined, c: PageCandidate): Match | null {
  if (!first || papers === 0 || papers > T.maxPapersPerRepo) return null;
  return {
    paper: first,
    confidence: T.repoConfidence,
    kind: 'repo',
    why: `the paper's abstract links to this repository (github.com/${c.repo})`,
  };
}

export function exactMatch(paper: CatalogueEntry, c: PageCandidate): Match {
  const literal = paper.title.trim().toLowerCase() === c.title.trim().toLowerCase();
  return {
    paper,
    confidence: 1,
    kind: 'exact',
    why: literal ? 'same title' : 'same title (ignoring case, punctuation and TeX)',
  };
}

/** The title a catalogue entry is matched under (its stored normTitle when the title normalises to nothing). */
export const matchTitle = (p: CatalogueEntry) => normaliseTitle(p.title) || p.normTitle;

export class TitleMatcher implements PageMatcher {
  private readonly papers: CatalogueEntry[];
  private readonly byNorm = new Map<string, number>();
  private readonly byArxiv = new Map<string, number>();
  private readonly byRepo = new Map<string, number[]>();
  private readonly titles: TitleIndex;
  private shingleCache = new Map<number, Set<number>>();
  /** Built on first use: only pages with abstracts need it. */
  private abstractIndex: AbstractIndex | null = null;

  private constructor(papers: CatalogueEntry[]) {
    this.papers = papers;
    const norms = papers.map(matchTitle);
    papers.forEach((p, i) => {
      const norm = norms[i]!;
      if (!this.byNorm.has(norm)) this.byNorm.set(norm, i);
      if (!this.byNorm.has(p.normTitle)) this.byNorm.set(p.normTitle, i);
      if (p.arxivId) this.byArxiv.set(arxivKey(p.arxivId), i);
      for (const r of new Set(p.repos.map((x) => x.toLowerCase()))) {
        const list = this.byRepo.get(r);
        if (list) list.push(i);
        else this.byRepo.set(r, [i]);
      }
    });
    this.titles = TitleIndex.build(
      papers.map((p) => p.id),
      norms,
    );
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

  match(c: PageCandidate): Match | null {
    if (c.arxivId) {
      const i = this.byArxiv.get(arxivKey(c.arxivId));
      if (i !== undefined) return arxivMatch(this.papers[i]!, c);
    }
    if (c.repo) {
      const hits = this.byRepo.get(c.repo.toLowerCase()) ?? [];
      const m = repoMatch(hits.length, hits[0] === undefined ? undefined : this.papers[hits[0]], c);
      if (m) return m;
    }
    return titleMatchable(c) ? idConsistent(c, this.byTitle(c)) : null;
  }

  private byTitle(c: PageCandidate): Match | null {
    const norm = normaliseTitle(c.title);
    if (!norm) return null;
    const exact = this.byNorm.get(norm);
    if (exact !== undefined) return exactMatch(this.papers[exact]!, c);
    const page = c.abstract ? abstractShingles(c.abstract) : null;
    if (page) this.abstractIndex ??= AbstractIndex.build(this.papers.map((p) => p.abstract));
    const plan = fuzzyPlan(this.titles, norm, page, this.abstractIndex);
    return fuzzyDecide(
      plan,
      page,
      (i) => this.papers[i],
      (i) => this.shingles(i),
    );
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
