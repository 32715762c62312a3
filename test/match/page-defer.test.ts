// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropTabMemory } from '@/entrypoints/background/handlers/page';
import { setDbForTests } from '@/entrypoints/background/services';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';
import type { PageState } from '@/lib/messages';
import type { SenderInfo } from '@/lib/messaging/server';
import { openRelatedIndex } from '@/lib/related/store';
import { detectPage } from '@/lib/sites';
import { loadPage } from '../sites/fixtures';
import { callWorker } from '../support/worker';

/** page.resolve with deferRelated: the match without waiting for related papers; tab.state completes it. */

let db: RelatedPapersDB;
let n = 0;
const TAB = 31;
const tab: SenderInfo = { fromContentScript: true, tabId: TAB, url: 'https://arxiv.org/' };
const popup: SenderInfo = { fromContentScript: false, url: 'chrome-extension://x/popup.html' };
const ABS = 'https://arxiv.org/abs/2301.02828';

beforeEach(async () => {
  fakeBrowser.reset();
  dropTabMemory();
  db = openSeededDb(`page-defer-${process.pid}-${n++}`);
  await db.open();
  setDbForTests(db);
});
afterEach(async () => {
  await db.delete();
});

const call = callWorker;

function resolve(file: string, url: string, deferRelated: boolean): Promise<PageState> {
  const detection = detectPage(loadPage(file), new URL(url))!;
  return call<PageState>(
    'page.resolve',
    { url, kind: detection.kind, candidates: detection.candidates, deferRelated },
    tab,
  );
}

describe('page.resolve with deferRelated', () => {
  it('answers with the match and no related papers, without loading the related index', async () => {
    const state = await resolve('arxiv-abs-2301.02828.html', ABS, true);
    expect(state.primary!.match!.paper.title).toBe('Why do Nearest Neighbor Language Models Work?');
    expect(state.related).toEqual([]);
    expect(state.relatedPending).toBe(true);
    // Nothing asked for the related index yet: this is its first load.
    expect((await openRelatedIndex(db)).source).not.toBe('memory');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('✓');
  });

  it('lets the popup read the complete state: tab.state looks the related papers up and keeps them', async () => {
    const full = await resolve('arxiv-abs-2301.02828.html', ABS, false);
    expect(full.related.length).toBeGreaterThan(0);
    await resolve('arxiv-abs-2301.02828.html', ABS, true);

    const forPopup = await call<PageState>('tab.state', { tabId: TAB, url: ABS }, popup);
    expect(forPopup.relatedPending).toBeUndefined();
    expect(forPopup.related.map((r) => r.paper.id)).toEqual(full.related.map((r) => r.paper.id));
    // Kept for the tab, also once the worker has stopped (storage.session).
    dropTabMemory();
    const again = await call<PageState>('tab.state', { tabId: TAB }, popup);
    expect(again).toEqual(forPopup);
  });

  it('marks nothing pending when there is nothing to relate: listings and bare arXiv ids', async () => {
    const listing = await resolve('arxiv-list-cs.LG-new.html', 'https://arxiv.org/list/cs.LG/new', true);
    expect(listing.found.length).toBeGreaterThan(0);
    expect(listing.relatedPending).toBeUndefined();
    const pdf = await call<PageState>(
      'page.resolve',
      {
        url: 'https://arxiv.org/pdf/2501.99999',
        kind: 'single',
        candidates: [{ title: 'arXiv:2501.99999', arxivId: '2501.99999', source: 'url' }],
        deferRelated: true,
      },
      tab,
    );
    expect(pdf.primary!.match).toBeNull();
    expect(pdf.relatedPending).toBeUndefined();
  });

  it('relates a paper outside the catalogue by its title and abstract once asked', async () => {
    const state = await resolve('arxiv-abs-2106.09685.html', 'https://arxiv.org/abs/2106.09685', true);
    expect(state.primary!.match).toBeNull();
    expect(state.relatedPending).toBe(true);
    const full = await resolve('arxiv-abs-2106.09685.html', 'https://arxiv.org/abs/2106.09685', false);
    const c = state.primary!.candidate;
    const asked = await call<PageState['related']>(
      'related.forPaper',
      { title: c.title, abstract: c.abstract },
      tab,
    );
    expect(asked.map((r) => r.paper.id)).toEqual(full.related.map((r) => r.paper.id));
  });
});
