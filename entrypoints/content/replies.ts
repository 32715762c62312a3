import * as z from 'zod/mini';
import type { MessageType, Res } from '@/lib/messages';

/**
 * The shape of every reply the content script uses, checked with Zod before anything is rendered.
 * One entry per message a content script may send (CONTENT_SCRIPT_MESSAGES; a test keeps them equal).
 *
 * Why not lib/messages.ts's schemas: their length and range checks (`.check(...)` chains, which the
 * bundler must keep, and with them every schema of the module) make this script 67.9 kB, past its
 * 60 kB budget. The checks are the worker's job: it validates every reply against the full schema
 * before answering. These types must equal lib/messages.ts's `Res` (`RepliesMatchApi` below), so the
 * two can't drift apart without a compile error. Nothing here imports a lib schema module at run
 * time: that would bundle all of its schemas.
 */

const str = z.string();
const num = z.number();
const bool = z.boolean();
const nullStr = z.nullable(str);
const nullNum = z.nullable(num);
const optNullStr = z.optional(nullStr);

const CatalogueEntry = z.object({
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
  codeLinks: z.array(str),
  repos: z.array(str),
  arxivId: nullStr,
  digests: z.array(z.object({ file: str, digestDate: nullStr, line: num })),
  seq: num,
});

const PageCandidate = z.object({
  title: str,
  abstract: z.optional(str),
  arxivId: optNullStr,
  repo: optNullStr,
  url: optNullStr,
  source: str,
  anchor: z.optional(str),
});

const PageResult = z.object({
  candidate: PageCandidate,
  match: z.nullable(
    z.object({
      paper: CatalogueEntry,
      confidence: num,
      kind: z.literal(['exact', 'fuzzy', 'repo', 'arxiv-id']),
      why: str,
    }),
  ),
  saved: bool,
});

const RelatedItem = z.object({
  paper: CatalogueEntry,
  score: num,
  reason: str,
  terms: z.array(str),
  saved: bool,
});

const PageState = z.object({
  url: str,
  kind: z.literal(['single', 'multi']),
  primary: z.nullable(PageResult),
  found: z.array(PageResult),
  related: z.array(RelatedItem),
  relatedPending: z.optional(bool),
});

const ReadingItem = z.object({
  id: str,
  paperId: nullStr,
  title: str,
  url: nullStr,
  arxivId: nullStr,
  status: z.literal(['to-read', 'reading', 'read']),
  note: str,
  tags: z.array(str),
  savedAt: num,
  updatedAt: num,
});

const Settings = z.object({
  relatedCount: num,
  recencyBoost: num,
  upvoteBoost: num,
  panelSites: z.object({ arxiv: bool, github: bool, huggingface: bool }),
  panelCollapsed: bool,
});

export const REPLIES = {
  'page.resolve': PageState,
  'related.forPaper': z.array(RelatedItem),
  'reading.save': ReadingItem,
  'reading.remove': z.nullable(ReadingItem),
  'settings.get': Settings,
  'settings.set': Settings,
};

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Asked = keyof typeof REPLIES & MessageType;
export type RepliesMatchApi = Assert<{ [K in Asked]: Same<z.infer<(typeof REPLIES)[K]>, Res<K>> }[Asked]>;
