import { decodeBase64Range, encodeBase64 } from '../related/base64';

/** One term's documents in one field: increasing document numbers and their term frequencies. */
export interface Postings {
  docs: Uint32Array;
  tfs: Uint8Array;
}

const EMPTY: Postings = { docs: new Uint32Array(0), tfs: new Uint8Array(0) };

/**
 * Appends posting lists: per posting a varint of (document gap << 1 | has frequency), then one byte of
 * term frequency only when it is above 1.
 */
export class PostingsWriter {
  private buf = new Uint8Array(1 << 16);
  private len = 0;
  readonly offsets: number[] = [0];

  /** Appends the next term's list: `docs[from..to)`, increasing, with their frequencies. */
  write(docs: ArrayLike<number>, tfs: ArrayLike<number>, from: number, to: number): void {
    this.reserve((to - from) * 6);
    let prev = -1;
    for (let i = from; i < to; i++) {
      const tf = Math.min(255, tfs[i]!);
      // Most words occur once in a field: the low bit says whether a frequency byte follows.
      let v = ((docs[i]! - prev - 1) << 1) | (tf > 1 ? 1 : 0);
      prev = docs[i]!;
      while (v >= 0x80) {
        this.buf[this.len++] = (v & 0x7f) | 0x80;
        v >>>= 7;
      }
      this.buf[this.len++] = v;
      if (tf > 1) this.buf[this.len++] = tf;
    }
    this.offsets.push(this.len);
  }

  finish(): PostingStore {
    return new PostingStore(Uint32Array.from(this.offsets), this.buf.slice(0, this.len), null);
  }

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

/**
 * The posting lists of one field. After a restore the bytes stay base64 as the snapshot holds them
 * and each list is decoded the first time a query reads it, so a waking worker pays nothing for
 * the millions of abstract postings it has not been asked about yet.
 */
export class PostingStore {
  private readonly cache = new Map<number, Postings>();

  constructor(
    readonly offsets: Uint32Array,
    private readonly bytes: Uint8Array | null,
    private readonly encoded: string | null,
  ) {}

  static fromBase64(offsets: Uint32Array, encoded: string): PostingStore {
    return new PostingStore(offsets, null, encoded);
  }

  get(term: number): Postings {
    const start = this.offsets[term] ?? 0;
    const end = this.offsets[term + 1] ?? start;
    if (end <= start) return EMPTY;
    let hit = this.cache.get(term);
    if (!hit) {
      hit = decode(
        this.bytes ? this.bytes.subarray(start, end) : decodeBase64Range(this.encoded!, start, end),
      );
      this.cache.set(term, hit);
    }
    return hit;
  }

  base64(): string {
    return this.encoded ?? encodeBase64(this.bytes!);
  }
}

function decode(bytes: Uint8Array): Postings {
  // At least one byte per posting, so the length bounds the count.
  const docs = new Uint32Array(bytes.length);
  const tfs = new Uint8Array(bytes.length);
  let n = 0;
  let doc = -1;
  let i = 0;
  while (i < bytes.length) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++]!;
      v += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    doc += Math.floor(v / 2) + 1;
    docs[n] = doc;
    tfs[n++] = v % 2 ? bytes[i++]! : 1;
  }
  return { docs: docs.slice(0, n), tfs: tfs.slice(0, n) };
}

/** Whether `doc` is in the list (binary search). */
export function contains(p: Postings, doc: number): boolean {
  let lo = 0;
  let hi = p.docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.docs[mid]!;
    if (v === doc) return true;
    if (v < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
