import { browser } from 'wxt/browser';
import { createListener, senderInfo } from '@/lib/messaging/server';
import { handlers } from './handlers';
import { getDb } from './services';

export default defineBackground(() => {
  // Registered synchronously at start, so a worker woken by a message receives that message.
  browser.runtime.onMessage.addListener(
    createListener(handlers, (sender) => senderInfo(sender, browser.runtime.getURL('/'), browser.runtime.id)),
  );

  // Opening the database runs the seed in Dexie's populate transaction on first install.
  void getDb().open();
  // Ask the browser not to evict the catalogue and reading list under storage pressure.
  void globalThis.navigator?.storage?.persist?.().catch(() => false);
});
