/**
 * "What is this page?": resolves content-script detections against the catalogue (page.resolve),
 * keeps the result per tab in storage.session for the popup (tab.state), and sets the toolbar badge.
 */
import { browser } from 'wxt/browser';
import type { RelatedPapersDB } from '@/lib/db';
import { relatedQuery } from '@/lib/match/related-query';
import { markSaved, resolvePage, type RelatedFor } from '@/lib/match/resolve';
import { StoredMatcher } from '@/lib/match/stored-matcher';
import type { Handlers } from '@/lib/messaging/server';
import { PageState } from '@/lib/messages';
import { relatedForPaper } from '@/lib/related/for-paper';
import { getCatalogueRev } from '@/lib/settings';
import { arxivIdFromUrl } from '@/lib/sites/arxiv-id';
import { hfPaperIdFromUrl } from '@/lib/sites/page-detect';
import { getDb } from '../services';

// Per database, so tests with their own databases never share one; replaced when the catalogue rev moves.
const matchers = new WeakMap<RelatedPapersDB, StoredMatcher>();

/**
 * The matcher of the current catalogue revision. Returned at once: arXiv-id, repo and exact-title
 * lookups need no index, while the fuzzy indexes are restored from their snapshots (or built and
 * persisted, after an import) in the background.
 */
export async function getMatcher(db: RelatedPapersDB): Promise<StoredMatcher> {
  const rev = await getCatalogueRev(db);
  const hit = matchers.get(db);
  if (hit && hit.rev === rev) return hit;
  const matcher = new StoredMatcher(db, rev);
  matchers.set(db, matcher);
  void matcher.warm();
  return matcher;
}

/** Related papers through the related engine's own loader (persisted snapshot per catalogue rev). */
function relatedFor(db: RelatedPapersDB): RelatedFor {
  return (query) => relatedForPaper(db, query);
}

/**
 * A state resolved with deferRelated has no related papers yet (the panel fetched its own): the popup
 * gets them looked up now, and the tab keeps them unless it has moved on meanwhile.
 */
async function withRelated(db: RelatedPapersDB, tabId: number, state: PageState): Promise<PageState> {
  const { relatedPending, ...rest } = state;
  if (!relatedPending || !rest.primary) return state;
  const query = relatedQuery(rest.primary);
  const full: PageState = { ...rest, related: query ? await relatedFor(db)(query) : [] };
  const now = await loadTabState(tabId);
  if (now?.relatedPending && sameUrl(now.url, full.url)) await saveTabState(tabId, full);
  return full;
}

/* ---------- per-tab state: storage.session survives the worker stopping; memory is only a cache ---------- */

const memory = new Map<number, PageState>();
const key = (tabId: number) => `page-state:${tabId}`;
const session = () => (browser.storage as { session?: typeof browser.storage.local }).session;

/** As when the worker stops: only storage.session remains. */
export function dropTabMemory(): void {
  memory.clear();
}

export async function saveTabState(tabId: number, state: PageState): Promise<void> {
  memory.set(tabId, state);
  await session()
    ?.set({ [key(tabId)]: state })
    .catch(() => undefined);
}

export async function loadTabState(tabId: number): Promise<PageState | null> {
  const cached = memory.get(tabId);
  if (cached) return cached;
  const raw = (
    await session()
      ?.get(key(tabId))
      .catch(() => undefined)
  )?.[key(tabId)];
  const parsed = PageState.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

export async function clearTabState(tabId: number): Promise<void> {
  memory.delete(tabId);
  await session()
    ?.remove(key(tabId))
    .catch(() => undefined);
  await setBadge(tabId, null);
}

/** Chrome MV3 has `action`, Firefox MV2 `browserAction`. */
function actionApi() {
  const b = browser as unknown as { action?: typeof browser.action; browserAction?: typeof browser.action };
  return b.action ?? b.browserAction;
}

export function badgeFor(state: PageState | null): { text: string; title: string } {
  if (state?.primary?.match) {
    return state.primary.saved
      ? { text: '★', title: 'In your catalogue and reading list' }
      : { text: '✓', title: 'In your catalogue' };
  }
  if (state && state.found.length > 0) {
    const n = state.found.length;
    return { text: String(n), title: `${n} catalogue paper${n === 1 ? '' : 's'} on this page` };
  }
  return { text: '', title: 'Related Papers' };
}

async function setBadge(tabId: number, state: PageState | null): Promise<void> {
  const action = actionApi();
  if (!action) return;
  const { text, title } = badgeFor(state);
  try {
    await action.setBadgeText({ tabId, text });
    await action.setTitle({ tabId, title });
  } catch {
    // The tab closed meanwhile.
  }
}

/**
 * Forgets a tab's state when it closes or navigates elsewhere. Call once, synchronously, at worker
 * start (MV3 only delivers events to listeners registered then).
 */
export function watchTabs(): void {
  browser.tabs?.onRemoved?.addListener((tabId) => void clearTabState(tabId));
  browser.tabs?.onUpdated?.addListener((tabId, change) => {
    if (!change.url) return;
    void loadTabState(tabId).then((s) =>
      s && !sameUrl(s.url, change.url!) ? clearTabState(tabId) : undefined,
    );
  });
}

/** Same page, ignoring the fragment (in-page anchors don't change what the page is). */
export function sameUrl(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/** The popup on a tab the content script never ran in (arXiv PDFs): resolve from the URL's arXiv id. */
async function stateFromUrl(db: RelatedPapersDB, url: string): Promise<PageState | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const id = arxivIdFromUrl(parsed) ?? hfPaperIdFromUrl(parsed);
  if (!id) return null;
  const candidate = { title: `arXiv:${id}`, arxivId: id, url: `https://arxiv.org/abs/${id}`, source: 'url' };
  return resolvePage(
    db,
    await getMatcher(db),
    { url, kind: 'single', candidates: [candidate] },
    relatedFor(db),
  );
}

export const pageHandlers: Partial<Handlers> = {
  'page.resolve': async (req, sender) => {
    const db = getDb();
    const state = await resolvePage(db, await getMatcher(db), req, relatedFor(db));
    if (sender.tabId !== undefined) {
      await saveTabState(sender.tabId, state);
      await setBadge(sender.tabId, state);
    }
    return state;
  },
  'tab.state': async ({ tabId, url }) => {
    const db = getDb();
    if (tabId !== undefined) {
      const loaded = await loadTabState(tabId);
      if (loaded && (!url || sameUrl(loaded.url, url))) {
        const stored = await withRelated(db, tabId, loaded);
        // Saved flags may have changed since (saved from the popup): refresh them.
        const results = [...(stored.primary ? [stored.primary] : []), ...stored.found];
        await markSaved(db, results);
        return stored;
      }
    }
    const state = url ? await stateFromUrl(db, url) : null;
    if (state && tabId !== undefined) {
      await saveTabState(tabId, state);
      await setBadge(tabId, state);
    }
    return state;
  },
};
