import { useEffect, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import type { ReadingItem } from '@/lib/reading/item';
import { ReadingList } from '@/components/ReadingList';
import type { ReadingPatch } from '@/components/ReadingListItem';
import { stripTex } from '@/lib/match/normalise';

/** The reading list, with undo for the last removal. */
export function ReadingTab() {
  const [items, setItems] = useState<ReadingItem[] | null>(null);
  const [removed, setRemoved] = useState<ReadingItem | null>(null);
  const [error, setError] = useState<string | null>(null);

  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));
  const reload = () => send('reading.list', {}).then(setItems, fail);
  useEffect(() => void reload(), []);

  async function update(id: string, patch: ReadingPatch) {
    try {
      const next = await send('reading.update', { id, ...patch });
      setItems((list) => list?.map((i) => (i.id === id ? next : i)) ?? null);
      setError(null);
    } catch (e) {
      fail(e);
    }
  }

  async function remove(item: ReadingItem) {
    try {
      const gone = await send('reading.remove', { id: item.id });
      setItems((list) => list?.filter((i) => i.id !== item.id) ?? null);
      setRemoved(gone ?? item);
      setError(null);
      // Focus would be lost with the removed row; the Undo button is the natural next stop.
      requestAnimationFrame(() => document.getElementById('undo-remove')?.focus());
    } catch (e) {
      fail(e);
    }
  }

  async function undo() {
    if (!removed) return;
    try {
      await send('reading.restore', { item: removed });
      setRemoved(null);
      await reload();
    } catch (e) {
      fail(e);
    }
  }

  return (
    <section class="pp-reading-tab" aria-label="Reading list">
      <div class="pp-toast-area" role="status">
        {removed ? (
          <div class="pp-toast">
            <span>Removed “{stripTex(removed.title)}”.</span>
            <button id="undo-remove" type="button" class="pp-link-button" onClick={() => void undo()}>
              Undo
            </button>
          </div>
        ) : null}
      </div>
      {error ? (
        <p class="rp-error pp-error" role="alert">
          {error}
        </p>
      ) : null}
      {items === null ? (
        <p class="pp-empty">Loading…</p>
      ) : (
        <ReadingList items={items} onUpdate={update} onRemove={remove} />
      )}
    </section>
  );
}
