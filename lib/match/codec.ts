/**
 * Typed arrays inside a snapshot string, two UTF-16 code units per 32-bit number: half the size of
 * base64 and decoded in one pass. IndexedDB stores strings as they are (lone surrogates included), but
 * anything that re-encodes text would damage them, so every packed section carries a checksum and a
 * damaged snapshot is rejected (then rebuilt) instead of giving wrong matches.
 */

export function packU32(values: ArrayLike<number>): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < values.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, values.length);
    const codes = new Array<number>((end - start) * 2);
    for (let i = start, o = 0; i < end; i++) {
      const v = values[i]! >>> 0;
      codes[o++] = v & 0xffff;
      codes[o++] = v >>> 16;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

export function checksum(values: ArrayLike<number>): number {
  let sum = values.length | 0;
  for (let i = 0; i < values.length; i++) sum = (Math.imul(sum, 31) + values[i]!) | 0;
  return sum >>> 0;
}

/** `count` numbers packed at `start` of `text`; throws when the text is short or the checksum differs. */
export function unpackU32(text: string, start: number, count: number, expected: number): Uint32Array {
  if (start + count * 2 > text.length) throw new Error('snapshot section is truncated');
  const out = new Uint32Array(count);
  let sum = count | 0;
  for (let i = 0, p = start; i < count; i++, p += 2) {
    const v = (text.charCodeAt(p) | (text.charCodeAt(p + 1) << 16)) >>> 0;
    out[i] = v;
    sum = (Math.imul(sum, 31) + v) | 0;
  }
  if (sum >>> 0 !== expected) throw new Error('snapshot section checksum differs');
  return out;
}

/**
 * A snapshot: one JSON header line (never holds a raw newline), then the packed sections back to back.
 * The header lists each section's length and checksum.
 */
export interface Section {
  count: number;
  sum: number;
}

export function writeSnapshot(header: object, sections: ArrayLike<number>[]): string {
  const meta = sections.map((s) => ({ count: s.length, sum: checksum(s) }));
  return `${JSON.stringify({ ...header, sections: meta })}\n${sections.map(packU32).join('')}`;
}

export function readSnapshot<H>(data: string): { header: H; sections: Uint32Array[] } {
  const nl = data.indexOf('\n');
  if (nl < 0) throw new Error('snapshot has no header');
  const header = JSON.parse(data.slice(0, nl)) as H & { sections?: Section[] };
  if (!Array.isArray(header.sections)) throw new Error('snapshot header lists no sections');
  let at = nl + 1;
  const sections = header.sections.map(({ count, sum }) => {
    const s = unpackU32(data, at, count, sum);
    at += count * 2;
    return s;
  });
  if (at !== data.length) throw new Error('snapshot has trailing data');
  return { header, sections };
}
