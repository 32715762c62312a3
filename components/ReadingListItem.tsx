import { useEffect, useRef } from 'preact/hooks';
import { READING_STATUSES, STATUS_LABELS, type ReadingItem, type ReadingStatus } from '@/lib/reading/item';
import { stripTex } from '@/lib/match/normalise';
import { httpUrl, paperHref } from './links';

export interface ReadingPatch {
  status?: ReadingStatus;
  note?: string;
  tags?: string[];
}

export interface ReadingListItemProps {
  item: ReadingItem;
  onUpdate: (id: string, patch: ReadingPatch) => Promise<void>;
  onRemove: (item: ReadingItem) => Promise<void>;
}

export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

function syncField(el: HTMLInputElement | HTMLTextAreaElement | null, value: string) {
  if (el && el.ownerDocument.activeElement !== el) el.value = value;
}

function itemHref(item: ReadingItem): string {
  return httpUrl(item.url) ?? paperHref({ title: item.title, arxivId: item.arxivId, codeLinks: [] });
}

const savedFmt = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** One saved paper: link, status, note, tags and remove. Edits are saved when a field is left. */
export function ReadingListItem({ item, onUpdate, onRemove }: ReadingListItemProps) {
  // Uncontrolled fields: the text being typed is never overwritten by a re-render; stored values are
  // written back only when the field is not being edited.
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const tagText = item.tags.join(', ');
  useEffect(() => syncField(noteRef.current, item.note), [item.note]);
  useEffect(() => syncField(tagsRef.current, tagText), [tagText]);

  const fieldId = `ri-${item.id}`;
  return (
    <li class="rp-item pp-reading-item">
      <div class="pp-reading-head">
        <a class="rp-card-title" href={itemHref(item)} target="_blank" rel="noopener noreferrer">
          {stripTex(item.title)}
        </a>
        <button
          type="button"
          class="pp-icon-button"
          aria-label="Remove from reading list"
          title="Remove from reading list"
          onClick={() => void onRemove(item)}
        >
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      <p class="rp-meta">
        Saved {savedFmt.format(item.savedAt)}
        {item.arxivId ? ` · arXiv:${item.arxivId}` : ''}
        {item.paperId ? '' : ' · not in catalogue'}
      </p>
      <div class="pp-reading-fields">
        <label class="pp-field pp-field-status">
          <span class="pp-field-label">Status</span>
          <select
            aria-label="Status"
            value={item.status}
            class={`pp-status pp-status-${item.status}`}
            onChange={(e) => void onUpdate(item.id, { status: e.currentTarget.value as ReadingStatus })}
          >
            {READING_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label class="pp-field pp-field-tags" for={`${fieldId}-tags`}>
          <span class="pp-field-label">Tags</span>
          <input
            id={`${fieldId}-tags`}
            type="text"
            aria-label="Tags"
            placeholder="comma, separated"
            ref={tagsRef}
            defaultValue={tagText}
            onChange={(e) => void onUpdate(item.id, { tags: parseTags(e.currentTarget.value) })}
          />
        </label>
      </div>
      <label class="pp-field pp-field-note">
        <span class="pp-field-label">Note</span>
        <textarea
          aria-label="Note"
          ref={noteRef}
          rows={item.note ? 2 : 1}
          placeholder="Add a note…"
          defaultValue={item.note}
          onChange={(e) => void onUpdate(item.id, { note: e.currentTarget.value })}
        />
      </label>
    </li>
  );
}
