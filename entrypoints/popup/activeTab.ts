import { browser } from 'wxt/browser';
import { send } from '@/lib/messaging/client';
import type { PageState } from '@/lib/messages';

/**
 * What the active tab shows. The URL is visible for our sites through the host permissions (no
 * `tabs` permission); the worker answers from the tab's stored state or, for arXiv PDFs, the URL.
 */
export async function activeTabState(): Promise<PageState | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab || (tab.id === undefined && !tab.url)) return null;
    // Opened as a page of its own (chrome-extension://…/popup.html): there is no paper to show.
    if (tab.url?.startsWith(browser.runtime.getURL('/'))) return null;
    return await send('tab.state', { tabId: tab.id, url: tab.url });
  } catch {
    return null;
  }
}

export function hasPaper(state: PageState | null): boolean {
  return !!state && (state.primary !== null || state.found.length > 0);
}
