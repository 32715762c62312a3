import Dexie, { type EntityTable } from 'dexie';
import type { CatalogueEntry } from './catalogue/entry';
import type { ReadingItem } from './reading/item';

/** A persisted search/related index, so a waking MV3 worker restores instead of rebuilding. */
export interface IndexSnapshot {
  name: string;
  /** Catalogue revision the snapshot was built from; stale when it differs from settings.catalogueRev. */
  rev: number;
  builtAt: number;
  data: string;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

export interface DigestRow {
  file: string;
  digestDate: string | null;
  importedAt: number;
  papers: number;
}

export const DB_NAME = 'related-papers';

/**
 * Schema history. Never edit a released version: add a new `this.version(n)` with its upgrade,
 * a frozen example database of the previous version in test/fixtures/db/, and a test that upgrades it.
 *   v1: papers, reading, settings, digests, snapshots.
 */
export class RelatedPapersDB extends Dexie {
  papers!: EntityTable<CatalogueEntry, 'id'>;
  reading!: EntityTable<ReadingItem, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  digests!: EntityTable<DigestRow, 'file'>;
  snapshots!: EntityTable<IndexSnapshot, 'name'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      papers: 'id, normTitle, seq, year, date, arxivId, *repos',
      reading: 'id, paperId, arxivId, savedAt, status, *tags',
      settings: 'key',
      digests: 'file',
      snapshots: 'name',
    });
  }
}
