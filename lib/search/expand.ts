import SearchableMap from 'minisearch/SearchableMap';
import { AUTHORS, TITLE, type IndexData } from './data';

/** An index term a query term matches, how much that match counts, and in which fields (bit per field). */
export interface Expansion {
  term: number;
  weight: number;
  fields: number;
}

export const ALL_FIELDS = 0b111;
const NAME_FIELDS = (1 << TITLE) | (1 << AUTHORS);
// MiniSearch's weights for derived terms, so ranking stays what it was.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 2;

/**
 * Turns query terms into index terms. The word being typed is a prefix; finished words may carry one
 * typo (two in long words). Prefix and typo matches are looked up among title and author terms only:
 * abstracts match whole words, since expanding over every abstract word is what made search slow.
 */
export class Expander {
  /** Title and author terms → term number, for typo lookup (MiniSearch's radix tree); built on first use. */
  private names: SearchableMap<number> | null = null;

  constructor(private readonly d: IndexData) {}

  expand(q: string, isLast: boolean): Expansion[] {
    const out: Expansion[] = [];
    const exact = this.find(q);
    if (exact >= 0) out.push({ term: exact, weight: 1, fields: ALL_FIELDS });
    const prefixed = new Set<number>();
    if (isLast) {
      const { terms } = this.d;
      for (let t = exact >= 0 ? exact + 1 : this.lowerBound(q); t < terms.length; t++) {
        const term = terms[t]!;
        if (!term.startsWith(q)) break;
        if (!this.isName(t)) continue;
        prefixed.add(t);
        const distance = term.length - q.length;
        out.push({
          term: t,
          weight: (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
          fields: NAME_FIELDS,
        });
      }
    }
    const maxDistance =
      q.length >= 5 ? Math.min(MAX_FUZZY, Math.round(q.length * 0.2)) : q.length === 4 ? 1 : 0;
    if (maxDistance > 0) {
      for (const [term, [t, distance]] of this.nameMap().fuzzyGet(q, maxDistance)) {
        if (!distance || prefixed.has(t)) continue;
        out.push({
          term: t,
          weight: (FUZZY_WEIGHT * term.length) / (term.length + distance),
          fields: NAME_FIELDS,
        });
      }
    }
    return out;
  }

  private isName(t: number): boolean {
    return this.d.df[TITLE]![t]! > 0 || this.d.df[AUTHORS]![t]! > 0;
  }

  private nameMap(): SearchableMap<number> {
    if (!this.names) {
      this.names = new SearchableMap<number>();
      this.d.terms.forEach((term, t) => {
        if (this.isName(t)) this.names!.set(term, t);
      });
    }
    return this.names;
  }

  /** The term's number, or -1. */
  private find(q: string): number {
    const t = this.lowerBound(q);
    return this.d.terms[t] === q ? t : -1;
  }

  /** First term not sorting before `q`. */
  private lowerBound(q: string): number {
    const { terms } = this.d;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
