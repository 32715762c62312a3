import { useMemo, useState } from 'preact/hooks';
import { READING_STATUSES, STATUS_LABELS, type ReadingItem, type ReadingStatus } from '@/lib/reading/item';
import { normaliseTitle } from '@/lib/match/normalise';
import { ReadingListItem, type ReadingPatch } from './ReadingListItem';

export type ReadingSort = 'saved' | 'status' | 'title';

export interface ReadingListProps {
  items: ReadingItem[];
  onUpdate: (id: string, patch: ReadingPatch) => Promise<void>;
  onRemove: (item: ReadingItem) => Promise<void>;
}

export const EMPTY_READING_LIST = 'Your reading list is empty — save papers from arXiv pages or from Search';

export function sortItems(items: ReadingItem[], sort: ReadingSort): ReadingItem[] {
  const byTitle = (a: ReadingItem, b: ReadingItem) =>
    normaliseTitle(a.title).localeCompare(normaliseTitle(b.title));
  const copy = [...items];
  if (sort === 'saved') return copy.sort((a, b) => b.savedAt - a.savedAt);
  if (sort === 'title') return copy.sort(byTitle);
  const rank = (s: ReadingStatus) => READING_STATUSES.indexOf(s);
  return copy.sort((a, b) => rank(a.status) - rank(b.status) || b.savedAt - a.savedAt);
}

/** The saved papers with sort and filters (status, tag). */
export function ReadingList({ items, onUpdate, onRemove }: ReadingListProps) {
  const [sort, setSort] = useState<ReadingSort>('saved');
  const [status, setStatus] = useState<ReadingStatus | ''>('');
  const [tag, setTag] = useState('');
  const tags = useMemo(
    () => [...new Set(items.flatMap((i) => i.tags))].sort((a, b) => a.localeCompare(b)),
    [items],
  );
  const shown = useMemo(
    () =>
      sortItems(items, sort).filter(
        (i) => (!status || i.status === status) && (!tag || i.tags.includes(tag)),
      ),
    [items, sort, status, tag],
  );

  if (!items.length) return <p class="pp-empty">{EMPTY_READING_LIST}</p>;
  return (
    <>
      <div class="pp-filters pp-reading-controls">
        <label class="pp-filter">
          <span>Sort by</span>
          <select value={sort} onChange={(e) => setSort(e.currentTarget.value as ReadingSort)}>
            <option value="saved">Date saved</option>
            <option value="status">Status</option>
            <option value="title">Title</option>
          </select>
        </label>
        <label class="pp-filter">
          <span>Show</span>
          <select
            aria-label="Filter by status"
            value={status}
            onChange={(e) => setStatus(e.currentTarget.value as ReadingStatus | '')}
          >
            <option value="">All statuses</option>
            {READING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {tags.length ? (
          <label class="pp-filter">
            <span>Tag</span>
            <select aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.currentTarget.value)}>
              <option value="">All tags</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {shown.length ? (
        <ul class="rp-list pp-reading" aria-label="Reading list">
          {shown.map((item) => (
            <ReadingListItem key={item.id} item={item} onUpdate={onUpdate} onRemove={onRemove} />
          ))}
        </ul>
      ) : (
        <p class="pp-empty">No saved papers match these filters.</p>
      )}
    </>
  );
}
