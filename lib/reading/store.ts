import type { RelatedPapersDB } from '../db';
import { isHttpUrl } from '../catalogue/links';
import { ReadingItem, type ReadingStatus } from './item';
import { paperId } from '../match/normalise';

export interface SaveTarget {
  paperId?: string | null;
  title?: string;
  url?: string | null;
  arxivId?: string | null;
}

/** Id of a saved paper outside the catalogue: stable per arXiv id, else per URL, else per title. */
export function outsideId(t: SaveTarget): string {
  const key = t.arxivId ? `arxiv:${t.arxivId}` : t.url ? `url:${t.url}` : `title:${t.title ?? ''}`;
  return 'u' + paperId(key).slice(1);
}

export function arxivAbsUrl(arxivId: string): string {
  return `https://arxiv.org/abs/${arxivId}`;
}

/**
 * Saves a paper (idempotent: saving twice keeps the first save's status, note and tags).
 * Catalogue papers are saved by id; others keep their title, URL and arXiv id.
 */
export async function savePaper(db: RelatedPapersDB, t: SaveTarget, now = Date.now()): Promise<ReadingItem> {
  return db.transaction('rw', db.reading, db.papers, async () => {
    const paper = t.paperId ? await db.papers.get(t.paperId) : undefined;
    if (t.paperId && !paper) throw new Error(`paper ${t.paperId} is not in the catalogue`);
    const id = paper ? paper.id : outsideId(t);
    const existing = await db.reading.get(id);
    if (existing) return existing;
    const title = paper?.title ?? t.title?.trim();
    if (!title) throw new Error('a paper outside the catalogue needs a title to be saved');
    const arxivId = t.arxivId ?? paper?.arxivId ?? null;
    const url =
      (t.url && isHttpUrl(t.url) ? t.url : null) ??
      (arxivId ? arxivAbsUrl(arxivId) : null) ??
      paper?.codeLinks[0] ??
      null;
    const item = ReadingItem.parse({
      id,
      paperId: paper?.id ?? null,
      title,
      url,
      arxivId,
      status: 'to-read',
      note: '',
      tags: [],
      savedAt: now,
      updatedAt: now,
    });
    await db.reading.add(item);
    return item;
  });
}

export async function removeSaved(db: RelatedPapersDB, id: string): Promise<ReadingItem | null> {
  return db.transaction('rw', db.reading, async () => {
    const item = await db.reading.get(id);
    if (!item) return null;
    await db.reading.delete(id);
    return item;
  });
}

/** Puts a removed item back exactly as it was (undo). */
export async function restoreSaved(db: RelatedPapersDB, item: ReadingItem): Promise<ReadingItem> {
  const valid = ReadingItem.parse(item);
  await db.reading.put(valid);
  return valid;
}

export interface ReadingPatch {
  status?: ReadingStatus;
  note?: string;
  tags?: string[];
}

export async function updateSaved(
  db: RelatedPapersDB,
  id: string,
  patch: ReadingPatch,
  now = Date.now(),
): Promise<ReadingItem> {
  return db.transaction('rw', db.reading, async () => {
    const item = await db.reading.get(id);
    if (!item) throw new Error('this paper is no longer in your reading list');
    const tags = patch.tags ? [...new Set(patch.tags.map((t) => t.trim()).filter(Boolean))] : item.tags;
    const next = ReadingItem.parse({ ...item, ...patch, tags, updatedAt: now });
    await db.reading.put(next);
    return next;
  });
}

export async function listSaved(db: RelatedPapersDB): Promise<ReadingItem[]> {
  return db.reading.orderBy('savedAt').reverse().toArray();
}

export async function savedIds(db: RelatedPapersDB): Promise<Set<string>> {
  return new Set((await db.reading.toCollection().primaryKeys()) as string[]);
}
