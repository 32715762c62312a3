import { decodeBase64, encodeBase64 } from '../related/base64';
import { FIELDS, type IndexData } from './data';
import { PostingStore } from './postings';

export const SNAPSHOT_FORMAT = 'search-index/3';

/**
 * One string: a JSON header line (format, section lengths), then the sections back to back. String
 * lists are newline-joined (ids, normalised titles and terms never hold one); typed arrays are
 * base64. The posting sections stay base64 after a restore and are decoded per term on first use.
 */
export function encodeSnapshot(d: IndexData): string {
  const sections = [
    d.ids.join('\n'),
    d.normTitles.join('\n'),
    d.terms.join('\n'),
    b64(d.years),
    ...d.lengths.map(b64),
    ...d.df.map(b64),
    ...d.postings.map((p) => b64(p.offsets)),
    ...d.postings.map((p) => p.base64()),
  ];
  const header = { format: SNAPSHOT_FORMAT, lengths: sections.map((s) => s.length) };
  return [JSON.stringify(header), ...sections].join('\n');
}

/** Throws when the text is not a snapshot of this format. */
export function decodeSnapshot(text: string): IndexData {
  const nl = text.indexOf('\n');
  const header = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as { format?: unknown; lengths?: unknown };
  const n = FIELDS.length;
  const lengths = header?.lengths;
  if (
    header?.format !== SNAPSHOT_FORMAT ||
    !Array.isArray(lengths) ||
    lengths.length !== 4 + 4 * n ||
    !lengths.every((l) => Number.isInteger(l) && l >= 0)
  ) {
    throw new Error('search snapshot from another version');
  }
  const sections: string[] = [];
  let at = nl + 1;
  for (const len of lengths as number[]) {
    sections.push(text.slice(at, at + len));
    at += len + 1;
  }
  if (at - 1 !== text.length) throw new Error('search snapshot is truncated or damaged');
  const s = (i: number) => sections[i]!;
  const lines = (i: number) => (s(i) ? s(i).split('\n') : []);
  const ids = lines(0);
  const terms = lines(2);
  const d: IndexData = {
    ids,
    normTitles: lines(1),
    terms,
    years: new Int16Array(bytes(s(3))),
    lengths: FIELDS.map((_, f) => new Uint16Array(bytes(s(4 + f)))),
    df: FIELDS.map((_, f) => new Uint32Array(bytes(s(4 + n + f)))),
    postings: FIELDS.map((_, f) =>
      PostingStore.fromBase64(new Uint32Array(bytes(s(4 + 2 * n + f))), s(4 + 3 * n + f)),
    ),
  };
  const consistent =
    d.normTitles.length === ids.length &&
    d.years.length === ids.length &&
    d.lengths.every((l) => l.length === ids.length) &&
    d.df.every((x) => x.length === terms.length) &&
    d.postings.every((p) => p.offsets.length === terms.length + 1);
  if (!consistent) throw new Error('search snapshot is damaged (section sizes disagree)');
  return d;
}

function b64(a: ArrayBufferView): string {
  return encodeBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

/** Decoded bytes in a buffer of their own, aligned for any typed array view. */
function bytes(text: string): ArrayBuffer {
  const b = decodeBase64(text);
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength
    ? (b.buffer as ArrayBuffer)
    : (b.slice().buffer as ArrayBuffer);
}
