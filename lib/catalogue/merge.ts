import { CatalogueEntry, type DigestRef } from './entry';
import type { ParseIssue, ParsedPaper, ParseResult } from './parse';

/** What an import would do, computed without touching storage. */
export interface FileReport {
  file: string;
  digestDate: string | null;
  /** Papers new to the catalogue. */
  added: number;
  /** Papers already in the catalogue (or earlier in this import); their digest list grows. */
  alreadyPresent: number;
  rejected: ParseIssue[];
}

export interface MergePlan {
  /** Entries to write (new ones and updated existing ones), validated. */
  entries: CatalogueEntry[];
  files: FileReport[];
  added: number;
  alreadyPresent: number;
  rejected: ParseIssue[];
}

/**
 * Merges parse results into the existing catalogue: one entry per paper (by normalised-title id),
 * with every digest it appeared in. Fields missing from one appearance (an entry without trailer)
 * are filled from another. Every resulting entry is validated with the Zod schema.
 */
export function planMerge(
  existing: ReadonlyMap<string, CatalogueEntry>,
  results: ParseResult[],
  nextSeq: number,
): MergePlan {
  const touched = new Map<string, CatalogueEntry>();
  const files: FileReport[] = [];
  let seq = nextSeq;
  for (const result of results) {
    const report: FileReport = {
      file: result.file,
      digestDate: result.digestDate,
      added: 0,
      alreadyPresent: 0,
      rejected: [...result.issues],
    };
    for (const p of result.papers) {
      const ref: DigestRef = { file: result.file, digestDate: result.digestDate, line: p.line };
      const prior = touched.get(p.id) ?? existing.get(p.id);
      const candidate = prior ? mergeInto(prior, p, ref) : fromParsed(p, ref, seq);
      const checked = CatalogueEntry.safeParse(candidate);
      if (!checked.success) {
        report.rejected.push({
          file: result.file,
          line: p.line,
          message: `entry failed validation: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          text: p.title.slice(0, 120),
        });
        continue;
      }
      if (prior) report.alreadyPresent++;
      else {
        report.added++;
        seq++;
      }
      touched.set(p.id, checked.data);
    }
    files.push(report);
  }
  return {
    entries: [...touched.values()],
    files,
    added: files.reduce((n, f) => n + f.added, 0),
    alreadyPresent: files.reduce((n, f) => n + f.alreadyPresent, 0),
    rejected: files.flatMap((f) => f.rejected),
  };
}

/** A new catalogue entry for a paper seen for the first time. */
export function fromParsed(p: ParsedPaper, ref: DigestRef, seq: number): CatalogueEntry {
  return {
    id: p.id,
    title: p.title,
    normTitle: p.normTitle,
    abstract: p.abstract,
    authors: p.authors,
    authorCount: p.authorCount,
    date: p.date,
    dateRaw: p.dateRaw,
    year: p.year,
    upvotes: p.upvotes,
    codeLinks: p.codeLinks,
    repos: p.repos,
    arxivId: null,
    digests: [ref],
    seq,
  };
}

function mergeInto(prior: CatalogueEntry, p: ParsedPaper, ref: DigestRef): CatalogueEntry {
  const sameDigest = prior.digests.some((d) => d.file === ref.file);
  return {
    ...prior,
    abstract: prior.abstract || p.abstract,
    authors: prior.authors ?? p.authors,
    authorCount: prior.authorCount ?? p.authorCount,
    date: prior.date ?? p.date,
    dateRaw: prior.dateRaw ?? p.dateRaw,
    year: prior.year ?? p.year,
    // Upvotes grow over time: keep the largest count seen.
    upvotes: maxOrNull(prior.upvotes, p.upvotes),
    codeLinks: union(prior.codeLinks, p.codeLinks),
    repos: union(prior.repos, p.repos),
    digests: sameDigest ? prior.digests : [...prior.digests, ref],
  };
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a == null) return b;
  if (b == null) return a;
  return Math.max(a, b);
}
