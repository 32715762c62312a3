import type { Page } from 'playwright-core';
import {
  launchChromium,
  openExtensionPage,
  sendFromPage,
  stopServiceWorker,
  type ChromiumSession,
} from '../../test/e2e/support/chromium';
import { startSiteServer, type FixturePage } from '../../test/e2e/support/server';
import { BUDGETS } from '../budgets';
import type { Row } from '../harness/results';
import { median, summarise } from '../harness/stats';
import { generateCatalogue } from '../synth/generate';
import type { Vocab } from '../synth/vocab';
import { searchQueries } from './search';
import { workerHeapMb } from './worker-heap';

const HOST = 'related-papers-panel';
/** Files per digest.import message: ~20 MB of text, well under Chrome's 64 MiB message limit. */
const BATCH = 300;

/**
 * What only a browser shows, on the built extension in real Chromium: time to panel on the fixture
 * pages (seed catalogue, then `size` papers imported through the worker into real IndexedDB, then
 * after the worker was stopped), import throughput and heap of the real service worker, and the
 * popup's search round trip.
 */
export async function benchBrowser(
  extensionPath: string,
  vocab: Vocab,
  size: number,
  add: (row: Row, budget?: number) => void,
): Promise<void> {
  const server = await startSiteServer();
  let chrome: ChromiumSession | null = null;
  try {
    chrome = await launchChromium({ port: server.port, extensionPath });
    const session = chrome;
    const pages = server.pages.filter((p) => p.expect?.panel);
    if (!pages.length) throw new Error('no fixture page expects a panel');
    const popup = await openExtensionPage(session);
    const seedPapers = await waitForCatalogue(popup);
    // Rows go out as soon as they are measured: a later stage that fails keeps the earlier figures.
    const panel = (label: string, papers: number, ms: number[], note?: string) => {
      const s = summarise(ms);
      const metric = `time to panel, ${label}`;
      add(
        { section: 'Chromium', metric: `${metric} (median)`, size: papers, value: s.p50, unit: 'ms', note },
        BUDGETS.timeToPanelMs,
      );
      add(
        { section: 'Chromium', metric: `${metric} (max of ${s.n})`, size: papers, value: s.max, unit: 'ms' },
        BUDGETS.timeToPanelMs,
      );
    };

    await panelTimes(session, pages.slice(0, 1), 1, 120_000); // first visit builds the seed indexes: not timed
    const seed = await panelTimes(session, pages, 3);
    panel(
      'seed catalogue, warm worker',
      seedPapers,
      seed.ms,
      `worker share (resolve) median ${median(seed.resolve).toFixed(0)} ms`,
    );
    const seedHeap = await workerHeapMb(session);

    const digests = generateCatalogue(vocab, { papers: size, seed: 20_240_101 + size });
    const files = digests.map((d) => ({ name: d.name, text: d.text }));
    let t = performance.now();
    for (let i = 0; i < files.length; i += BATCH) {
      const reply = await sendFromPage(popup, 'digest.import', { files: files.slice(i, i + BATCH) });
      if (!reply.ok) throw new Error(`digest.import batch ${i / BATCH} failed: ${reply.error}`);
    }
    const importMs = performance.now() - t;
    const k = `${size / 1000}k`;
    const total = size + seedPapers;
    add({
      section: 'Chromium',
      metric: `import ${k} into real IndexedDB through the worker (${Math.ceil(files.length / BATCH)} messages)`,
      size,
      value: size / (importMs / 1000),
      unit: 'papers/s',
      note: `${(importMs / 1000).toFixed(1)} s`,
    });

    // After an import the worker builds and persists its indexes in the background. Wait until
    // search and related answer (they wait for those builds) so warm visits don't time the builds.
    t = performance.now();
    const ready = await Promise.all([
      sendFromPage(popup, 'search.query', { q: 'learning' }),
      sendFromPage(popup, 'related.forPaper', { title: 'Low-rank adaptation of large language models' }),
    ]);
    if (ready.some((r) => !r.ok)) throw new Error('search/related did not answer after the import');
    const buildMs = performance.now() - t;
    t = performance.now();
    await panelTimes(session, pages.slice(0, 1), 1, 600_000);
    const firstMs = performance.now() - t;
    const big = await panelTimes(session, pages, 3);
    panel(
      'warm worker',
      total,
      big.ms,
      `worker share median ${median(big.resolve).toFixed(0)} ms; indexes rebuilt ${(buildMs / 1000).toFixed(1)} s after the import; first visit after it ${(firstMs / 1000).toFixed(1)} s`,
    );
    const bigHeap = await workerHeapMb(session);
    if (seedHeap !== null && bigHeap !== null) {
      add({
        section: 'Chromium',
        metric: 'service worker JS heap used (CDP Runtime.getHeapUsage after GC)',
        size: total,
        value: bigHeap,
        unit: 'MB',
        note: `${seedHeap.toFixed(1)} MB with the seed catalogue`,
      });
    }

    const cold: number[] = [];
    for (const p of pages.slice(0, 3)) {
      await stopServiceWorker(session);
      cold.push(...(await panelTimes(session, [p], 1, 300_000)).ms);
    }
    panel('worker stopped before each visit', total, cold, 'worker start + index restore from IndexedDB');

    const queries = searchQueries(
      digests.flatMap((d) => d.papers),
      40,
    );
    await popupSearch(popup, queries.slice(0, 3)); // the first query restores the search index
    const search = summarise(await popupSearch(popup, queries));
    add({
      section: 'Chromium',
      metric: 'popup search round trip p95 (message + worker search)',
      size: total,
      value: search.p95,
      unit: 'ms',
      note: `p50 ${search.p50.toFixed(1)} ms, n = ${search.n}`,
    });
  } finally {
    await chrome?.close();
    await server.close();
  }
}

async function waitForCatalogue(popup: Page): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const r = await sendFromPage<{ papers: number }>(popup, 'catalogue.stats');
    if (r.ok && r.data.papers > 0) return r.data.papers;
    await popup.waitForTimeout(100);
  }
  throw new Error('the seed catalogue never appeared');
}

/** Visits each page `rounds` times in a fresh tab; reads what the content script recorded on its host. */
async function panelTimes(
  session: ChromiumSession,
  pages: FixturePage[],
  rounds: number,
  timeout = 60_000,
): Promise<{ ms: number[]; resolve: number[] }> {
  const ms: number[] = [];
  const resolve: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of pages) {
      const tab = await session.context.newPage();
      try {
        await tab.goto(p.url);
        const host = tab.locator(`${HOST}[data-time-to-panel]`);
        await host.waitFor({ state: 'attached', timeout });
        ms.push(Number(await host.getAttribute('data-time-to-panel')));
        const share = await host.getAttribute('data-resolve-ms');
        if (share !== null) resolve.push(Number(share));
      } finally {
        await tab.close();
      }
    }
  }
  return { ms, resolve };
}

async function popupSearch(popup: Page, queries: string[]): Promise<number[]> {
  const out: number[] = [];
  for (const q of queries) {
    const t = performance.now();
    const r = await sendFromPage(popup, 'search.query', { q });
    out.push(performance.now() - t);
    if (!r.ok) throw new Error(`search.query "${q}" failed: ${r.error}`);
  }
  return out;
}
