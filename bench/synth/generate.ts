import { normaliseTitle } from '../../lib/match/normalise';
import { Rng } from './rng';
import { handle, makeAbstract, makeCodeLink, makeTitle, methodName } from './text';
import type { Vocab } from './vocab';

/**
 * Seeded, deterministic generator of Daily Papers digest files, laid out exactly like seeds/*.txt:
 * page header, the digest's own date line, then entries (title, abstract, "  • N authors" or a
 * submitter line, "·", date with optional upvotes). Each paper also carries what parseDigest must
 * read back from it, so tests can check the round trip field by field.
 */

export interface SynthPaper {
  title: string;
  abstract: string;
  authors: string | null;
  authorCount: number | null;
  /** Date as written, without upvotes ("Oct 29, 2020", "Apr 25"). */
  dateRaw: string | null;
  /** ISO date the parser must infer (yearless dates are in the digest's year). */
  date: string | null;
  upvotes: number | null;
  codeLinks: string[];
}

export interface SynthDigest {
  name: string;
  text: string;
  digestDate: string;
  papers: SynthPaper[];
}

export interface SynthOptions {
  /** Distinct papers in the catalogue (digest entries are more: some papers recur). */
  papers: number;
  seed?: number;
}

const HEADER = [
  'new',
  'Get trending papers in your email inbox!',
  'Subscribe',
  'Daily Papers',
  'byAK and the research community',
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** The seeds' explicit years all precede their 2026 viewing year; later digests shift them forward. */
const SEED_VIEWING_YEAR = 2026;
const FIRST_DIGEST = Date.UTC(2024, 0, 8);
const DAY_MS = 86_400_000;

export function generateCatalogue(vocab: Vocab, opts: SynthOptions): SynthDigest[] {
  const rng = new Rng(opts.seed ?? 1);
  const seen = new Set<string>();
  const recurring: SynthPaper[] = [];
  const digests: SynthDigest[] = [];
  let made = 0;
  let time = FIRST_DIGEST;
  for (let i = 0; made < opts.papers; i++) {
    // A digest every day or two, like a researcher saving most daily pages.
    time += rng.int(1, 2) * DAY_MS;
    const day = new Date(time);
    const ctx: DigestContext = {
      year: day.getUTCFullYear(),
      month: day.getUTCMonth() + 1,
      day: day.getUTCDate(),
    };
    const size = rng.pick(vocab.digestSizes);
    const papers: SynthPaper[] = [];
    while (papers.length < size && made < opts.papers) {
      if (papers.length > 0 && recurring.length > 0 && rng.chance(vocab.repeatRate)) {
        const again = rng.pick(recurring);
        if (!papers.includes(again)) papers.push(again);
        continue;
      }
      // The first entry has an explicit date in the previous year, so year inference is exact.
      const p = newPaper(rng, vocab, ctx, seen, papers.length === 0);
      papers.push(p);
      made++;
      if (p.dateRaw && /\d{4}$/.test(p.dateRaw)) recurring.push(p);
    }
    const name = `${String(i).padStart(5, '0')}_${rng.hex(16)}.txt`;
    digests.push({ name, text: render(ctx, papers), digestDate: iso(ctx.year, ctx.month, ctx.day), papers });
  }
  return digests;
}

/** Papers outside the catalogue (titles it does not hold), e.g. as queries for "related". */
export function generateOutsidePapers(
  vocab: Vocab,
  count: number,
  exclude: Set<string>,
  seed = 7,
): SynthPaper[] {
  const rng = new Rng(seed);
  const ctx = { year: SEED_VIEWING_YEAR, month: 6, day: 1 };
  const seen = new Set(exclude);
  return Array.from({ length: count }, () => newPaper(rng, vocab, ctx, seen, true));
}

interface DigestContext {
  year: number;
  month: number;
  day: number;
}

function newPaper(
  rng: Rng,
  vocab: Vocab,
  ctx: DigestContext,
  seen: Set<string>,
  anchor: boolean,
): SynthPaper {
  const name = methodName(rng, vocab);
  let title = makeTitle(rng, vocab, name);
  for (let tries = 0; seen.has(normaliseTitle(title)); tries++) {
    title = tries < 20 ? makeTitle(rng, vocab, name) : `${title} ${methodName(rng, vocab)}`;
  }
  seen.add(normaliseTitle(title));
  let abstract = makeAbstract(rng, vocab, name);
  let codeLinks: string[] = [];
  if (rng.chance(vocab.codeLinkRate)) {
    const link = makeCodeLink(rng, vocab, name);
    abstract = `${abstract} ${link.sentence}`;
    codeLinks = link.links;
  }
  const paper: SynthPaper = {
    title,
    abstract,
    authors: null,
    authorCount: null,
    dateRaw: null,
    date: null,
    upvotes: null,
    codeLinks,
  };
  if (!anchor && rng.chance(vocab.noTrailerRate)) return paper;
  if (!anchor && rng.chance(vocab.submitterRate)) {
    paper.authors = `${handle(rng, vocab)} ${rng.pick(vocab.titleWords).toUpperCase()}.LAB`;
  } else {
    paper.authorCount = rng.pick(vocab.authorCounts);
    // "1 authors" is how the site writes it.
    paper.authors = `${paper.authorCount} authors`;
  }
  if (!anchor && rng.chance(vocab.yearlessRate)) {
    const month = rng.int(1, ctx.month);
    const day = rng.int(1, month === ctx.month ? ctx.day : DAYS[month - 1]!);
    paper.dateRaw = `${MONTHS[month - 1]} ${day}`;
    paper.date = iso(ctx.year, month, day);
  } else {
    const year = anchor ? ctx.year - 1 : rng.pick(vocab.explicitYears) - SEED_VIEWING_YEAR + ctx.year;
    const month = rng.int(1, 12);
    const day = rng.int(1, DAYS[month - 1]!);
    paper.dateRaw = `${MONTHS[month - 1]} ${day}, ${year}`;
    paper.date = iso(year, month, day);
  }
  if (rng.chance(vocab.upvoteRate)) paper.upvotes = rng.pick(vocab.upvotes);
  return paper;
}

function render(ctx: DigestContext, papers: SynthPaper[]): string {
  const blocks = [...HEADER, `${MONTHS[ctx.month - 1]} ${ctx.day}`];
  for (const p of papers) {
    blocks.push(p.title, p.abstract);
    if (p.dateRaw === null) continue;
    const author = p.authorCount === null ? p.authors! : `  • ${p.authors}`;
    const date = p.upvotes === null ? p.dateRaw : `${p.dateRaw} ${p.upvotes}`;
    blocks.push(`${author}\n·\n${date}`);
  }
  return blocks.join('\n\n');
}

function iso(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
