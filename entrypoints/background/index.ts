import { browser } from 'wxt/browser';
import { createListener, senderInfo } from '@/lib/messaging/server';
import { handlers } from './handlers';
import { watchTabs } from './handlers/page';
import { getDb } from './services';
import { scheduleWarmUp } from './warmup';

export default defineBackground(() => {
  // Registered synchronously at start, so a worker woken by a message receives that message.
  browser.runtime.onMessage.addListener(
    createListener(handlers, (sender) => senderInfo(sender, browser.runtime.getURL('/'), browser.runtime.id)),
  );

  // Forget a tab's page state and badge when it closes or leaves the page.
  watchTabs();

  // Opening the database runs the seed in Dexie's populate transaction on first install. The
  // persisted indexes are restored a moment later: a handler restores what it needs itself, and an
  // eager restore of every index would make the message that woke the worker wait behind it.
  const db = getDb();
  void db.open().then(
    () => scheduleWarmUp(db),
    () => undefined,
  );
  // Ask the browser not to evict the catalogue and reading list under storage pressure.
  void globalThis.navigator?.storage?.persist?.().catch(() => false);
});
