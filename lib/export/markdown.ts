import { READING_STATUSES, STATUS_LABELS } from '../reading/item';
import { isoDay, plainTitle, type ExportRow } from './rows';

/** Escapes characters Markdown would read as markup, so a title renders as the same text. */
export function mdEscape(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&').replace(/\s+/g, ' ');
}

/** A link target Markdown can't misread: only http(s), parentheses and spaces percent-encoded. */
function mdUrl(url: string | null): string | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  return url.replace(/[()\s<>]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** The reading list as Markdown: one section per status, one bullet per paper. */
export function toMarkdown(rows: ExportRow[], now = Date.now()): string {
  const out = [
    `# Reading list`,
    '',
    `Exported ${isoDay(now)} · ${rows.length} paper${rows.length === 1 ? '' : 's'}`,
  ];
  for (const status of READING_STATUSES) {
    const group = rows.filter((r) => r.item.status === status);
    if (!group.length) continue;
    out.push('', `## ${STATUS_LABELS[status]}`, '');
    for (const row of group) {
      const title = mdEscape(plainTitle(row));
      const url = mdUrl(row.item.url);
      const meta = [
        row.item.arxivId ? `arXiv:${mdEscape(row.item.arxivId)}` : null,
        row.paper?.year ? String(row.paper.year) : null,
        row.item.tags.length ? row.item.tags.map((t) => `#${mdEscape(t)}`).join(' ') : null,
        `saved ${isoDay(row.item.savedAt)}`,
      ].filter(Boolean);
      out.push(`- ${url ? `[${title}](${url})` : title} — ${meta.join(' · ')}`);
      const note = row.item.note.trim();
      if (note) out.push(...note.split(/\r?\n/).map((l) => `  > ${mdEscape(l)}`));
    }
  }
  return out.join('\n') + '\n';
}
