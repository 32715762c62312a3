import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchChromium,
  openExtensionPage,
  sendFromPage,
  stopServiceWorker,
  type ChromiumSession,
} from '../e2e/support/chromium';
import { startSiteServer, type SiteServer } from '../e2e/support/server';

/**
 * Chrome stops an idle MV3 worker after ~30 s and starts a fresh one on the next event; all its
 * globals (indexes, caches) are gone. These tests stop it mid-session and check the very next
 * requests still answer the same, and that nothing saved is lost.
 */

let server: SiteServer;
let chrome: ChromiumSession;
let popup: Page;

beforeAll(async () => {
  server = await startSiteServer();
  chrome = await launchChromium({ port: server.port, extensionPath: inject('chromeExt') });
  popup = await openExtensionPage(chrome);
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

type Ok<T> = { ok: true; data: T };
async function ask<T>(type: string, payload: unknown = {}): Promise<T> {
  const r = await sendFromPage<T>(popup, type, payload);
  if (!r.ok) throw new Error(`${type}: ${r.error}`);
  return (r as Ok<T>).data;
}

interface Hit {
  paper: { id: string; title: string };
}

/** Marks the running worker's global scope; a fresh worker doesn't have the mark. */
async function markWorker(): Promise<void> {
  await chrome.serviceWorker.evaluate(() => {
    (globalThis as { __e2eMark?: number }).__e2eMark = 1;
  });
}
async function workerIsFresh(): Promise<boolean> {
  return chrome.serviceWorker.evaluate(() => (globalThis as { __e2eMark?: number }).__e2eMark === undefined);
}

test('search, related and saving answer the same right after the worker is stopped', async () => {
  const q = { q: 'nearest neighbor language models', limit: 10 };
  const searchBefore = await ask<{ hits: Hit[]; total: number }>('search.query', q);
  expect(searchBefore.hits.length).toBeGreaterThan(0);
  const paperId = searchBefore.hits[0]!.paper.id;
  const relatedBefore = await ask<Hit[]>('related.forPaper', { paperId, limit: 5 });
  expect(relatedBefore.length).toBeGreaterThan(0);
  const saved = await ask<{ id: string }>('reading.save', { paperId });

  await markWorker();
  await stopServiceWorker(chrome);

  // The first request wakes a fresh worker, which must answer exactly as the old one did.
  const searchAfter = await ask<{ hits: Hit[]; total: number }>('search.query', q);
  expect(await workerIsFresh()).toBe(true);
  expect(searchAfter.hits.map((h) => h.paper.id)).toEqual(searchBefore.hits.map((h) => h.paper.id));
  expect(searchAfter.total).toBe(searchBefore.total);
  const relatedAfter = await ask<Hit[]>('related.forPaper', { paperId, limit: 5 });
  expect(relatedAfter.map((r) => r.paper.id)).toEqual(relatedBefore.map((r) => r.paper.id));

  // Saving right after a restart works, and the save from before is still there.
  const second = relatedAfter[0]!.paper.id;
  await ask('reading.save', { paperId: second });
  const list = await ask<Array<{ id: string }>>('reading.list');
  expect(list.map((i) => i.id).sort()).toEqual([saved.id, second].sort());
});

test('a save made just before the worker stops is not lost', async () => {
  const before = await ask<Array<{ id: string }>>('reading.list');
  const hits = await ask<{ hits: Hit[] }>('search.query', { q: 'diffusion', limit: 5 });
  const target = hits.hits.find((h) => !before.some((b) => b.id === h.paper.id))!;
  await ask('reading.update', { id: before[0]!.id, status: 'read', note: 'written before the stop' });
  await ask('reading.save', { paperId: target.paper.id });
  await stopServiceWorker(chrome);
  const after = await ask<Array<{ id: string; status: string; note: string }>>('reading.list');
  expect(after.map((i) => i.id).sort()).toEqual([...before.map((b) => b.id), target.paper.id].sort());
  expect(after.find((i) => i.id === before[0]!.id)).toMatchObject({
    status: 'read',
    note: 'written before the stop',
  });
});

test('a page opened after the worker stopped wakes it and gets its panel, showing the saved state', async () => {
  await stopServiceWorker(chrome);
  const page = await chrome.context.newPage();
  await page.goto('https://arxiv.org/abs/2301.02828');
  const section = page
    .getByRole('complementary', { name: 'Related papers' })
    .getByRole('region', { name: 'This paper' });
  const toggle = section.getByRole('button', { name: 'Save to reading list' });
  await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 20_000 }).not.toBeNull();
  expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe(
    'Why do Nearest Neighbor Language Models Work?',
  );
  const list = await ask<Array<{ title: string }>>('reading.list');
  const saved = list.some((i) => i.title === 'Why do Nearest Neighbor Language Models Work?');
  expect(await toggle.getAttribute('aria-pressed')).toBe(String(saved));

  // Toggle while the worker is stopped again: the click's message must start it and land.
  await stopServiceWorker(chrome);
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe(String(!saved));
  const after = await ask<Array<{ title: string }>>('reading.list');
  expect(after.some((i) => i.title === 'Why do Nearest Neighbor Language Models Work?')).toBe(!saved);
  await page.close();
});

test('requests in flight while the worker stops are answered or fail cleanly, and the data stays consistent', async () => {
  const queries = [
    'transformer',
    'retrieval',
    'graph',
    'language',
    'vision',
    'reinforcement',
    'diffusion',
    'speech',
  ];
  const inflight = queries.map((q) =>
    sendFromPage<{ hits: Hit[] }>(popup, 'search.query', { q, limit: 3 }).catch((e: Error) => e),
  );
  await stopServiceWorker(chrome);
  const replies = await Promise.all(inflight);
  for (const r of replies) {
    // A reply is either a real answer or an error the popup can show; never a hang or malformed data.
    if (r instanceof Error)
      expect(r.message).toMatch(/receiving end|message port closed|context invalidated/i);
    else if (r.ok) expect(Array.isArray(r.data.hits)).toBe(true);
    else expect(typeof r.error).toBe('string');
  }
  const stats = await ask<{ papers: number }>('catalogue.stats');
  expect(stats.papers).toBe(157);
});
