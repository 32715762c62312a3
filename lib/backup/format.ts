import * as z from 'zod/mini';
import { CatalogueEntry } from '../catalogue/entry';
import { ReadingItem } from '../reading/item';
import { Settings } from '../settings';

export const BACKUP_FORMAT = 'related-papers-backup';
export const BACKUP_VERSION = 1;

export const DigestRowSchema = z.object({
  file: z.string().check(z.minLength(1), z.maxLength(500)),
  digestDate: z.nullable(z.string()),
  importedAt: z.number(),
  papers: z.number(),
});

/**
 * A full backup, version 1: the reading list, settings, and what the user added to the catalogue
 * beyond the shipped seeds (new papers, seed papers that changed, imported digests). Unknown extra
 * fields are ignored, so later versions can add fields without breaking older readers.
 */
export const Backup = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string(),
  reading: z.array(ReadingItem),
  settings: Settings,
  papers: z.array(CatalogueEntry),
  digests: z.array(DigestRowSchema),
});
export type Backup = z.infer<typeof Backup>;

/** JSON with object keys sorted, so equal records compare equal whatever their key order. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function backupFileName(now = Date.now()): string {
  return `related-papers-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
