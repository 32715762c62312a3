/**
 * Byte arrays ↔ base64, for typed arrays inside the JSON snapshot. btoa/atob work on binary strings
 * a char at a time and choke on tens of megabytes; this table-driven codec runs in any worker.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function encodeBase64(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 3 * 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    const codes: number[] = [];
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      codes.push(ALPHABET.charCodeAt(a >> 2), ALPHABET.charCodeAt(((a & 3) << 4) | (b >> 4)));
      codes.push(i + 1 < end ? ALPHABET.charCodeAt(((b & 15) << 2) | (c >> 6)) : 61);
      codes.push(i + 2 < end ? ALPHABET.charCodeAt(c & 63) : 61);
    }
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

export function decodeBase64(text: string): Uint8Array {
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 61) len--;
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = sextet(text, i);
    const b = sextet(text, i + 1);
    const c = i + 2 < len ? sextet(text, i + 2) : 0;
    const d = i + 3 < len ? sextet(text, i + 3) : 0;
    out[o++] = (a << 2) | (b >> 4);
    if (o < out.length) out[o++] = ((b & 15) << 4) | (c >> 2);
    if (o < out.length) out[o++] = ((c & 3) << 6) | d;
  }
  return out;
}

function sextet(text: string, i: number): number {
  const v = LOOKUP[text.charCodeAt(i)] ?? 255;
  if (v === 255) throw new Error(`invalid base64 at character ${i}`);
  return v;
}

/** Bytes [start, end) of the data `text` encodes, decoding only the characters that hold them. */
export function decodeBase64Range(text: string, start: number, end: number): Uint8Array {
  if (end <= start) return new Uint8Array(0);
  const from = Math.floor(start / 3) * 4;
  const to = Math.min(text.length, Math.ceil(end / 3) * 4);
  const skip = start - (from / 4) * 3;
  return decodeBase64(text.slice(from, to)).subarray(skip, skip + (end - start));
}
