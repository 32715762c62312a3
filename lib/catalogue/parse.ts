import { normaliseTitle, paperId } from '../match/normalise';
import { extractLinks, repoKey } from './links';
import { type DigestDate, isoDate, parseDateLine } from './dates';

/**
 * Parser for text copies of Hugging Face "Daily Papers" pages.
 *
 * Layout (blank lines ignored): an optional page header, the digest's own date line, then entries:
 *   title · abstract (one line) · [author line · "·" · date line [upvotes]]
 * The trailer is optional: an entry may end right after its abstract.
 *
 * Year rule: the site omits the year only for dates in the year the page was viewed, so every
 * explicit year is earlier than the viewing year. We take viewing year = latest explicit year + 1
 * (or `options.viewingYear`, or the current year when the digest has no explicit year at all).
 */

export const MAX_TITLE = 1000;
export const MAX_ABSTRACT = 50_000;

export interface ParsedPaper {
  id: string;
  title: string;
  normTitle: string;
  abstract: string;
  authors: string | null;
  authorCount: number | null;
  date: string | null;
  dateRaw: string | null;
  year: number | null;
  upvotes: number | null;
  codeLinks: string[];
  repos: string[];
  /** 1-based line of the title. */
  line: number;
}

export interface ParseIssue {
  file: string;
  line: number;
  message: string;
  /** The offending line, cut to 120 characters. */
  text: string;
}

export interface ParseResult {
  file: string;
  digestDate: string | null;
  viewingYear: number;
  papers: ParsedPaper[];
  issues: ParseIssue[];
}

export interface ParseOptions {
  viewingYear?: number;
}

const HEADER = new Set([
  'new',
  'get trending papers in your email inbox!',
  'subscribe',
  'daily papers',
  'byak and the research community',
]);
const AUTHOR_COUNT_RE = /^•\s*(\d+)\s+authors?$/;
const DOT_LINE = '·';

interface Line {
  n: number;
  text: string;
}

// Control characters never belong in a title or abstract, nor do bidi overrides and isolates,
// which can make a title display as something other than what it is.
const CONTROL =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

function clean(s: string): string {
  return s.replace(CONTROL, '').replace(/\s+/g, ' ').trim();
}

export function parseDigest(text: string, file: string, options: ParseOptions = {}): ParseResult {
  const issues: ParseIssue[] = [];
  const report = (l: Line, message: string) =>
    issues.push({ file, line: l.n, message, text: l.text.slice(0, 120) });

  const lines: Line[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const t = clean(raw);
    if (t) lines.push({ n: i + 1, text: t });
  });

  let k = 0;
  while (k < lines.length && HEADER.has(lines[k]!.text.toLowerCase())) k++;

  let digestDay: DigestDate | null = null;
  if (k < lines.length) {
    const d = parseDateLine(lines[k]!.text);
    if (d && lines[k + 1] && !isTrailerStart(lines, k + 1)) {
      digestDay = d;
      k++;
    } else if (k < lines.length) {
      report(lines[k]!, "expected the digest's date line (e.g. 'Feb 6') after the page header");
    }
  }
  if (lines.length === 0) issues.push({ file, line: 1, message: 'the file is empty', text: '' });

  const drafts: { paper: Omit<ParsedPaper, 'date' | 'year'>; date: DigestDate | null }[] = [];
  while (k < lines.length) {
    const titleLine = lines[k]!;
    if (isTrailerLine(titleLine.text)) {
      report(titleLine, 'expected a paper title, found a trailer line (author count, "·" or date)');
      k++;
      continue;
    }
    if (titleLine.text.length > MAX_TITLE) {
      report(titleLine, `expected a paper title of at most ${MAX_TITLE} characters`);
      // Skip the whole entry (its abstract and trailer), so no part of it poses as the next title.
      k = skipTrailer(lines, isTrailerStart(lines, k + 1) ? k + 1 : k + 2);
      continue;
    }
    let abstract = '';
    let next = k + 1;
    const abstractLine = lines[next];
    if (!abstractLine) {
      report(titleLine, 'expected an abstract line after this title, found the end of the file');
      break;
    }
    if (!isTrailerStart(lines, next)) {
      if (abstractLine.text.length > MAX_ABSTRACT) {
        report(abstractLine, `expected an abstract of at most ${MAX_ABSTRACT} characters`);
        k = skipTrailer(lines, next + 1);
        continue;
      }
      abstract = abstractLine.text;
      next++;
    }
    let authors: string | null = null;
    let authorCount: number | null = null;
    let date: DigestDate | null = null;
    if (isTrailerStart(lines, next)) {
      const a = lines[next]!;
      if (a.text !== DOT_LINE) {
        authors = a.text.replace(/^•\s*/, '');
        const m = AUTHOR_COUNT_RE.exec(a.text);
        authorCount = m ? Number(m[1]) : null;
        next++;
      }
      const hadDot = lines[next]?.text === DOT_LINE;
      if (hadDot) next++;
      const dl = lines[next];
      date = dl ? parseDateLine(dl.text) : null;
      if (date) next++;
      else {
        report(dl ?? a, "expected a date line such as 'Oct 29, 2020' or 'Apr 25' after the '·' line");
        // The line after "·" holds the date by position: consume it so it can't pose as a title.
        if (hadDot && dl) next++;
      }
    }
    const normTitle = normaliseTitle(titleLine.text);
    if (!normTitle) {
      report(titleLine, 'expected a paper title with at least one letter or digit');
      k = next;
      continue;
    }
    const codeLinks = extractLinks(abstract);
    drafts.push({
      paper: {
        id: paperId(normTitle),
        title: titleLine.text,
        normTitle,
        abstract,
        authors,
        authorCount,
        dateRaw: date?.raw ?? null,
        upvotes: date?.upvotes ?? null,
        codeLinks,
        repos: [...new Set(codeLinks.map(repoKey).filter((r): r is string => r !== null))],
        line: titleLine.n,
      },
      date,
    });
    k = next;
  }

  const explicitYears = drafts.map((d) => d.date?.year).filter((y): y is number => y != null);
  const viewingYear =
    options.viewingYear ?? (explicitYears.length ? Math.max(...explicitYears) + 1 : new Date().getFullYear());
  const papers = drafts.map(({ paper, date }) => {
    const year = date ? (date.year ?? viewingYear) : null;
    return { ...paper, year, date: date && year ? isoDate(date, year) : null };
  });
  return {
    file,
    digestDate: digestDay ? isoDate(digestDay, viewingYear) : null,
    viewingYear,
    papers,
    issues,
  };
}

function isTrailerLine(text: string): boolean {
  return text === DOT_LINE || AUTHOR_COUNT_RE.test(text);
}

/** A trailer starts at `i` when it is "• N authors", a "·" line, or any line followed by "·". */
function isTrailerStart(lines: Line[], i: number): boolean {
  const l = lines[i];
  if (!l) return false;
  return isTrailerLine(l.text) || lines[i + 1]?.text === DOT_LINE;
}

function skipTrailer(lines: Line[], i: number): number {
  if (!isTrailerStart(lines, i)) return i;
  let j = i;
  if (lines[j]?.text !== DOT_LINE) j++;
  if (lines[j]?.text === DOT_LINE) j++;
  if (lines[j] && parseDateLine(lines[j]!.text)) j++;
  return j;
}
