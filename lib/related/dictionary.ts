/**
 * Terms of a build as integer ids, numbered in order of first sight. A phrase is interned from the
 * ids of its two stems through a numeric hash table, so building never concatenates or hashes the
 * millions of phrase strings of a large catalogue: only the phrases an index keeps get a string.
 */
export class TermDictionary {
  private readonly byName = new Map<string, number>();
  /** Name of each single term; '' for a phrase. */
  private readonly names: string[] = [];
  /** First and second stem of each phrase; -1 for a single term. */
  private first = new Int32Array(1 << 16);
  private second = new Int32Array(1 << 16);
  // Open addressing, linear probing: slot → phrase id + 1 (0 = empty).
  private slots = new Int32Array(1 << 16);
  private phrases = 0;

  get size(): number {
    return this.names.length;
  }

  /** Id of a single term (a stem, or a code term). */
  term(name: string): number {
    let id = this.byName.get(name);
    if (id === undefined) {
      id = this.push(name, -1, -1);
      this.byName.set(name, id);
    }
    return id;
  }

  /** Id of the phrase "a b" of two single-term ids. */
  phrase(a: number, b: number): number {
    if ((this.phrases + 1) * 2 > this.slots.length) this.rehash();
    const mask = this.slots.length - 1;
    for (let s = hash(a, b) & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s]!;
      if (v === 0) {
        const id = this.push('', a, b);
        this.slots[s] = id + 1;
        this.phrases++;
        return id;
      }
      if (this.first[v - 1] === a && this.second[v - 1] === b) return v - 1;
    }
  }

  isPhrase(id: number): boolean {
    return this.first[id]! >= 0;
  }

  name(id: number): string {
    const a = this.first[id]!;
    return a < 0 ? this.names[id]! : `${this.names[a]!} ${this.names[this.second[id]!]!}`;
  }

  private push(name: string, a: number, b: number): number {
    const id = this.names.length;
    if (id === this.first.length) {
      this.first = grow(this.first);
      this.second = grow(this.second);
    }
    this.names.push(name);
    this.first[id] = a;
    this.second[id] = b;
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.names.length; id++) {
      if (this.first[id]! < 0) continue;
      let s = hash(this.first[id]!, this.second[id]!) & mask;
      while (slots[s] !== 0) s = (s + 1) & mask;
      slots[s] = id + 1;
    }
    this.slots = slots;
  }
}

function hash(a: number, b: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 7;
}

export function grow<T extends Int32Array | Uint32Array | Uint8Array | Float64Array>(a: T, min = 0): T {
  const next = new (a.constructor as new (n: number) => T)(Math.max(a.length * 2, min));
  next.set(a);
  return next;
}

/**
 * Surface word → value, looked up by a text range and its hash (tokens.ts forEachToken), so the
 * millions of word occurrences of a large build are never cut out as strings.
 */
export class WordTable {
  private slots = new Int32Array(1 << 14); // entry + 1, 0 = empty
  private hashes = new Int32Array(1 << 13);
  private values = new Int32Array(1 << 13);
  private readonly words: string[] = [];

  /** The value of text[from, to), or undefined. */
  get(text: string, from: number, to: number, hash: number): number | undefined {
    const mask = this.slots.length - 1;
    const len = to - from;
    for (let s = hash & mask; ; s = (s + 1) & mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return undefined;
      if (this.hashes[e] !== hash) continue;
      const word = this.words[e]!;
      if (word.length !== len) continue;
      let k = 0;
      while (k < len && word.charCodeAt(k) === text.charCodeAt(from + k)) k++;
      if (k === len) return this.values[e];
    }
  }

  /** Adds a word not in the table. */
  add(word: string, hash: number, value: number): void {
    const e = this.words.length;
    if (e === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.values = grow(this.values);
    }
    if ((e + 1) * 2 > this.slots.length) this.rehash();
    this.words.push(word);
    this.hashes[e] = hash;
    this.values[e] = value;
    this.place(e, this.slots);
  }

  private place(e: number, slots: Int32Array): void {
    const mask = slots.length - 1;
    let s = this.hashes[e]! & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = e + 1;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    for (let e = 0; e < this.words.length; e++) this.place(e, slots);
    this.slots = slots;
  }
}
