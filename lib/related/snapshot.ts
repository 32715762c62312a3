import { decodeBase64, encodeBase64 } from './base64';
import { DEFAULT_PARAMS, type RelatedParams } from './params';

/** Everything a RelatedIndex holds; postings are flat typed arrays (CSR layout). */
export interface IndexData {
  params: RelatedParams;
  ids: string[];
  normTitles: string[];
  /** Publication time in ms, NaN when unknown. */
  times: Float64Array;
  upvotes: Float32Array;
  terms: string[];
  termIndex: Map<string, number>;
  df: Uint32Array;
  /** Postings of term t are [offsets[t], offsets[t+1]). */
  offsets: Uint32Array;
  postDocs: Uint32Array;
  postWeights: Float32Array;
}

export const SNAPSHOT_FORMAT = 'related-index/1';

/**
 * One JSON string: small fields as JSON, typed arrays as base64 of their bytes, string lists joined
 * by newlines (ids, normalised titles and terms never contain one). Restoring is a decode plus one
 * Map of terms: no tokenising, no tf-idf, no sorting.
 */
export function encodeSnapshot(d: IndexData): string {
  return JSON.stringify({
    format: SNAPSHOT_FORMAT,
    params: d.params,
    ids: d.ids.join('\n'),
    normTitles: d.normTitles.join('\n'),
    times: b64(d.times),
    upvotes: b64(d.upvotes),
    terms: d.terms.join('\n'),
    df: b64(d.df),
    offsets: b64(d.offsets),
    postDocs: b64(d.postDocs),
    postWeights: b64(d.postWeights),
  });
}

export function decodeSnapshot(data: string): IndexData {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(data) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`related index snapshot is not JSON: ${(e as Error).message}`);
  }
  if (raw.format !== SNAPSHOT_FORMAT) {
    throw new Error(`related index snapshot has format ${String(raw.format)}, expected ${SNAPSHOT_FORMAT}`);
  }
  const ids = lines(raw, 'ids');
  const terms = lines(raw, 'terms');
  const d: IndexData = {
    params: { ...DEFAULT_PARAMS, ...(raw.params as Partial<RelatedParams>) },
    ids,
    normTitles: lines(raw, 'normTitles'),
    times: new Float64Array(bytes(raw, 'times')),
    upvotes: new Float32Array(bytes(raw, 'upvotes')),
    terms,
    termIndex: new Map(terms.map((t, i) => [t, i])),
    df: new Uint32Array(bytes(raw, 'df')),
    offsets: new Uint32Array(bytes(raw, 'offsets')),
    postDocs: new Uint32Array(bytes(raw, 'postDocs')),
    postWeights: new Float32Array(bytes(raw, 'postWeights')),
  };
  const consistent =
    d.normTitles.length === ids.length &&
    d.times.length === ids.length &&
    d.upvotes.length === ids.length &&
    d.df.length === terms.length &&
    d.offsets.length === terms.length + 1 &&
    d.offsets[terms.length] === d.postDocs.length &&
    d.postWeights.length === d.postDocs.length &&
    d.postDocs.every((doc) => doc < ids.length);
  if (!consistent) throw new Error('related index snapshot is inconsistent (array lengths disagree)');
  return d;
}

function b64(a: ArrayBufferView): string {
  return encodeBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

function bytes(raw: Record<string, unknown>, key: string): ArrayBuffer {
  const v = raw[key];
  if (typeof v !== 'string') throw new Error(`related index snapshot lacks field "${key}"`);
  const u8 = decodeBase64(v);
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength) as ArrayBuffer;
}

function lines(raw: Record<string, unknown>, key: string): string[] {
  const v = raw[key];
  if (typeof v !== 'string') throw new Error(`related index snapshot lacks field "${key}"`);
  return v === '' ? [] : v.split('\n');
}
