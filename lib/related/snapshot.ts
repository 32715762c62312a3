import { decodeBase64, encodeBase64 } from './base64';
import { DEFAULT_PARAMS, type RelatedParams } from './params';
import { PostingStore } from './postings';

/** Everything a RelatedIndex holds. */
export interface IndexData {
  params: RelatedParams;
  ids: string[];
  normTitles: string[];
  /** Publication time in ms, NaN when unknown. */
  times: Float64Array;
  upvotes: Float32Array;
  terms: string[];
  termIndex: Map<string, number>;
  /** Catalogue document frequency of each term (before pruning), for idf. */
  df: Uint32Array;
  /** l2 norm of each paper's full vector: a posting's weight is (1 + ln tf)·idf·boost / norm. */
  norms: Float32Array;
  postings: PostingStore;
}

// 3: posting tf byte only when tf > 1 (flag in the gap). Older snapshots are rejected and rebuilt.
export const SNAPSHOT_FORMAT = 'related-index/3';

const SECTIONS = [
  'ids',
  'normTitles',
  'terms',
  'times',
  'upvotes',
  'df',
  'norms',
  'offsets',
  'postings',
] as const;
type Section = (typeof SECTIONS)[number];

/**
 * One string: a JSON header line (format, params, section lengths), then the sections back to back.
 * String lists are newline-joined (ids, normalised titles and terms never hold one); typed arrays are
 * base64. Restoring slices sections by length, so the large posting section is never scanned: it is
 * decoded per term when a query first reads it (PostingStore).
 */
export function encodeSnapshot(d: IndexData): string {
  const body: Record<Section, string> = {
    ids: d.ids.join('\n'),
    normTitles: d.normTitles.join('\n'),
    terms: d.terms.join('\n'),
    times: b64(d.times),
    upvotes: b64(d.upvotes),
    df: b64(d.df),
    norms: b64(d.norms),
    offsets: b64(d.postings.offsets),
    postings: d.postings.base64(),
  };
  const lengths = SECTIONS.map((s) => body[s].length);
  return [
    JSON.stringify({ format: SNAPSHOT_FORMAT, params: d.params, lengths }),
    ...SECTIONS.map((s) => body[s]),
  ].join('\n');
}

export function decodeSnapshot(data: string): IndexData {
  const nl = data.indexOf('\n');
  let header: { format?: unknown; params?: Partial<RelatedParams>; lengths?: unknown };
  try {
    header = JSON.parse(nl < 0 ? data : data.slice(0, nl)) as typeof header;
  } catch (e) {
    throw new Error(`related index snapshot header is not JSON: ${(e as Error).message}`, { cause: e });
  }
  if (header.format !== SNAPSHOT_FORMAT) {
    throw new Error(
      `related index snapshot has format ${String(header.format)}, expected ${SNAPSHOT_FORMAT}`,
    );
  }
  const lengths = header.lengths;
  if (!Array.isArray(lengths) || lengths.length !== SECTIONS.length) {
    throw new Error('related index snapshot header lacks section lengths');
  }
  const body = {} as Record<Section, string>;
  let pos = nl + 1;
  SECTIONS.forEach((s, i) => {
    const len = lengths[i] as number;
    if (!Number.isInteger(len) || len < 0 || pos + len > data.length) {
      throw new Error(`related index snapshot is truncated in section "${s}"`);
    }
    body[s] = data.slice(pos, pos + len);
    pos += len + 1;
  });

  const ids = lines(body.ids);
  const terms = lines(body.terms);
  try {
    const offsets = new Uint32Array(bytes(body.offsets));
    const d: IndexData = {
      params: { ...DEFAULT_PARAMS, ...header.params },
      ids,
      normTitles: lines(body.normTitles),
      times: new Float64Array(bytes(body.times)),
      upvotes: new Float32Array(bytes(body.upvotes)),
      terms,
      termIndex: new Map(terms.map((t, i) => [t, i])),
      df: new Uint32Array(bytes(body.df)),
      norms: new Float32Array(bytes(body.norms)),
      postings: PostingStore.fromBase64(offsets, body.postings),
    };
    const consistent =
      d.normTitles.length === ids.length &&
      d.times.length === ids.length &&
      d.upvotes.length === ids.length &&
      d.norms.length === ids.length &&
      d.df.length === terms.length &&
      offsets.length === terms.length + 1 &&
      Math.ceil((offsets[terms.length]! * 4) / 3) <= body.postings.length + 3;
    if (!consistent) throw new Error('array lengths disagree');
    return d;
  } catch (e) {
    throw new Error(`related index snapshot is damaged: ${(e as Error).message}`, { cause: e });
  }
}

function b64(a: ArrayBufferView): string {
  return encodeBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

function bytes(text: string): ArrayBuffer {
  const u8 = decodeBase64(text);
  return u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength) as ArrayBuffer;
}

function lines(text: string): string[] {
  return text === '' ? [] : text.split('\n');
}
