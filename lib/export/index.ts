import { toBibtex } from './bibtex';
import { toCsv } from './csv';
import { toJson } from './json';
import { toMarkdown } from './markdown';
import type { ExportRow } from './rows';

export type { ExportRow } from './rows';

export const EXPORT_FORMATS = {
  bibtex: { label: 'BibTeX', ext: 'bib', mime: 'application/x-bibtex', render: toBibtex },
  markdown: {
    label: 'Markdown',
    ext: 'md',
    mime: 'text/markdown',
    render: (rows: ExportRow[]) => toMarkdown(rows),
  },
  csv: { label: 'CSV', ext: 'csv', mime: 'text/csv', render: toCsv },
  json: { label: 'JSON', ext: 'json', mime: 'application/json', render: toJson },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
