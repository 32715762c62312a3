/**
 * Normalised titles of the catalogue (by position) and posting lists of their words, for finding the
 * papers that share most title words with a page's title without scanning the catalogue. Postings are
 * one Uint32Array sliced per word, so the index persists compactly and restores without rebuilding.
 */
import { readSnapshot, writeSnapshot } from './codec';
import { isStopWord, titleTokens } from './similarity';
import { THRESHOLDS as T } from './thresholds';

const VERSION = 1;

interface Header {
  v: number;
  ids: string[];
  titles: string[];
  tokens: string[];
}

export class TitleIndex {
  private readonly slot = new Map<string, number>();

  private constructor(
    /** Paper ids by position. */
    readonly ids: readonly string[],
    readonly normTitles: readonly string[],
    private readonly tokens: readonly string[],
    /** Postings of token k: postings[offsets[k] .. offsets[k + 1]), ascending positions. */
    private readonly offsets: Uint32Array,
    private readonly postings: Uint32Array,
  ) {
    tokens.forEach((t, k) => this.slot.set(t, k));
  }

  static build(ids: readonly string[], normTitles: readonly string[]): TitleIndex {
    const lists = new Map<string, number[]>();
    normTitles.forEach((norm, i) => {
      for (const t of titleTokens(norm)) {
        const list = lists.get(t);
        if (list) list.push(i);
        else lists.set(t, [i]);
      }
    });
    const tokens = [...lists.keys()];
    const offsets = new Uint32Array(tokens.length + 1);
    let total = 0;
    tokens.forEach((t, k) => {
      offsets[k] = total;
      total += lists.get(t)!.length;
    });
    offsets[tokens.length] = total;
    const postings = new Uint32Array(total);
    tokens.forEach((t, k) => postings.set(lists.get(t)!, offsets[k]));
    return new TitleIndex([...ids], [...normTitles], tokens, offsets, postings);
  }

  get size(): number {
    return this.ids.length;
  }

  serialize(): string {
    const header: Header = {
      v: VERSION,
      ids: [...this.ids],
      titles: [...this.normTitles],
      tokens: [...this.tokens],
    };
    return writeSnapshot(header, [this.offsets, this.postings]);
  }

  static restore(data: string): TitleIndex {
    const { header, sections } = readSnapshot<Header>(data);
    const [offsets, postings] = sections;
    if (header.v !== VERSION)
      throw new Error(`title index snapshot version ${header.v}, expected ${VERSION}`);
    if (!offsets || !postings || offsets.length !== header.tokens.length + 1)
      throw new Error('title index snapshot sections do not fit its tokens');
    if (header.ids.length !== header.titles.length)
      throw new Error('title index snapshot ids and titles differ');
    if (offsets[offsets.length - 1] !== postings.length)
      throw new Error('title index postings are truncated');
    for (const p of postings) if (p >= header.ids.length) throw new Error('title index posting out of range');
    return new TitleIndex(header.ids, header.titles, header.tokens, offsets, postings);
  }

  private list(t: string): Uint32Array | null {
    const k = this.slot.get(t);
    return k === undefined ? null : this.postings.subarray(this.offsets[k]!, this.offsets[k + 1]!);
  }

  /**
   * Papers sharing the most title words with the query, found through posting lists of its
   * rarest words first; common words are skipped once the pool is large enough.
   */
  candidates(norm: string): number[] {
    const tokens = titleTokens(norm)
      .filter((t) => !isStopWord(t))
      .map((t) => ({ t, list: this.list(t) }))
      .filter((x): x is { t: string; list: Uint32Array } => x.list !== null && x.list.length > 0)
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
}
