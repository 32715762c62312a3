// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createListener, type SenderInfo } from '@/lib/messaging/server';
import { CONTENT_SCRIPT_MESSAGES } from '@/lib/messages';
import { handlers } from '@/entrypoints/background/handlers';
import { startController } from '@/entrypoints/content/controller';
import { HOST_TAG } from '@/entrypoints/content/mount';
import { REPLIES } from '@/entrypoints/content/replies';
import { sendToWorker } from '@/entrypoints/content/send';
import { startTestWorker } from '../support/worker';
import { loadFixturePages, loadPage } from './load-page';

/**
 * A worker that answers some message types with garbage (straight through fakeBrowser, past the
 * real worker's own reply validation) and the rest with the real handlers. The content script must
 * show the panel's error states, or no panel, and never throw into the page.
 */

const sender: SenderInfo = { fromContentScript: true, tabId: 7, url: 'https://github.com/' };
let stopWorker: () => Promise<void>;
let life: AbortController;
let warn: { mock: { calls: unknown[][] } };

beforeEach(async () => {
  stopWorker = (await startTestWorker(sender)).stop;
  life = new AbortController();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(async () => {
  life.abort();
  vi.restoreAllMocks();
  await stopWorker();
});

function replyGarbage(garbage: Record<string, unknown>): string[] {
  const asked: string[] = [];
  const real = createListener(handlers, () => sender);
  fakeBrowser.runtime.onMessage.removeAllListeners();
  fakeBrowser.runtime.onMessage.addListener(((
    msg: { type: string },
    from: object,
    sendResponse: (r: unknown) => void,
  ) => {
    asked.push(msg.type);
    if (Object.hasOwn(garbage, msg.type)) {
      sendResponse(garbage[msg.type]);
      return true;
    }
    return real(msg, from, sendResponse);
  }) as never);
  return asked;
}

const kasa = loadFixturePages().find((p) => p.url === 'https://github.com/juyongjiang/KaSA')!;

async function openKasa() {
  loadPage(kasa.file, kasa.url);
  const c = startController({ doc: document, signal: life.signal, settleMs: 10 });
  await c.idle();
  return c;
}

function panelRoots(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(HOST_TAG)].map(
    (h) => h.shadowRoot as unknown as HTMLElement,
  );
}

const warnings = (): string[] => warn.mock.calls.map((args) => args.join(' '));

describe('malformed worker replies', () => {
  it('related.forPaper: the panel keeps the paper and says related papers could not be looked up', async () => {
    const asked = replyGarbage({
      'related.forPaper': { ok: true, data: [{ paper: { id: 1, title: null }, score: 'high' }] },
    });
    await openKasa();

    expect(asked).toContain('related.forPaper');
    const [root] = panelRoots();
    expect(root).toBeDefined();
    const section = within(root!).getByRole('region', { name: 'This paper' });
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe(kasa.expect!.title);
    expect(within(root!).getByText('Could not look up related papers.')).toBeTruthy();
    expect(within(root!).queryByRole('list', { name: 'Related' })?.children.length ?? 0).toBe(0);
    expect(warnings().some((w) => /related\.forPaper: .*malformed reply/.test(w))).toBe(true);
  });

  it('page.resolve: no panel, no exception, a console warning', async () => {
    replyGarbage({
      'page.resolve': { ok: true, data: { url: kasa.url, kind: 'single', primary: { candidate: 'x' } } },
    });
    await expect(openKasa()).resolves.toBeDefined();
    expect(panelRoots()).toHaveLength(0);
    expect(warnings().some((w) => /page\.resolve: .*malformed reply/.test(w))).toBe(true);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'garbage'],
    ['an envelope without ok: true/false', { ok: 'yes', data: {} }],
  ])('settings.get answered with %s: no panel, a console warning', async (_, garbage) => {
    replyGarbage({ 'settings.get': garbage });
    await openKasa();
    expect(panelRoots()).toHaveLength(0);
    expect(warnings().some((w) => /settings\.get: .*malformed reply/.test(w))).toBe(true);
  });

  it('settings.get with a setting of the wrong type is refused, not half-used', async () => {
    replyGarbage({
      'settings.get': {
        ok: true,
        data: { relatedCount: 5, recencyBoost: 0, upvoteBoost: 0, panelSites: 'all', panelCollapsed: false },
      },
    });
    await openKasa();
    expect(panelRoots()).toHaveLength(0);
    expect(warnings().some((w) => /settings\.get: .*malformed reply/.test(w))).toBe(true);
  });

  it('reading.save: the save toggle shows its error and stays unsaved', async () => {
    replyGarbage({ 'reading.save': { ok: true, data: { id: 42, title: ['not', 'a', 'title'] } } });
    await openKasa();
    const [root] = panelRoots();
    const section = within(root!).getByRole('region', { name: 'This paper' });
    const toggle = within(section).getByRole('button', { name: 'Save to reading list' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(toggle);

    const alert = await waitFor(() => within(section).getByRole('alert'));
    expect(alert.textContent).toMatch(/^Could not save: reading\.save: .*malformed reply/);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
  });

  it('settings.set: collapsing still works, the failure to remember it is only logged', async () => {
    replyGarbage({ 'settings.set': { ok: true, data: null } });
    await openKasa();
    const [root] = panelRoots();
    fireEvent.click(within(root!).getByRole('button', { name: 'Hide related papers' }));
    await waitFor(() => within(root!).getByRole('button', { name: 'Show related papers' }));
    await waitFor(() =>
      expect(warnings().some((w) => /could not remember.*settings\.set: .*malformed reply/.test(w))).toBe(
        true,
      ),
    );
  });
});

describe('the content script sender', () => {
  it('checks a reply for every message a content script may send, and only those', () => {
    expect(new Set(Object.keys(REPLIES))).toEqual(CONTENT_SCRIPT_MESSAGES);
  });

  it('refuses other messages without asking the worker', async () => {
    const asked = replyGarbage({});
    await expect(sendToWorker('reading.list', {})).rejects.toThrow(/not available to content scripts/);
    expect(asked).toEqual([]);
  });

  it('passes the real worker replies through unchanged', async () => {
    const settings = await sendToWorker('settings.get', {});
    expect(settings.panelSites).toEqual({ arxiv: true, github: true, huggingface: true });
    const removed = await sendToWorker('reading.remove', { id: 'not-saved' });
    expect(removed).toBeNull();
  });
});
