import * as z from 'zod/mini';

/** One paper of the catalogue, as stored in IndexedDB. Every entry is validated before it is stored. */
export const DigestRef = z.object({
  /** File name of the digest the paper appeared in. */
  file: z.string(),
  /** The digest's own date, ISO `YYYY-MM-DD`. */
  digestDate: z.nullable(z.string()),
  /** 1-based line number of the title in that file. */
  line: z.number(),
});
export type DigestRef = z.infer<typeof DigestRef>;

export const CatalogueEntry = z.object({
  /** Stable id derived from the normalised title (see lib/match/normalise.ts). */
  id: z.string().check(z.minLength(1)),
  /** Title exactly as the digest shows it (LaTeX residue kept). */
  title: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** Normalised title used for matching. */
  normTitle: z.string().check(z.minLength(1)),
  abstract: z.string(),
  /** Author line: "3 authors", or the submitter text (e.g. "kigland KIG.LAND"). null when the entry has no trailer. */
  authors: z.nullable(z.string()),
  authorCount: z.nullable(z.number()),
  /** Publication date ISO `YYYY-MM-DD` (year inferred for yearless dates), null if absent. */
  date: z.nullable(z.string()),
  /** The date text exactly as shown, e.g. "Apr 25" or "Dec 8, 2024". */
  dateRaw: z.nullable(z.string()),
  year: z.nullable(z.number()),
  upvotes: z.nullable(z.number()),
  /** Clean http(s) URLs found in the abstract. */
  codeLinks: z.array(z.string()),
  /** Lower-cased `owner/repo` of every GitHub link, for repo-page matching. */
  repos: z.array(z.string()),
  /** arXiv id when known (learned from pages or given by an import); digests do not carry it. */
  arxivId: z.nullable(z.string()),
  /** Every digest the paper appeared in. */
  digests: z.array(DigestRef),
  /** Order of first appearance in the catalogue (0-based). */
  seq: z.number(),
});
export type CatalogueEntry = z.infer<typeof CatalogueEntry>;
