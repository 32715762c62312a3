// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import type { RelatedPapersDB } from '@/lib/db';
import { getSettings, updateSettings } from '@/lib/settings';
import { listenForNavigation, startController, type Controller } from '@/entrypoints/content/controller';
import { HOST_TAG } from '@/entrypoints/content/mount';
import { MARKER_TAG } from '@/entrypoints/content/markers';
import { startTestWorker } from '../support/worker';
import { loadFixturePages, loadPage, turboVisit, type FixturePage } from './load-page';

let db: RelatedPapersDB;
let stopWorker: () => Promise<void>;
let life: AbortController;

beforeEach(async () => {
  ({ db, stopWorker } = await startTestWorker({
    fromContentScript: true,
    tabId: 7,
    url: 'https://arxiv.org/',
  }).then((w) => ({ db: w.db, stopWorker: w.stop })));
  life = new AbortController();
});
afterEach(async () => {
  life.abort();
  await stopWorker();
});

const pages = loadFixturePages();
function page(url: string): FixturePage {
  const p = pages.find((x) => x.url === url);
  if (!p) throw new Error(`fixture ${url} missing from the manifest`);
  return p;
}

async function open(p: FixturePage): Promise<Controller> {
  loadPage(p.file, p.url);
  const controller = startController({ doc: document, signal: life.signal, settleMs: 10 });
  listenForNavigation(window, controller, life.signal);
  await controller.idle();
  return controller;
}

function hosts(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(HOST_TAG)];
}

/** The panel's shadow root as a container for Testing Library queries. */
function panel(): HTMLElement {
  const all = hosts();
  expect(all).toHaveLength(1);
  const root = all[0]!.shadowRoot;
  expect(root, 'the panel lives in an open shadow root').not.toBeNull();
  return root as unknown as HTMLElement;
}

describe('content script on the fixture pages', () => {
  for (const p of pages) {
    it(`${p.expect?.panel ? 'shows' : 'does not show'} the panel on ${p.url}`, async () => {
      await open(p);
      if (!p.expect?.panel) {
        expect(hosts()).toHaveLength(0);
        return;
      }
      const aside = within(panel()).getByRole('complementary', { name: 'Related papers' });
      expect(Number(hosts()[0]!.dataset.timeToPanel)).toBeGreaterThanOrEqual(0);
      if (p.expect.onPage) {
        const list = within(aside).getByRole('list', { name: 'On this page' });
        const titles = within(list)
          .getAllByRole('link')
          .map((a) => a.textContent);
        expect(new Set(titles)).toEqual(new Set(p.expect.onPage));
        return;
      }
      const section = within(aside).getByRole('region', { name: 'This paper' });
      const status = within(section).getByRole('status').textContent ?? '';
      const h2 = within(section).getByRole('heading', { level: 2 }).textContent;
      if (p.expect.inCatalogue) {
        expect(status).toMatch(/^In catalogue/);
        expect(h2).toBe(p.expect.title);
      } else {
        expect(status).toMatch(/^Not in catalogue/);
        expect(h2).toBe((p.expect as { pageTitle?: string }).pageTitle);
      }
      within(aside).getByRole('list', { name: 'Related' });
    });
  }
});

describe('settings', () => {
  it('shows no panel on a site the user turned off, other sites unaffected', async () => {
    await updateSettings(db, { panelSites: { arxiv: false, github: true, huggingface: true } });
    await open(page('https://arxiv.org/abs/2301.02828'));
    expect(hosts()).toHaveLength(0);
    life.abort();
    life = new AbortController();
    await open(page('https://huggingface.co/papers/2309.06922'));
    expect(hosts()).toHaveLength(1);
  });

  it('renders collapsed when remembered, and remembers reopening', async () => {
    await updateSettings(db, { panelCollapsed: true });
    await open(page('https://arxiv.org/abs/2301.02828'));
    const root = within(panel());
    expect(root.queryByRole('region', { name: 'This paper' })).toBeNull();
    fireEvent.click(root.getByRole('button', { name: 'Show related papers' }));
    root.getByRole('region', { name: 'This paper' });
    await waitFor(async () => expect((await getSettings(db)).panelCollapsed).toBe(false));
    fireEvent.click(root.getByRole('button', { name: 'Hide related papers' }));
    await waitFor(async () => expect((await getSettings(db)).panelCollapsed).toBe(true));
  });
});

describe('multi-paper pages', () => {
  it('puts a text marker beside each catalogue entry and keeps it in step with saves', async () => {
    const p = page('https://arxiv.org/list/cs.LG/new');
    await open(p);
    const markers = [...document.querySelectorAll<HTMLElement>(MARKER_TAG)];
    expect(markers).toHaveLength(p.expect!.onPage!.length);
    const text = (m: HTMLElement) => m.shadowRoot?.textContent?.replace(/^[^]*?(In catalogue)/, '$1') ?? '';
    for (const m of markers) {
      expect(text(m)).toBe('In catalogue');
      // Beside the entry: inside the listing's title element, not in some unrelated place.
      expect(m.parentElement?.textContent).toContain(
        p.expect!.onPage!.find((t) => m.parentElement?.textContent?.includes(t)) ?? '<no title>',
      );
    }
    const list = within(panel()).getByRole('list', { name: 'On this page' });
    const first = within(list).getAllByRole('listitem')[0]!;
    const title = within(first).getByRole('link').textContent!;
    fireEvent.click(within(first).getByRole('button', { name: 'Save to reading list' }));
    const marker = markers.find((m) => m.parentElement?.textContent?.includes(title))!;
    await waitFor(() => expect(text(marker)).toBe('In catalogue · saved'));
    expect((await db.reading.toArray()).map((r) => r.title)).toEqual([title]);

    life.abort();
    expect(document.querySelectorAll(MARKER_TAG)).toHaveLength(0);
    expect(hosts()).toHaveLength(0);
  });
});

describe('GitHub soft navigation', () => {
  const kasa = page('https://github.com/juyongjiang/KaSA');
  const fd = page('https://github.com/sharkdp/fd');

  it('re-detects on turbo:load: a repo without a paper drops the panel, going back brings it again', async () => {
    const c = await open(kasa);
    expect(hosts()).toHaveLength(1);

    turboVisit(fd.file, fd.url);
    c.onLocationChanged();
    window.dispatchEvent(new Event('turbo:load'));
    await c.idle();
    expect(hosts()).toHaveLength(0);

    turboVisit(kasa.file, kasa.url);
    c.onLocationChanged();
    window.dispatchEvent(new Event('turbo:load'));
    await c.idle();
    const h2 = within(panel()).getByRole('heading', { level: 2 }).textContent;
    expect(h2).toBe(kasa.expect!.title);
  });

  it('ignores a late reply for the previous repo', async () => {
    loadPage(kasa.file, kasa.url);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10 });
    listenForNavigation(window, c, life.signal);
    // The KaSA resolve is in flight; the user moves on before it answers.
    turboVisit(fd.file, fd.url);
    window.dispatchEvent(new Event('turbo:load'));
    await c.idle();
    expect(hosts()).toHaveLength(0);
  });

  it('keeps the panel when only the #fragment changes', async () => {
    const c = await open(kasa);
    const before = hosts()[0];
    history.pushState({}, '', `${kasa.url}#readme`);
    c.onLocationChanged();
    window.dispatchEvent(new Event('popstate'));
    await c.idle();
    expect(hosts()).toEqual([before]);
  });
});

describe('lifetime', () => {
  it('removes the panel when the content script is invalidated', async () => {
    await open(page('https://huggingface.co/papers/2309.06922'));
    expect(hosts()).toHaveLength(1);
    life.abort();
    expect(hosts()).toHaveLength(0);
  });
});
