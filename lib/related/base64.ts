/**
 * Byte arrays ↔ base64, for typed arrays inside the JSON snapshot. btoa/atob work on binary strings
 * a char at a time and choke on tens of megabytes; this table-driven codec runs in any worker.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));

export function encodeBase64(bytes: Uint8Array): string {
  // Character codes into one byte buffer, turned into strings a block at a time (no per-char arrays).
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const whole = bytes.length - (bytes.length % 3);
  let o = 0;
  for (let i = 0; i < whole; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = CODES[v >> 18]!;
    out[o++] = CODES[(v >> 12) & 63]!;
    out[o++] = CODES[(v >> 6) & 63]!;
    out[o++] = CODES[v & 63]!;
  }
  if (whole < bytes.length) {
    const a = bytes[whole]!;
    const b = whole + 1 < bytes.length ? bytes[whole + 1]! : 0;
    out[o++] = CODES[a >> 2]!;
    out[o++] = CODES[((a & 3) << 4) | (b >> 4)]!;
    out[o++] = whole + 1 < bytes.length ? CODES[(b & 15) << 2]! : 61;
    out[o] = 61;
  }
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < out.length; i += CHUNK) {
    chunks.push(String.fromCharCode.apply(null, out.subarray(i, i + CHUNK) as unknown as number[]));
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
