import { isoDay, plainTitle, type ExportRow } from './rows';

/** The reading list as JSON for other tools (not a backup: see lib/backup for that). */
export function toJson(rows: ExportRow[]): string {
  const papers = rows.map((row) => ({
    title: plainTitle(row),
    url: row.item.url,
    arxivId: row.item.arxivId,
    status: row.item.status,
    tags: row.item.tags,
    note: row.item.note,
    saved: isoDay(row.item.savedAt),
    year: row.paper?.year ?? null,
    date: row.paper?.date ?? null,
    authors: row.paper?.authors ?? null,
    abstract: row.paper?.abstract ?? null,
    catalogueId: row.item.paperId,
  }));
  return JSON.stringify({ readingList: papers }, null, 2) + '\n';
}
