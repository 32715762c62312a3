import MiniSearch, { type Options, type Query, type SearchOptions } from 'minisearch';
import type { CatalogueEntry } from '../catalogue/entry';
import { normaliseTitle } from '../match/normalise';
import { processTerm, tokenize } from './tokens';

/** Bump when the options below change: snapshots of another version are rebuilt, not restored. */
export const SEARCH_INDEX_VERSION = 1;

interface Doc {
  id: string;
  title: string;
  abstract: string;
  authors: string;
  year: number | null;
  normTitle: string;
}

type Stored = Pick<Doc, 'year' | 'normTitle'>;

const OPTIONS: Options<Doc> = {
  fields: ['title', 'abstract', 'authors'],
  storeFields: ['year', 'normTitle'],
  tokenize,
  processTerm,
};

/** Title words count most; the author line rarely carries a topic. */
const BOOST = { title: 4, abstract: 1, authors: 0.5 };

const QUERY: SearchOptions = {
  boost: BOOST,
  // The word being typed is a prefix; finished words may carry one typo (two in long words).
  prefix: (_term, i, terms) => i === terms.length - 1,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length === 4 ? 1 : false),
  maxFuzzy: 2,
};

export interface SearchFilters {
  /** Only papers of this year. */
  year?: number | null;
  /** Keep only ids this returns true for (e.g. "saved only"). */
  accept?: (id: string) => boolean;
}

export interface IndexHit {
  id: string;
  score: number;
  /** Indexed terms that matched (after prefix/fuzzy expansion), for highlighting. */
  terms: string[];
}

export interface SearchOutcome {
  hits: IndexHit[];
  total: number;
}

interface Snapshot {
  v: number;
  years: number[];
  index: unknown;
}

/**
 * Full-text search over the catalogue (MiniSearch). Built once per catalogue revision, then
 * serialised so a waking worker restores it instead of re-indexing every abstract.
 */
export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<Doc>,
    readonly years: number[],
  ) {}

  static build(papers: Iterable<CatalogueEntry>): SearchIndex {
    const mini = new MiniSearch<Doc>(OPTIONS);
    const docs: Doc[] = [];
    const years = new Set<number>();
    for (const p of papers) {
      docs.push({
        id: p.id,
        title: p.title,
        abstract: p.abstract,
        authors: p.authors ?? '',
        year: p.year,
        normTitle: p.normTitle,
      });
      if (p.year !== null) years.add(p.year);
    }
    mini.addAll(docs);
    return new SearchIndex(
      mini,
      [...years].sort((a, b) => b - a),
    );
  }

  /** Throws when the snapshot is not one this version wrote. */
  static restore(json: string): SearchIndex {
    const snap = JSON.parse(json) as Snapshot;
    if (snap?.v !== SEARCH_INDEX_VERSION || !Array.isArray(snap.years)) {
      throw new Error('search snapshot from another version');
    }
    const mini = MiniSearch.loadJS<Doc>(snap.index as Parameters<typeof MiniSearch.loadJS>[0], OPTIONS);
    return new SearchIndex(mini, snap.years);
  }

  serialize(): string {
    const snap: Snapshot = { v: SEARCH_INDEX_VERSION, years: this.years, index: this.mini.toJSON() };
    return JSON.stringify(snap);
  }

  get size(): number {
    return this.mini.documentCount;
  }

  search(query: string, filters: SearchFilters = {}, limit = 50): SearchOutcome {
    const q = query.trim();
    if (!q) return { hits: [], total: 0 };
    const { year, accept } = filters;
    const filter =
      year != null || accept
        ? (r: { id: string } & Partial<Stored>) =>
            (year == null || r.year === year) && (!accept || accept(r.id))
        : undefined;
    // Every word must match; when none does, fall back to any word so a stray word doesn't empty the list.
    let results = this.mini.search(expandedQuery(q, 'AND'), { boost: BOOST, filter });
    if (!results.length) results = this.mini.search(expandedQuery(q, 'OR'), { boost: BOOST, filter });
    const lead = titleLead(q);
    if (lead) {
      // Typing the first words of a title puts that paper first, whatever the abstracts say.
      const first = results.filter((r) => (r.normTitle as string).startsWith(lead));
      if (first.length)
        results = [...first, ...results.filter((r) => !(r.normTitle as string).startsWith(lead))];
    }
    const hits = results.slice(0, limit).map((r) => ({ id: r.id as string, score: r.score, terms: r.terms }));
    return { hits, total: results.length };
  }
}

/**
 * Typo and prefix expansion only over titles and authors; abstracts match whole words. Expanding a
 * prefix or a typo over every abstract term is what makes search slow on a large catalogue.
 */
function expandedQuery(q: string, combineWith: 'AND' | 'OR'): Query {
  return {
    combineWith: 'OR',
    queries: [
      { ...QUERY, queries: [q], fields: ['title', 'authors'], combineWith },
      { queries: [q], fields: ['abstract'], prefix: false, fuzzy: false, combineWith },
    ],
  };
}

/** The query as the start of a normalised title; empty for one- or two-letter queries. */
function titleLead(q: string): string {
  const lead = normaliseTitle(q);
  return lead.length >= 3 ? lead : '';
}
