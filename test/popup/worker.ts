import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';
import { createListener } from '@/lib/messaging/server';
import { handlers } from '@/entrypoints/background/handlers';
import { setDbForTests } from '@/entrypoints/background/services';

let n = 0;

/**
 * A real worker for UI tests: the extension's own handlers on a freshly seeded Dexie database
 * (fake-indexeddb), reached through `browser.runtime.sendMessage` exactly as pages reach it.
 */
export function startWorker(prefix: string): RelatedPapersDB {
  fakeBrowser.reset();
  const db = openSeededDb(`${prefix}-${n++}-${Math.random().toString(36).slice(2)}`);
  setDbForTests(db);
  fakeBrowser.runtime.onMessage.addListener(
    createListener(handlers, () => ({ fromContentScript: false, url: 'chrome-extension://test/popup.html' })),
  );
  return db;
}
