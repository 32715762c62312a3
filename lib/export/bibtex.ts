import { normaliseTitle } from '../match/normalise';
import { plainTitle, type ExportRow } from './rows';

const STOP = new Set([
  'a',
  'an',
  'the',
  'on',
  'of',
  'for',
  'to',
  'in',
  'and',
  'with',
  'towards',
  'toward',
  'is',
  'are',
]);

/** Escapes text for a BibTeX field value in braces: LaTeX specials become their commands. */
export function bibEscape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\{}$&%#_^~]/g, (c) => {
    switch (c) {
      case '\\':
        return '\\textbackslash{}';
      case '^':
        return '\\^{}';
      case '~':
        return '\\~{}';
      default:
        return `\\${c}`;
    }
  });
}

/** Citation key base: `arxiv2106.09685` from an arXiv id, else first meaningful title word + year. */
export function bibKeyBase(row: ExportRow): string {
  if (row.item.arxivId) return 'arxiv' + row.item.arxivId.replace(/[^A-Za-z0-9.]/g, '_');
  const words = normaliseTitle(row.item.title)
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .split(' ')
    .filter(Boolean);
  const word = words.find((w) => !STOP.has(w)) ?? words[0] ?? 'paper';
  return `${word.replace(/[^a-z0-9]/g, '')}${row.paper?.year ?? ''}` || 'paper';
}

/** Unique keys in list order: the second `lora2021` becomes `lora2021b`. */
export function bibKeys(rows: ExportRow[]): string[] {
  const used = new Map<string, number>();
  return rows.map((row) => {
    const base = bibKeyBase(row);
    const n = used.get(base) ?? 0;
    used.set(base, n + 1);
    return n === 0 ? base : base + suffix(n);
  });
}

/** b, c, … z, then numbers: keys stay short and sortable. */
function suffix(n: number): string {
  return n < 26 ? String.fromCharCode(97 + n) : String(n + 1);
}

/** The reading list as BibTeX: arXiv papers as @misc with eprint fields, others with their URL. */
export function toBibtex(rows: ExportRow[]): string {
  const keys = bibKeys(rows);
  return rows
    .map((row, i) => {
      const fields: [string, string][] = [['title', `{${bibEscape(plainTitle(row))}}`]];
      if (row.paper?.year) fields.push(['year', String(row.paper.year)]);
      if (row.item.arxivId) {
        fields.push(['eprint', bibEscape(row.item.arxivId)], ['archivePrefix', 'arXiv']);
      }
      if (row.item.url) fields.push(['url', bibEscape(row.item.url)]);
      if (row.item.tags.length) fields.push(['keywords', bibEscape(row.item.tags.join(', '))]);
      if (row.item.note.trim()) fields.push(['note', bibEscape(row.item.note.trim())]);
      const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
      return `@misc{${keys[i]},\n${body}\n}\n`;
    })
    .join('\n');
}
