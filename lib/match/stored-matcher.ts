/**
 * The worker's matcher. arXiv-id, repository and exact-title lookups go straight to the Dexie indexes
 * (`arxivId`, `*repos`, `normTitle`), so they answer on a cold worker before any index is loaded;
 * fuzzy titles use the persisted title/abstract indexes (store.ts) and fetch only the candidate papers.
 * Decisions are those of TitleMatcher: the same plan/decide steps and thresholds.
 */
import type { CatalogueEntry } from '../catalogue/entry';
import type { RelatedPapersDB } from '../db';
import type { Match, PageCandidate } from '../messages';
import { fuzzyDecide, fuzzyPlan } from './fuzzy';
import {
  arxivKey,
  arxivMatch,
  exactMatch,
  idConsistent,
  normaliseArxivId,
  repoMatch,
  titleMatchable,
  type PageMatcher,
} from './matcher';
import { normaliseTitle } from './normalise';
import { abstractShingles } from './similarity';
import { loadMatchIndexes, type IndexSource, type MatchIndexes } from './store';

const SHINGLE_CACHE = 2000;

export class StoredMatcher implements PageMatcher {
  private indexes: MatchIndexes | null = null;
  private shingleCache = new Map<string, Set<number>>();

  constructor(
    private readonly db: RelatedPapersDB,
    /** Catalogue revision this matcher's indexes belong to. */
    readonly rev: number,
  ) {}

  /** Loads (restores, or builds and persists) both fuzzy indexes; never throws (a lookup retries). */
  async warm(): Promise<{ titles: IndexSource; abstracts: IndexSource } | null> {
    try {
      const idx = this.load();
      const titles = await idx.titles;
      const abstracts = await idx.abstracts();
      return { titles: titles.source, abstracts: abstracts.source };
    } catch {
      return null;
    }
  }

  private load(): MatchIndexes {
    if (!this.indexes) {
      const idx = loadMatchIndexes(this.db, this.rev);
      this.indexes = idx;
      // A failed load (database closing, storage error) is forgotten so the next lookup tries again.
      idx.titles.catch(() => {
        if (this.indexes === idx) this.indexes = null;
      });
    }
    return this.indexes;
  }

  /** The database is the truth for arXiv ids (resolve writes learned ids there): nothing to remember. */
  learnArxivId(): void {}

  async match(c: PageCandidate): Promise<Match | null> {
    if (c.arxivId) {
      const paper = await this.byArxivId(c.arxivId);
      if (paper) return arxivMatch(paper, c);
    }
    if (c.repo) {
      const ids = await this.repoPapers(c.repo);
      // Only the count matters when a shared tool is linked from many abstracts.
      const first = ids.length === 1 ? await this.db.papers.get(ids[0]!) : undefined;
      const m = repoMatch(ids.length, first, c);
      if (m) return m;
    }
    return titleMatchable(c) ? idConsistent(c, await this.byTitle(c)) : null;
  }

  private async byArxivId(id: string): Promise<CatalogueEntry | undefined> {
    const key = arxivKey(id);
    // Prefix, not equality: an id stored with its version ("…v2") still names the same paper.
    const hits = await this.db.papers.where('arxivId').startsWithIgnoreCase(normaliseArxivId(id)).toArray();
    return hits.find((p) => p.arxivId && arxivKey(p.arxivId) === key);
  }

  /** Ids of the papers whose abstracts link to the repo (repos are stored lower-case; case folded anyway). */
  private async repoPapers(repo: string): Promise<string[]> {
    return [...new Set(await this.db.papers.where('repos').equalsIgnoreCase(repo).primaryKeys())];
  }

  private async byTitle(c: PageCandidate): Promise<Match | null> {
    const norm = normaliseTitle(c.title);
    if (!norm) return null;
    const exact = await this.db.papers.where('normTitle').equals(norm).first();
    if (exact) return exactMatch(exact, c);

    const page = c.abstract ? abstractShingles(c.abstract) : null;
    const idx = this.load();
    const titles = (await idx.titles).index;
    const abstracts = page ? (await idx.abstracts()).index : null;
    const plan = fuzzyPlan(titles, norm, page, abstracts);
    if (plan.length === 0) return null;

    const positions = [...new Set(plan.map((p) => p.i))];
    const papers = await this.db.papers.bulkGet(positions.map((i) => titles.ids[i]!));
    const at = new Map<number, CatalogueEntry>();
    positions.forEach((i, k) => {
      const p = papers[k];
      if (p) at.set(i, p);
    });
    return fuzzyDecide(
      plan,
      page,
      (i) => at.get(i),
      (i) => this.shingles(at.get(i)!),
    );
  }

  private shingles(p: CatalogueEntry): Set<number> {
    let s = this.shingleCache.get(p.id);
    if (!s) {
      if (this.shingleCache.size > SHINGLE_CACHE) this.shingleCache = new Map();
      s = abstractShingles(p.abstract);
      this.shingleCache.set(p.id, s);
    }
    return s;
  }
}
