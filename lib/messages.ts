import * as z from 'zod/mini';
import { CatalogueEntry } from './catalogue/entry';
import { ReadingItem, ReadingStatus } from './reading/item';
import { Settings } from './settings';

/**
 * The message API between content scripts, popup/options pages and the background worker.
 * One Zod schema per request and per response; both sides validate. An invalid request gets
 * `{ ok: false, error }`, never a crash. Add a message here, then its handler in
 * entrypoints/background/handlers/.
 */

const Str = (max: number) => z.string().check(z.maxLength(max));
const Title = Str(2000);
const Url = Str(4000);
const Id = Str(200);

/** A paper a page shows: what a site adapter detected. */
export const PageCandidate = z.object({
  title: Title,
  abstract: z.optional(Str(60_000)),
  arxivId: z.optional(z.nullable(Str(40))),
  /** `owner/repo` when the candidate comes from a GitHub repository page. */
  repo: z.optional(z.nullable(Str(200))),
  url: z.optional(z.nullable(Url)),
  /** Where on the page it was found: "meta", "heading", "readme-heading", "bibtex", "badge", "listing", … */
  source: Str(40),
  /** Multi-paper pages: a key the content script uses to put an inline marker beside the entry. */
  anchor: z.optional(Str(200)),
});
export type PageCandidate = z.infer<typeof PageCandidate>;

export const MatchKind = z.enum(['exact', 'fuzzy', 'repo', 'arxiv-id']);
export const Match = z.object({
  paper: CatalogueEntry,
  /** 0..1 */
  confidence: z.number(),
  kind: MatchKind,
  /** Human explanation, e.g. "title differs by one word; abstract agrees". */
  why: z.string(),
});
export type Match = z.infer<typeof Match>;

export const RelatedItem = z.object({
  paper: CatalogueEntry,
  score: z.number(),
  /** One line, e.g. "shares: continual learning, replay buffer". */
  reason: z.string(),
  terms: z.array(z.string()),
  saved: z.boolean(),
});
export type RelatedItem = z.infer<typeof RelatedItem>;

export const PageResult = z.object({
  candidate: PageCandidate,
  match: z.nullable(Match),
  saved: z.boolean(),
});
export type PageResult = z.infer<typeof PageResult>;

/** What a page shows, resolved against the catalogue. Stored per tab for the popup and the badge. */
export const PageState = z.object({
  url: Url,
  kind: z.enum(['single', 'multi']),
  /** Single-paper pages: the paper (matched or not). */
  primary: z.nullable(PageResult),
  /** Multi-paper pages: catalogue papers found on the page. */
  found: z.array(PageResult),
  related: z.array(RelatedItem),
  /**
   * Set when page.resolve was asked to defer related papers and there are some to look up: `related`
   * is empty for now; the content script asks related.forPaper, tab.state fills them in for the popup.
   */
  relatedPending: z.optional(z.boolean()),
});
export type PageState = z.infer<typeof PageState>;

export const SearchHit = z.object({
  paper: CatalogueEntry,
  score: z.number(),
  /** Query terms that matched (for highlighting). */
  terms: z.array(z.string()),
  saved: z.boolean(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const DigestFileMsg = z.object({ name: Str(500), text: z.string() });
export const ParseIssueMsg = z.object({
  file: z.string(),
  line: z.number(),
  message: z.string(),
  text: z.string(),
});
export const FileReportMsg = z.object({
  file: z.string(),
  digestDate: z.nullable(z.string()),
  added: z.number(),
  alreadyPresent: z.number(),
  rejected: z.array(ParseIssueMsg),
});
export const ImportReport = z.object({
  files: z.array(FileReportMsg),
  added: z.number(),
  alreadyPresent: z.number(),
  rejected: z.array(ParseIssueMsg),
});
export type ImportReport = z.infer<typeof ImportReport>;

const SaveTarget = z.object({
  paperId: z.optional(z.nullable(Id)),
  title: z.optional(Title),
  url: z.optional(z.nullable(Url)),
  arxivId: z.optional(z.nullable(Str(40))),
});

/** Request and response schema of every message, keyed by message type. */
export const API = {
  'page.resolve': {
    req: z.object({
      url: Url,
      kind: z.enum(['single', 'multi']),
      candidates: z.array(PageCandidate).check(z.maxLength(500)),
      /** Answer once the match is known, without related papers (the panel asks related.forPaper). */
      deferRelated: z.optional(z.boolean()),
    }),
    res: PageState,
  },
  /** The popup's "This page": the stored state of a tab, or a resolution from its URL (arXiv PDFs). */
  'tab.state': {
    req: z.object({ tabId: z.optional(z.number()), url: z.optional(Url) }),
    res: z.nullable(PageState),
  },
  'related.forPaper': {
    req: z.object({
      paperId: z.optional(Id),
      title: z.optional(Title),
      abstract: z.optional(Str(60_000)),
      limit: z.optional(z.number()),
    }),
    res: z.array(RelatedItem),
  },
  'search.query': {
    req: z.object({
      q: Str(500),
      year: z.optional(z.nullable(z.number())),
      savedOnly: z.optional(z.boolean()),
      limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(200))),
    }),
    res: z.object({ hits: z.array(SearchHit), total: z.number(), years: z.array(z.number()) }),
  },
  'catalogue.stats': {
    req: z.object({}),
    res: z.object({
      papers: z.number(),
      reading: z.number(),
      digests: z.array(
        z.object({ file: z.string(), digestDate: z.nullable(z.string()), papers: z.number() }),
      ),
      rev: z.number(),
    }),
  },
  'catalogue.get': {
    req: z.object({ ids: z.array(Id).check(z.maxLength(1000)) }),
    res: z.array(CatalogueEntry),
  },
  'reading.list': { req: z.object({}), res: z.array(ReadingItem) },
  'reading.save': { req: SaveTarget, res: ReadingItem },
  'reading.update': {
    req: z.object({
      id: Id,
      status: z.optional(ReadingStatus),
      note: z.optional(Str(20_000)),
      tags: z.optional(z.array(Str(100)).check(z.maxLength(50))),
    }),
    res: ReadingItem,
  },
  /** Removes and returns the item, so the caller can offer undo through reading.restore. */
  'reading.remove': { req: z.object({ id: Id }), res: z.nullable(ReadingItem) },
  'reading.restore': { req: z.object({ item: ReadingItem }), res: ReadingItem },
  'digest.preview': {
    req: z.object({ files: z.array(DigestFileMsg).check(z.minLength(1)) }),
    res: ImportReport,
  },
  'digest.import': {
    req: z.object({
      files: z.array(DigestFileMsg).check(z.minLength(1)),
      acceptRejected: z.optional(z.boolean()),
    }),
    res: ImportReport,
  },
  'backup.export': { req: z.object({}), res: z.object({ json: z.string() }) },
  'backup.import': {
    req: z.object({ json: z.string() }),
    res: z.object({ added: z.number(), updated: z.number(), unchanged: z.number() }),
  },
  'settings.get': { req: z.object({}), res: Settings },
  'settings.set': { req: z.object({ patch: z.partial(Settings) }), res: Settings },
  'storage.info': {
    req: z.object({}),
    res: z.object({
      usage: z.nullable(z.number()),
      quota: z.nullable(z.number()),
      persisted: z.nullable(z.boolean()),
    }),
  },
} as const;

export type MessageType = keyof typeof API;
export type Req<K extends MessageType> = z.infer<(typeof API)[K]['req']>;
export type Res<K extends MessageType> = z.infer<(typeof API)[K]['res']>;

/** What a content script may ask; everything else is refused for senders that are web pages. */
export const CONTENT_SCRIPT_MESSAGES: ReadonlySet<MessageType> = new Set<MessageType>([
  'page.resolve',
  'related.forPaper',
  'reading.save',
  'reading.remove',
  'settings.get',
  'settings.set',
]);

export const Envelope = z.object({ type: z.string(), payload: z.unknown() });

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };
export const ReplySchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export function isMessageType(t: string): t is MessageType {
  return Object.hasOwn(API, t);
}

export function formatZodError(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`)
    .join('; ');
}
