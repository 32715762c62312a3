// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dropTabMemory, watchTabs } from '@/entrypoints/background/handlers/page';
import { setDbForTests } from '@/entrypoints/background/services';
import { openSeededDb } from '@/lib/catalogue/seed';
import type { RelatedPapersDB } from '@/lib/db';
import type { PageState } from '@/lib/messages';
import type { SenderInfo } from '@/lib/messaging/server';
import { normaliseTitle } from '@/lib/match/normalise';
import { savePaper } from '@/lib/reading/store';
import { bumpCatalogueRev } from '@/lib/settings';
import { detectPage } from '@/lib/sites';
import { loadPage, manifest } from '../sites/fixtures';
import { entry } from './entries';
import { callWorker } from '../support/worker';

let db: RelatedPapersDB;
let n = 0;
const TAB = 11;
const tab = (tabId = TAB): SenderInfo => ({ fromContentScript: true, tabId, url: 'https://arxiv.org/' });
const settle = () => new Promise((r) => setTimeout(r, 20));
const popup: SenderInfo = { fromContentScript: false, url: 'chrome-extension://x/popup.html' };

beforeEach(async () => {
  fakeBrowser.reset();
  dropTabMemory();
  db = openSeededDb(`page-handler-${process.pid}-${n++}`);
  await db.open();
  setDbForTests(db);
});
afterEach(async () => {
  await db.delete();
});

const call = callWorker;

/** What the content script does: detect on the page, send the candidates to the worker. */
async function resolveFixture(file: string, url: string, sender = tab()): Promise<PageState | null> {
  const detection = detectPage(loadPage(file), new URL(url));
  if (!detection) return null;
  return call<PageState>(
    'page.resolve',
    { url, kind: detection.kind, candidates: detection.candidates },
    sender,
  );
}

/** The panel shows when the state has a primary paper or found papers. */
const panelShown = (s: PageState | null) => !!s && (s.primary !== null || s.found.length > 0);

describe.each(manifest())('end to end: $file', (page) => {
  it('resolves as the manifest expects', async () => {
    const state = await resolveFixture(page.file, page.url);
    expect(panelShown(state)).toBe(page.expect.panel);
    if (!page.expect.panel) return;
    if (page.expect.onPage) {
      expect(state!.found.map((f) => f.match!.paper.normTitle).sort()).toEqual(
        page.expect.onPage.map(normaliseTitle).sort(),
      );
      return;
    }
    expect(state!.primary!.match !== null).toBe(page.expect.inCatalogue);
    if (page.expect.title) expect(state!.primary!.match!.paper.title).toBe(page.expect.title);
    if (page.expect.pageTitle) expect(state!.primary!.candidate.title).toBe(page.expect.pageTitle);
  });
});

describe('page.resolve', () => {
  it('gives a matched paper its related catalogue papers, never itself', async () => {
    const state = await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    const id = state!.primary!.match!.paper.id;
    expect(state!.related.length).toBeGreaterThan(0);
    expect(state!.related.map((r) => r.paper.id)).not.toContain(id);
  });

  it('records the arXiv id on the matched entry, so the PDF tab matches by id later', async () => {
    await resolveFixture('hf-papers-2309.06922.html', 'https://huggingface.co/papers/2309.06922');
    const paper = await db.papers.where('arxivId').equals('2309.06922').first();
    expect(paper?.title).toBe('Hydra: Multi-head Low-rank Adaptation for Parameter Efficient Fine-tuning');

    const pdf = await call<PageState>(
      'tab.state',
      { tabId: 99, url: 'https://arxiv.org/pdf/2309.06922v2' },
      popup,
    );
    expect(pdf!.primary!.match?.kind).toBe('arxiv-id');
    expect(pdf!.primary!.match?.paper.id).toBe(paper!.id);
  });

  it('on GitHub, takes the most confident candidate and learns the id cited in its BibTeX', async () => {
    const state = await resolveFixture('github-juyongjiang-KaSA.html', 'https://github.com/juyongjiang/KaSA');
    expect(state!.primary!.candidate.source).toBe('bibtex');
    expect(state!.primary!.match!.paper.arxivId).toBe('2412.06071');
    expect((await db.papers.get(state!.primary!.match!.paper.id))?.arxivId).toBe('2412.06071');
  });

  it('rebuilds the matcher when the catalogue revision changes', async () => {
    const url = 'https://arxiv.org/abs/2106.09685';
    expect((await resolveFixture('arxiv-abs-2106.09685.html', url))!.primary!.match).toBeNull();
    const lora = entry('LoRA: Low-Rank Adaptation of Large Language Models', 'An important paradigm of NLP.');
    await db.papers.add({ ...lora, seq: await db.papers.count() });
    await bumpCatalogueRev(db);
    expect((await resolveFixture('arxiv-abs-2106.09685.html', url))!.primary!.match?.paper.id).toBe(lora.id);
  });

  it('does not record an id for an unmatched page', async () => {
    await resolveFixture('arxiv-abs-2106.09685.html', 'https://arxiv.org/abs/2106.09685');
    expect(await db.papers.where('arxivId').equals('2106.09685').count()).toBe(0);
  });

  it('listing pages record ids of every matched entry', async () => {
    await resolveFixture('arxiv-list-cs.LG-new.html', 'https://arxiv.org/list/cs.LG/new');
    const learned = await db.papers.where('arxivId').anyOf('2305.19435', '2305.14625').toArray();
    expect(learned.map((p) => p.title).sort()).toEqual([
      'AdANNS: A Framework for Adaptive Semantic Search',
      'KNN-LM Does Not Improve Open-ended Text Generation',
    ]);
  });

  it('a GitHub repo matched only by its BibTeX title shows the paper', async () => {
    const state = await resolveFixture(
      'own/github-bibtex-only.html',
      'https://github.com/someone/hydra-peft',
    );
    expect(state!.primary!.match?.paper.title).toBe(
      'Hydra: Multi-head Low-rank Adaptation for Parameter Efficient Fine-tuning',
    );
    expect(state!.primary!.candidate.source).toBe('bibtex');
  });

  it('flags saved papers, in and outside the catalogue', async () => {
    const first = await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    expect(first!.primary!.saved).toBe(false);
    await savePaper(db, { paperId: first!.primary!.match!.paper.id });
    const again = await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    expect(again!.primary!.saved).toBe(true);

    await savePaper(db, { title: 'LoRA', arxivId: '2106.09685' });
    const lora = await resolveFixture('arxiv-abs-2106.09685.html', 'https://arxiv.org/abs/2106.09685');
    expect(lora!.primary!.match).toBeNull();
    expect(lora!.primary!.saved).toBe(true);
  });
});

describe('tab state and badge', () => {
  const badge = (tabId = TAB) => fakeBrowser.action.getBadgeText({ tabId });

  it('stores the state per tab in storage.session and sets the badge', async () => {
    const state = await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    expect(await badge()).toBe('✓');
    expect(await fakeBrowser.action.getTitle({ tabId: TAB })).toBe('In your catalogue');
    // The worker stopped: memory is gone, storage.session is not.
    dropTabMemory();
    const stored = await call<PageState>(
      'tab.state',
      { tabId: TAB, url: 'https://arxiv.org/abs/2301.02828#x' },
      popup,
    );
    expect(stored).toEqual(state);
  });

  it('shows ★ for a saved paper, nothing for papers outside the catalogue, a count on listings', async () => {
    const s = await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    await savePaper(db, { paperId: s!.primary!.match!.paper.id });
    await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    expect(await badge()).toBe('★');
    await resolveFixture('arxiv-abs-2106.09685.html', 'https://arxiv.org/abs/2106.09685', tab(12));
    expect(await badge(12)).toBe('');
    await resolveFixture('arxiv-list-cs.LG-new.html', 'https://arxiv.org/list/cs.LG/new', tab(13));
    expect(await badge(13)).toBe('2');
    await resolveFixture('github-sharkdp-fd.html', 'https://github.com/sharkdp/fd', tab(14));
    expect(await badge(14)).toBe('');
  });

  it('ignores a stored state for another URL, and resolves PDFs from the URL alone', async () => {
    await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    const other = await call<PageState | null>(
      'tab.state',
      { tabId: TAB, url: 'https://github.com/sharkdp/fd' },
      popup,
    );
    expect(other).toBeNull();
    const pdf = await call<PageState>(
      'tab.state',
      { tabId: 5, url: 'https://arxiv.org/pdf/2106.09685' },
      popup,
    );
    expect(pdf!.primary!.candidate.title).toBe('arXiv:2106.09685');
    expect(pdf!.primary!.match).toBeNull();
    expect(pdf!.related).toEqual([]);
  });

  it('refreshes saved flags when the popup reads a stored state', async () => {
    const s = await resolveFixture('arxiv-abs-2301.02828.html', 'https://arxiv.org/abs/2301.02828');
    await savePaper(db, { paperId: s!.primary!.match!.paper.id });
    const stored = await call<PageState>('tab.state', { tabId: TAB }, popup);
    expect(stored!.primary!.saved).toBe(true);
  });

  it('forgets a tab when it closes or navigates away', async () => {
    watchTabs();
    const url = 'https://arxiv.org/abs/2301.02828';
    await resolveFixture('arxiv-abs-2301.02828.html', url, tab(21));
    // An in-page anchor is the same page: the state stays.
    await fakeBrowser.tabs.onUpdated.trigger(21, { url: `${url}#S2` }, {} as never);
    await settle();
    expect(await call('tab.state', { tabId: 21 }, popup)).not.toBeNull();
    await fakeBrowser.tabs.onUpdated.trigger(21, { url: 'https://example.org/' }, {} as never);
    await settle();
    expect(await call('tab.state', { tabId: 21 }, popup)).toBeNull();
    expect(await badge(21)).toBe('');

    await resolveFixture('arxiv-abs-2301.02828.html', url, tab(22));
    await fakeBrowser.tabs.onRemoved.trigger(22, { isWindowClosing: false, windowId: 1 });
    await settle();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
