import { browser } from 'wxt/browser';
import { dispatch, type SenderInfo } from '@/lib/messaging/server';
import { handlers } from './handlers';
import { getDb } from './services';

export default defineBackground(() => {
  // Listeners are registered synchronously at start so a worker woken by a message receives it.
  browser.runtime.onMessage.addListener((message, sender) => dispatch(handlers, message, senderInfo(sender)));

  // Opening the database runs the seed in Dexie's populate transaction on first install.
  void getDb().open();
  // Ask the browser not to evict the catalogue and reading list under storage pressure.
  void globalThis.navigator?.storage?.persist?.().catch(() => false);
});

function senderInfo(sender: { tab?: { id?: number }; url?: string; id?: string }): SenderInfo {
  const extensionOrigin = browser.runtime.getURL('/');
  const fromExtensionPage = sender.url?.startsWith(extensionOrigin) ?? false;
  return {
    tabId: sender.tab?.id,
    url: sender.url,
    fromContentScript: sender.id !== browser.runtime.id || !fromExtensionPage,
  };
}
