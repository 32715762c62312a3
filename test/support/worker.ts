import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createListener, dispatch, type SenderInfo } from '@/lib/messaging/server';
import { handlers } from '@/entrypoints/background/handlers';
import { setDbForTests } from '@/entrypoints/background/services';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';

let n = 0;

/**
 * Connects `browser.runtime.sendMessage` (fakeBrowser) to the REAL worker handlers over a fresh
 * seeded Dexie database on fake-indexeddb, so UI tests exercise the real message path.
 * `as` chooses who the sender is: an extension page (default) or a content script in a tab.
 */
export async function startTestWorker(
  as: SenderInfo = { fromContentScript: false, url: 'chrome-extension://test/popup.html' },
): Promise<{ db: RelatedPapersDB; stop: () => Promise<void> }> {
  fakeBrowser.reset();
  const db = openSeededDb(`test-worker-${process.pid}-${n++}`);
  await db.open();
  setDbForTests(db);
  fakeBrowser.runtime.onMessage.addListener(createListener(handlers, () => as));
  return {
    db,
    stop: async () => {
      fakeBrowser.runtime.onMessage.removeAllListeners();
      await db.delete();
    },
  };
}

/** Sends one message straight to the real dispatcher as `sender`, and unwraps the reply. */
export async function callWorker<T>(type: string, payload: unknown, sender: SenderInfo): Promise<T> {
  const reply = await dispatch(handlers, { type, payload }, sender);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}
