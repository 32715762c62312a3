import { decodeBase64Range, encodeBase64 } from './base64';

/**
 * Posting lists, compact: per term, its documents in increasing order as varints of gap·2 + (tf > 1),
 * each followed by one byte of term frequency when that is above 1. A 50k-paper catalogue fits in a few bytes per (paper, term) pair,
 * and a woken worker can use the bytes as they are: lists are decoded only when a query reads them.
 */
export class PostingsWriter {
  private buf: Uint8Array;
  private len = 0;

  constructor(capacity = 1 << 16) {
    this.buf = new Uint8Array(Math.max(16, capacity));
  }

  get length(): number {
    return this.len;
  }

  /** Appends one list; `docs` increasing, `tfs` clamped to 1..255. */
  write(docs: ArrayLike<number>, tfs: ArrayLike<number>, count: number): void {
    this.reserve(count * 6);
    let prev = -1;
    for (let i = 0; i < count; i++) {
      const tf = Math.min(255, Math.max(1, Math.round(tfs[i]!)));
      // Most postings have tf 1: the gap's low bit says whether a tf byte follows.
      let v = (docs[i]! - prev - 1) * 2 + (tf > 1 ? 1 : 0);
      prev = docs[i]!;
      while (v >= 0x80) {
        this.buf[this.len++] = (v & 0x7f) | 0x80;
        v = Math.floor(v / 128);
      }
      this.buf[this.len++] = v;
      if (tf > 1) this.buf[this.len++] = tf;
    }
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }

  private reserve(extra: number): void {
    if (this.len + extra <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.len + extra));
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }
}

/** Calls `visit(doc, tf)` for every posting of one list. */
export function forEachPosting(bytes: Uint8Array, visit: (doc: number, tf: number) => void): void {
  let doc = -1;
  let i = 0;
  while (i < bytes.length) {
    let v = 0;
    let shift = 0;
    let b: number;
    do {
      b = bytes[i++]!;
      v |= (b & 0x7f) << shift;
      shift += 7;
    } while (b & 0x80);
    doc += (v >>> 1) + 1;
    visit(doc, v & 1 ? bytes[i++]! : 1);
  }
}

/**
 * The posting bytes of an index: held decoded after a build, or as the snapshot's base64 after a
 * restore, where each term's list is decoded the first time a query reads it.
 */
export class PostingStore {
  private readonly cache = new Map<number, Uint8Array>();

  private constructor(
    readonly offsets: Uint32Array,
    private bytes: Uint8Array | null,
    private readonly encoded: string | null,
  ) {}

  static fromBytes(offsets: Uint32Array, bytes: Uint8Array): PostingStore {
    return new PostingStore(offsets, bytes, null);
  }

  static fromBase64(offsets: Uint32Array, encoded: string): PostingStore {
    return new PostingStore(offsets, null, encoded);
  }

  get byteLength(): number {
    return this.offsets[this.offsets.length - 1] ?? 0;
  }

  list(term: number): Uint8Array {
    const start = this.offsets[term]!;
    const end = this.offsets[term + 1]!;
    if (this.bytes) return this.bytes.subarray(start, end);
    let hit = this.cache.get(term);
    if (!hit) {
      hit = decodeBase64Range(this.encoded!, start, end);
      this.cache.set(term, hit);
    }
    return hit;
  }

  base64(): string {
    return this.encoded ?? encodeBase64(this.bytes!);
  }
}
