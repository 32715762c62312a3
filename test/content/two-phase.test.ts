// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RelatedPapersDB } from '@/lib/db';
import { relatedForPaper } from '@/lib/related/for-paper';
import { listenForNavigation, startController } from '@/entrypoints/content/controller';
import { HOST_TAG } from '@/entrypoints/content/mount';
import { startTestWorker } from '../support/worker';
import { loadFixturePages, loadPage, turboVisit } from './load-page';

/**
 * The panel shows the match as soon as page.resolve answers; related papers come from a second
 * request (related.forPaper). Replies are held in transit here, the worker itself is the real one.
 */

let db: RelatedPapersDB;
let stopWorker: () => Promise<void>;
let life: AbortController;

beforeEach(async () => {
  const w = await startTestWorker({ fromContentScript: true, tabId: 7, url: 'https://github.com/' });
  ({ db } = w);
  stopWorker = w.stop;
  life = new AbortController();
});
afterEach(async () => {
  life.abort();
  vi.restoreAllMocks();
  await stopWorker();
});

const pages = loadFixturePages();
const kasa = pages.find((p) => p.url === 'https://github.com/juyongjiang/KaSA')!;
const fd = pages.find((p) => p.url === 'https://github.com/sharkdp/fd')!;

interface Held {
  payload: unknown;
  release(): void;
}

/** Delays every related.forPaper reply until the test releases it (the worker has answered already). */
function holdRelated(): Held[] {
  const held: Held[] = [];
  const real = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (msg: {
    type: string;
    payload: unknown;
  }) => {
    const reply = await real(msg);
    if (msg.type === 'related.forPaper') {
      await new Promise<void>((release) => held.push({ payload: msg.payload, release }));
    }
    return reply;
  }) as never);
  return held;
}

function panelRoot(): HTMLElement {
  const hosts = [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
  expect(hosts).toHaveLength(1);
  return hosts[0]!.shadowRoot as unknown as HTMLElement;
}

const relatedTitles = (root: HTMLElement) =>
  within(within(root).getByRole('list', { name: 'Related' }))
    .queryAllByRole('listitem')
    .map((li) => within(li).getByRole('link').textContent);

describe('two-phase panel', () => {
  it('shows the paper before its related papers arrive, then fills the "Related" list in', async () => {
    const held = holdRelated();
    loadPage(kasa.file, kasa.url);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10 });

    await waitFor(() => expect(held).toHaveLength(1));
    const root = panelRoot();
    const section = within(root).getByRole('region', { name: 'This paper' });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(kasa.expect!.title);
    expect(within(section).getByRole('status').textContent).toMatch(/^In catalogue/);
    const busy = within(root).getByRole('list', { name: 'Related' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    within(root).getByText('Finding related papers…');
    const host = document.querySelector<HTMLElement>(HOST_TAG)!;
    expect(host.dataset.timeToPanel).toBeDefined();
    expect(host.dataset.timeToRelated).toBeUndefined();

    const paper = (await db.papers.filter((p) => p.title === kasa.expect!.title).first())!;
    expect(held[0]!.payload).toEqual({ paperId: paper.id });
    held[0]!.release();
    await c.idle();

    const expected = (await relatedForPaper(db, { paperId: paper.id })).map((r) => r.paper.title);
    expect(expected.length).toBeGreaterThan(0);
    expect(relatedTitles(panelRoot())).toEqual(expected);
    expect(within(panelRoot()).queryByText('Finding related papers…')).toBeNull();
    expect(Number(host.dataset.timeToRelated)).toBeGreaterThanOrEqual(Number(host.dataset.timeToPanel));
  });

  it('ignores a late related reply for the previous repo after a Turbo navigation', async () => {
    const other = (await db.papers
      .filter((p) => p.repos.length > 0 && !p.repos.includes('juyongjiang/kasa'))
      .first())!;
    const otherUrl = `https://github.com/${other.repos[0]}`;
    const held = holdRelated();
    loadPage(kasa.file, kasa.url);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10 });
    listenForNavigation(window, c, life.signal);
    await waitFor(() => expect(held).toHaveLength(1));

    // Off to another paper's repo while KaSA's related papers are still in transit.
    turboVisit(fd.file, otherUrl);
    window.dispatchEvent(new Event('turbo:load'));
    await waitFor(() => expect(held).toHaveLength(2));
    expect(held[1]!.payload).toEqual({ paperId: other.id });
    held[1]!.release();
    await waitFor(() => expect(relatedTitles(panelRoot()).length).toBeGreaterThan(0));
    held[0]!.release();
    await c.idle();

    const root = panelRoot();
    expect(within(root).getByRole('heading', { level: 2 }).textContent).toBe(other.title);
    const expected = (await relatedForPaper(db, { paperId: other.id })).map((r) => r.paper.title);
    const kasaRelated = (
      await relatedForPaper(db, { paperId: (held[0]!.payload as { paperId: string }).paperId })
    ).map((r) => r.paper.title);
    expect(expected).not.toEqual(kasaRelated);
    expect(relatedTitles(root)).toEqual(expected);
  });

  it('asks nothing more on a listing page: its panel is complete at once', async () => {
    const held = holdRelated();
    const listing = pages.find((p) => p.url === 'https://arxiv.org/list/cs.LG/new')!;
    loadPage(listing.file, listing.url);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10 });
    await c.idle();
    within(panelRoot()).getByRole('list', { name: 'On this page' });
    expect(held).toHaveLength(0);
  });
});
