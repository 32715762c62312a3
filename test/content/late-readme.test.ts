// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForNavigation, startController } from '@/entrypoints/content/controller';
import { HOST_TAG } from '@/entrypoints/content/mount';
import { detectPage } from '@/lib/sites';
import { README_SELECTOR } from '@/lib/sites/github';
import { startTestWorker } from '../support/worker';
import { loadFixturePages, loadPage, turboVisit } from './load-page';

/**
 * GitHub's React views may render the README after the load event. The content script watches for
 * it for a short while after each run and re-detects once when it appears.
 */

let stopWorker: () => Promise<void>;
let life: AbortController;

beforeEach(async () => {
  stopWorker = (await startTestWorker({ fromContentScript: true, tabId: 7, url: 'https://github.com/' }))
    .stop;
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
/** KaSA's README under a repo the catalogue does not know: only the README can find the paper. */
const COPY_URL = 'https://github.com/someone/kasa-copy';

const sleep = (ms: number) => new Promise((ok) => setTimeout(ok, ms));
const hosts = () => [...document.querySelectorAll<HTMLElement>(HOST_TAG)];

/** Loads a fixture with its README taken out; returns a function that puts it back where it was. */
function loadWithoutReadme(file: string, url: string): () => void {
  loadPage(file, url);
  const readme = document.querySelector(README_SELECTOR)!;
  expect(readme).not.toBeNull();
  const parent = readme.parentElement!;
  readme.remove();
  return () => parent.append(readme);
}

/** Counts page.resolve requests reaching the (real) worker. */
function countResolves(): () => number {
  let n = 0;
  const real = fakeBrowser.runtime.sendMessage.bind(fakeBrowser.runtime);
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(((msg: { type: string }) => {
    if (msg.type === 'page.resolve') n++;
    return real(msg);
  }) as never);
  return () => n;
}

describe('a README rendered after load', () => {
  it('gets its paper panel when the README is inserted 200 ms later, exactly once', async () => {
    const resolves = countResolves();
    let detections = 0;
    const detect: typeof detectPage = (doc, url) => (detections++, detectPage(doc, url));
    const insert = loadWithoutReadme(kasa.file, COPY_URL);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10, detect });
    await c.idle();
    expect(hosts()).toHaveLength(0);
    expect(resolves()).toBe(1);

    await sleep(200);
    insert();

    await waitFor(() => expect(hosts()).toHaveLength(1));
    await c.idle();
    const root = hosts()[0]!.shadowRoot as unknown as HTMLElement;
    const section = within(root).getByRole('region', { name: 'This paper' });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(kasa.expect!.title);
    expect(resolves()).toBe(2);
    expect(detections).toBe(2);

    // Later changes to the page (more README content, GitHub's own updates) detect nothing again.
    document.querySelector(README_SELECTOR)!.append(document.createElement('p'));
    document.body.append(document.createElement('div'));
    await sleep(20);
    await c.idle();
    expect(hosts()).toHaveLength(1);
    expect(detections).toBe(2);
  });

  it('still shows no panel on a repo without a paper (fd) whose README comes late', async () => {
    let detections = 0;
    const detect: typeof detectPage = (doc, url) => (detections++, detectPage(doc, url));
    const insert = loadWithoutReadme(fd.file, fd.url);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10, detect });
    await c.idle();
    await sleep(50);
    insert();
    await sleep(20);
    await c.idle();
    expect(hosts()).toHaveLength(0);
    expect(detections).toBe(2);

    // Once: the README is there now, GitHub's later updates do not re-detect the page.
    document.body.append(document.createElement('div'));
    await sleep(20);
    await c.idle();
    expect(detections).toBe(2);
  });

  it('stops watching once the window is over', async () => {
    const resolves = countResolves();
    const insert = loadWithoutReadme(kasa.file, COPY_URL);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10, lateMs: 50 });
    await c.idle();
    await sleep(100);
    insert();
    await sleep(20);
    await c.idle();
    expect(hosts()).toHaveLength(0);
    expect(resolves()).toBe(1);
  });

  it('disconnects the observer when the user navigates away', async () => {
    loadPage(kasa.file, kasa.url);
    const kasaReadme = document.querySelector(README_SELECTOR)!.cloneNode(true) as Element;
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    loadWithoutReadme(kasa.file, COPY_URL);
    const c = startController({ doc: document, signal: life.signal, settleMs: 10 });
    listenForNavigation(window, c, life.signal);
    await c.idle();
    expect(disconnect).not.toHaveBeenCalled();

    // The URL changes before the page does (pushState): the old page's watch ends at once.
    history.pushState({}, '', fd.url);
    c.onLocationChanged();
    expect(disconnect).toHaveBeenCalledTimes(1);

    // Turbo renders fd, README already there: nothing to watch for on the new page.
    turboVisit(fd.file, fd.url);
    window.dispatchEvent(new Event('turbo:load'));
    await c.idle();
    expect(disconnect).toHaveBeenCalledTimes(1);
    expect(hosts()).toHaveLength(0);

    // A README that would match, swapped in now, wakes no observer: fd keeps having no panel.
    const resolves = countResolves();
    document.querySelector(README_SELECTOR)!.replaceWith(kasaReadme);
    await sleep(20);
    await c.idle();
    expect(resolves()).toBe(0);
    expect(hosts()).toHaveLength(0);
  });
});
