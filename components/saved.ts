import { useCallback, useState } from 'preact/hooks';
import type { MessageType, Req, Res } from '@/lib/messages';

/**
 * How a view talks to the worker: `send` from lib/messaging/client.ts on extension pages; the content
 * script passes its lighter sender (entrypoints/content/send.ts) to stay small.
 */
export type Send = <K extends MessageType>(type: K, payload: Req<K>) => Promise<Res<K>>;

export interface SaveTarget {
  paperId?: string | null;
  title?: string;
  url?: string | null;
  arxivId?: string | null;
}

/** Key of a paper within one view: its catalogue id, else what identifies a page paper outside the catalogue. */
export function saveKey(t: SaveTarget): string {
  return t.paperId ?? `outside:${t.arxivId ?? t.url ?? t.title ?? ''}`;
}

/**
 * The papers shown as saved in one view, kept in step with the worker: one paper can appear twice
 * (on the page and among related papers) and both toggles must agree.
 */
export function useSavedSet(send: Send, initial: () => Iterable<string>) {
  const [keys, setKeys] = useState(() => new Set(initial()));

  const isSaved = useCallback((target: SaveTarget) => keys.has(saveKey(target)), [keys]);

  const setSaved = useCallback(
    async (target: SaveTarget, next: boolean) => {
      if (next) {
        await send('reading.save', target);
      } else {
        // A paper outside the catalogue is saved under an id the store derives; saving is idempotent
        // and returns the stored item, so asking for it is the reliable way to learn that id.
        const id = target.paperId ?? (await send('reading.save', target)).id;
        await send('reading.remove', { id });
      }
      setKeys((prev) => {
        const copy = new Set(prev);
        if (next) copy.add(saveKey(target));
        else copy.delete(saveKey(target));
        return copy;
      });
    },
    [send],
  );

  return { isSaved, setSaved };
}
