import type { CatalogueEntry } from '../catalogue/entry';
import { stripTex } from '../match/normalise';
import { STATUS_LABELS, type ReadingItem } from '../reading/item';

/** One saved paper with its catalogue entry when it has one (papers saved from pages may not). */
export interface ExportRow {
  item: ReadingItem;
  paper?: CatalogueEntry | null;
}

/** Plain-text title: TeX markup from digests removed. */
export function plainTitle(row: ExportRow): string {
  return stripTex(row.item.title).replace(/\s+/g, ' ').trim();
}

export function statusLabel(row: ExportRow): string {
  return STATUS_LABELS[row.item.status];
}

export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function year(row: ExportRow): number | null {
  return row.paper?.year ?? null;
}
