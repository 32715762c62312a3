import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromium,
  openExtensionPage,
  sendFromPage,
  type ChromiumSession,
} from '../e2e/support/chromium';
import { startSiteServer, type SiteServer } from '../e2e/support/server';
import { syntheticAbsPages } from '../e2e/support/synthetic-pages';

let server: SiteServer;
let chrome: ChromiumSession;
const workerErrors: string[] = [];

beforeAll(async () => {
  server = await startSiteServer();
  chrome = await launchChromium({ port: server.port, extensionPath: inject('chromeExt') });
  chrome.serviceWorker.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') workerErrors.push(`${m.type()}: ${m.text()}`);
  });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

function thisPaper(page: Page) {
  return page
    .getByRole('complementary', { name: 'Related papers' })
    .getByRole('region', { name: 'This paper' });
}

test('20 arXiv tabs opened at once all get their own panel, and the worker takes the burst without errors', async () => {
  const pages = syntheticAbsPages(20);
  for (const p of pages) server.route(p.url, p.html);
  const pageErrors: string[] = [];

  // Open all tabs first, then navigate them together: 20 content scripts hit the worker at once.
  const tabs = await Promise.all(pages.map(() => chrome.context.newPage()));
  for (const [i, tab] of tabs.entries()) {
    tab.on('pageerror', (e) => pageErrors.push(`${pages[i]!.url}: ${e.message}`));
    tab.on('console', (m) => {
      if (m.type() === 'error' && /related|panel/i.test(m.text()))
        pageErrors.push(`${pages[i]!.url}: ${m.text()}`);
    });
  }
  await Promise.all(tabs.map((tab, i) => tab.goto(pages[i]!.url)));

  const shown = await Promise.all(
    tabs.map(async (tab, i) => {
      const h2 = thisPaper(tab).getByRole('heading', { level: 2 });
      await expect.poll(() => h2.count(), { timeout: 30_000 }).toBe(1);
      return {
        want: pages[i]!.title,
        title: await h2.textContent(),
        status: await thisPaper(tab).getByRole('status').textContent(),
      };
    }),
  );
  for (const s of shown) {
    expect(s.title).toBe(s.want);
    expect(s.status).toMatch(/^In catalogue/);
  }
  // Each tab shows its own paper: no crossed replies under load.
  expect(new Set(shown.map((s) => s.title)).size).toBe(20);
  expect(pageErrors).toEqual([]);
  expect(workerErrors).toEqual([]);

  // The worker is still healthy and consistent after the burst.
  const popup = await openExtensionPage(chrome);
  expect(await sendFromPage(popup, 'catalogue.stats')).toMatchObject({ ok: true, data: { papers: 157 } });
  await Promise.all([...tabs, popup].map((t) => t.close()));
});
