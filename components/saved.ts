import { useCallback, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import { outsideId, type SaveTarget } from '@/lib/reading/store';

export type { SaveTarget };

/** Reading-list id of a paper: its catalogue id, else the id the store gives papers outside the catalogue. */
export function readingId(target: SaveTarget): string {
  return target.paperId ?? outsideId(target);
}

/**
 * The set of saved reading-list ids shown in one view, kept in step with the worker: one paper can
 * appear twice (on the page and among related papers) and both toggles must agree.
 */
export function useSavedSet(initial: () => Iterable<string>) {
  const [ids, setIds] = useState(() => new Set(initial()));

  const isSaved = useCallback((target: SaveTarget) => ids.has(readingId(target)), [ids]);

  const setSaved = useCallback(async (target: SaveTarget, next: boolean) => {
    let id: string;
    if (next) {
      id = (await send('reading.save', target)).id;
    } else {
      id = readingId(target);
      await send('reading.remove', { id });
    }
    setIds((prev) => {
      const copy = new Set(prev);
      if (next) copy.add(id);
      else copy.delete(id);
      return copy;
    });
  }, []);

  return { isSaved, setSaved };
}
