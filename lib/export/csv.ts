import { isoDay, plainTitle, type ExportRow } from './rows';

const COLUMNS = [
  'title',
  'url',
  'arxiv_id',
  'status',
  'tags',
  'note',
  'saved',
  'year',
  'authors',
  'catalogue_id',
];

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break, quotes doubled. A field that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe.
 */
export function csvField(value: string | number | null | undefined): string {
  let s = value == null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The reading list as CSV (CRLF line ends, header row). */
export function toCsv(rows: ExportRow[]): string {
  const lines = [COLUMNS.join(',')];
  for (const row of rows) {
    const { item, paper } = row;
    lines.push(
      [
        plainTitle(row),
        item.url,
        item.arxivId,
        item.status,
        item.tags.join('; '),
        item.note,
        isoDay(item.savedAt),
        paper?.year ?? null,
        paper?.authors ?? null,
        item.paperId,
      ]
        .map(csvField)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n';
}
