import * as c from 'zod/v4/core';
import type { MessageType, Res } from '@/lib/messages';

/**
 * The shape of every reply the content script uses, checked with Zod before anything is rendered.
 * One entry per message a content script may send (CONTENT_SCRIPT_MESSAGES; a test keeps them equal).
 *
 * Why not lib/messages.ts's zod/mini schemas: their length and range checks (`.check(...)` chains the
 * bundler must keep, and with them every schema of the module) make this script 67.9 kB, past its
 * 60 kB budget; shape-only zod/mini schemas still make it 60.1 kB. So these are built on zod/v4/core,
 * the validators zod/mini wraps, without the wrapper's methods (parse, check, clone, …) this script
 * never calls: 56.9 kB. The checks stay the worker's job: it validates every reply against the full
 * schema before answering. These types must equal lib/messages.ts's `Res` (`RepliesMatchApi` below),
 * so the two can't drift apart without a compile error.
 */

// What zod/mini's z.object, z.array, … construct, minus the wrapper. Checked with core `safeParse`.
const object = <S extends c.$ZodShape>(shape: S) =>
  new c.$ZodObject({ type: 'object', shape }) as unknown as c.$ZodObject<S>;
const array = <T extends c.$ZodType>(element: T) =>
  new c.$ZodArray({ type: 'array', element }) as c.$ZodArray<T>;
const optional = <T extends c.$ZodType>(innerType: T) =>
  new c.$ZodOptional({ type: 'optional', innerType }) as c.$ZodOptional<T>;
const nullable = <T extends c.$ZodType>(innerType: T) =>
  new c.$ZodNullable({ type: 'nullable', innerType }) as c.$ZodNullable<T>;
const oneOf = <const T extends string>(values: T[]) =>
  new c.$ZodLiteral({ type: 'literal', values }) as c.$ZodLiteral<T>;

const str = new c.$ZodString({ type: 'string' });
const num = new c.$ZodNumber({ type: 'number' });
const bool = new c.$ZodBoolean({ type: 'boolean' });
const nullStr = nullable(str);
const nullNum = nullable(num);
const optNullStr = optional(nullStr);

const CatalogueEntry = object({
  id: str,
  title: str,
  normTitle: str,
  abstract: str,
  authors: nullStr,
  authorCount: nullNum,
  date: nullStr,
  dateRaw: nullStr,
  year: nullNum,
  upvotes: nullNum,
  codeLinks: array(str),
  repos: array(str),
  arxivId: nullStr,
  digests: array(object({ file: str, digestDate: nullStr, line: num })),
  seq: num,
});

const PageCandidate = object({
  title: str,
  abstract: optional(str),
  arxivId: optNullStr,
  repo: optNullStr,
  url: optNullStr,
  source: str,
  anchor: optional(str),
});

const PageResult = object({
  candidate: PageCandidate,
  match: nullable(
    object({
      paper: CatalogueEntry,
      confidence: num,
      kind: oneOf(['exact', 'fuzzy', 'repo', 'arxiv-id']),
      why: str,
    }),
  ),
  saved: bool,
});

const RelatedItem = object({
  paper: CatalogueEntry,
  score: num,
  reason: str,
  terms: array(str),
  saved: bool,
});

const PageState = object({
  url: str,
  kind: oneOf(['single', 'multi']),
  primary: nullable(PageResult),
  found: array(PageResult),
  related: array(RelatedItem),
  relatedPending: optional(bool),
});

const ReadingItem = object({
  id: str,
  paperId: nullStr,
  title: str,
  url: nullStr,
  arxivId: nullStr,
  status: oneOf(['to-read', 'reading', 'read']),
  note: str,
  tags: array(str),
  savedAt: num,
  updatedAt: num,
});

const Settings = object({
  relatedCount: num,
  recencyBoost: num,
  upvoteBoost: num,
  panelSites: object({ arxiv: bool, github: bool, huggingface: bool }),
  panelCollapsed: bool,
});

export const REPLIES = {
  'page.resolve': PageState,
  'related.forPaper': array(RelatedItem),
  'reading.save': ReadingItem,
  'reading.remove': nullable(ReadingItem),
  'settings.get': Settings,
  'settings.set': Settings,
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Asked = keyof typeof REPLIES & MessageType;
export type RepliesMatchApi = Assert<{ [K in Asked]: Same<c.output<(typeof REPLIES)[K]>, Res<K>> }[Asked]>;
