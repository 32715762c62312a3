import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromium,
  openExtensionPage,
  sendFromPage,
  type ChromiumSession,
} from '../e2e/support/chromium';
import { startSiteServer, type SiteServer } from '../e2e/support/server';
import { absPage } from '../e2e/support/synthetic-pages';
import { hostileDigest, PAYLOAD_TITLES } from './hostile';

/**
 * Digest text is untrusted. After importing a digest whose titles and abstracts carry markup and
 * script payloads, the popup and the page panel must show them as text: no element made from a
 * payload (each carries data-pwn), no script run (window.pwned), no dialog.
 */

let server: SiteServer;
let chrome: ChromiumSession;
let popup: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startSiteServer();
  chrome = await launchChromium({ port: server.port, extensionPath: inject('chromeExt') });
  chrome.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
  popup = await openExtensionPage(chrome);
  const r = await sendFromPage<{ added: number }>(popup, 'digest.import', {
    files: [{ name: 'hostile.txt', text: hostileDigest() }],
  });
  expect(r).toMatchObject({ ok: true, data: { added: PAYLOAD_TITLES.length + 1 } });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** Elements made from a payload anywhere in the document or its (open) shadow roots, and script side effects. */
function damage(page: Page, linksIn: 'document' | 'shadow roots' = 'document') {
  return page.evaluate((where) => {
    const shadows: ShadowRoot[] = [];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) shadows.push(el.shadowRoot);
    const all: Array<Document | ShadowRoot> = [document, ...shadows];
    const q = (sel: string, roots = all) => roots.flatMap((r) => [...r.querySelectorAll(sel)]);
    return {
      payloadElements: q('[data-pwn], [onerror], [onload], iframe[srcdoc]').map((e) =>
        e.outerHTML.slice(0, 80),
      ),
      // Links we render; a host page (arXiv) has javascript: links of its own.
      badLinks: q('a[href]', where === 'document' ? all : shadows)
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h) => !/^(https?:\/\/|\/|#|\?)/.test(h) && h !== ''),
      pwned: (window as { pwned?: unknown }).pwned ?? null,
    };
  }, linksIn);
}

const CLEAN = { payloadElements: [], badLinks: [], pwned: null };

test('popup search shows hostile titles and abstracts as text', async () => {
  await popup.reload();
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('searchbox', { name: 'Search papers' }).fill('hostile');
  const results = popup.getByRole('list', { name: 'Search results' });
  await expect
    .poll(() => results.getByRole('listitem').count(), { timeout: 10_000 })
    .toBeGreaterThanOrEqual(5);
  const text = await results.textContent();
  // The markup is there as characters, not as elements.
  expect(text).toContain('<img src=x onerror=');
  expect(text).toContain('<script data-pwn=1>');
  expect(await damage(popup)).toEqual(CLEAN);
  expect(dialogs).toEqual([]);
});

test('the reading list shows a saved hostile paper as text', async () => {
  const hits = await sendFromPage<{ hits: Array<{ paper: { id: string; title: string } }> }>(
    popup,
    'search.query',
    {
      q: 'hostile',
      limit: 20,
    },
  );
  expect(hits.ok).toBe(true);
  for (const h of hits.ok ? hits.data.hits : [])
    await sendFromPage(popup, 'reading.save', { paperId: h.paper.id });
  await popup.reload();
  await popup.getByRole('tab', { name: 'Reading list' }).click();
  const list = popup.getByRole('list', { name: 'Reading list' });
  await expect.poll(() => list.getByRole('listitem').count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(5);
  expect(await list.textContent()).toContain('<svg data-pwn=1 onload=');
  expect(await damage(popup)).toEqual(CLEAN);
  expect(dialogs).toEqual([]);
});

test('the page panel shows a hostile catalogue paper and its hostile neighbours as text', async () => {
  const title = PAYLOAD_TITLES[0]!;
  const url = 'https://arxiv.org/abs/2402.99999';
  server.route(url, absPage(title, '2402.99999'));
  const page = await chrome.context.newPage();
  await page.goto(url);
  const panel = page.getByRole('complementary', { name: 'Related papers' });
  const h2 = panel.getByRole('region', { name: 'This paper' }).getByRole('heading', { level: 2 });
  await expect.poll(() => h2.textContent(), { timeout: 20_000 }).toBe(title);
  await expect
    .poll(() => panel.getByRole('list', { name: 'Related' }).getByRole('listitem').count())
    .toBeGreaterThan(0);
  // Give any injected handler (onerror, onload) time to fire.
  await page.waitForTimeout(500);
  expect(await damage(page, 'shadow roots')).toEqual(CLEAN);
  expect(dialogs).toEqual([]);
  await page.close();
});

test("the extension's content-script world gets only the content-script API from the real worker", async () => {
  const page = await chrome.context.newPage();
  const cdp = await chrome.context.newCDPSession(page);
  const worlds: Array<{ id: number; name: string; origin: string }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => {
    const ctx = e.context as { id: number; name: string; origin: string; auxData?: { type?: string } };
    if (ctx.auxData?.type === 'isolated') worlds.push(ctx);
  });
  await cdp.send('Runtime.enable');
  await page.goto('https://arxiv.org/abs/2301.02828');
  await expect
    .poll(() => worlds.some((w) => w.origin.startsWith(chrome.origin.slice(0, -1))), { timeout: 15_000 })
    .toBe(true);
  const world = worlds.filter((w) => w.origin.startsWith(chrome.origin.slice(0, -1))).at(-1)!;
  const inContentScript = async (type: string) => {
    const r = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `chrome.runtime.sendMessage(${JSON.stringify({ type, payload: {} })})`,
      awaitPromise: true,
      returnByValue: true,
    });
    return r.result.value as { ok: boolean; error?: string };
  };
  for (const type of ['backup.export', 'catalogue.stats', 'reading.list', 'storage.info', 'digest.import']) {
    expect(await inContentScript(type)).toEqual({
      ok: false,
      error: `"${type}" is not available to web pages`,
    });
  }
  expect(await inContentScript('settings.get')).toMatchObject({ ok: true });

  // The page's own scripts can't reach the extension at all.
  expect(
    await page.evaluate(
      () =>
        typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime
          ?.sendMessage,
    ),
  ).toBe('undefined');
  await cdp.detach();
  await page.close();
});
