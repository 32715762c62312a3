/**
 * Daily Papers dates: "Oct 29, 2020", or yearless "Apr 25" for dates in the year the page was viewed,
 * optionally followed by an upvote count ("Dec 8, 2024 2", "Apr 25 3").
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DATE_RE = /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2})(?:, (\d{4}))?(?: (\d+))?$/;

export interface DigestDate {
  month: number;
  day: number;
  year: number | null;
  upvotes: number | null;
  /** The date text without the upvote count. */
  raw: string;
}

export function parseDateLine(line: string): DigestDate | null {
  const m = DATE_RE.exec(line.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!) + 1;
  const day = Number(m[2]);
  if (day < 1 || day > 31) return null;
  const year = m[3] ? Number(m[3]) : null;
  const raw = m[3] ? `${m[1]} ${m[2]}, ${m[3]}` : `${m[1]} ${m[2]}`;
  return { month, day, year, upvotes: m[4] ? Number(m[4]) : null, raw };
}

export function isoDate(d: DigestDate, year: number): string {
  return `${year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}
