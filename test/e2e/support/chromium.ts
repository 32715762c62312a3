import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_EXT, SITE_HOSTS } from './paths';

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** `chrome-extension://ID/popup.html` */
  popupUrl: string;
  /** `chrome-extension://ID/` */
  origin: string;
  close(): Promise<void>;
}

export interface LaunchChromiumOptions {
  /** Port of the local site server (startSiteServer().port); the site hosts resolve to it. */
  port: number;
  /** Reuse a profile (e.g. to show data survives a restart); a fresh temp dir otherwise, removed on close. */
  userDataDir?: string;
  extensionPath?: string;
}

/**
 * Chromium with the built extension loaded. arxiv.org, github.com and huggingface.co on port 443
 * resolve to the local HTTPS server; every other name fails to resolve, so nothing leaves the machine.
 */
export async function launchChromium(opts: LaunchChromiumOptions): Promise<ChromiumSession> {
  const ext = opts.extensionPath ?? CHROME_EXT;
  const ownDir = opts.userDataDir ? null : mkdtempSync(join(tmpdir(), 'rp-chromium-'));
  const rules = [
    ...SITE_HOSTS.map((h) => `MAP ${h}:443 127.0.0.1:${opts.port}`),
    'MAP * ~NOTFOUND',
    'EXCLUDE 127.0.0.1',
  ].join(', ');
  const context = await chromium.launchPersistentContext(opts.userDataDir ?? ownDir!, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=${rules}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const serviceWorker = await extensionWorker(context);
    const extensionId = new URL(serviceWorker.url()).host;
    const origin = `chrome-extension://${extensionId}/`;
    return {
      context,
      extensionId,
      serviceWorker,
      origin,
      popupUrl: `${origin}popup.html`,
      close: async () => {
        await context.close();
        if (ownDir) rmSync(ownDir, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await context.close();
    if (ownDir) rmSync(ownDir, { recursive: true, force: true });
    throw e;
  }
}

/** The extension's running service worker, waiting for it to (re)start if needed. */
export async function extensionWorker(context: BrowserContext, timeout = 20_000): Promise<Worker> {
  const running = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (running) return running;
  return context.waitForEvent('serviceworker', {
    predicate: (w) => w.url().startsWith('chrome-extension://'),
    timeout,
  });
}

/** Opens an extension page (default popup.html) in a new tab and waits for it to load. */
export async function openExtensionPage(session: ChromiumSession, path = 'popup.html'): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`${session.origin}${path}`);
  return page;
}

/**
 * Sends one message API request from an extension page, exactly as the popup does
 * (`chrome.runtime.sendMessage({ type, payload })`), and returns the raw `{ ok, data | error }` reply.
 */
export async function sendFromPage<T = unknown>(
  page: Page,
  type: string,
  payload: unknown = {},
): Promise<{ ok: true; data: T } | { ok: false; error: string }> {
  return page.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: any }).chrome.runtime.sendMessage({ type: t, payload: p }),
    [type, payload] as const,
  );
}

interface SwVersion {
  versionId: string;
  scriptURL: string;
  runningStatus: 'stopped' | 'starting' | 'running' | 'stopping';
}

/**
 * Stops the extension's MV3 service worker the way the browser does when it goes idle
 * (DevTools `ServiceWorker.stopWorker`), and resolves once it reports "stopped". The next event
 * (a message, a tab) starts a fresh worker with empty globals.
 * Note: Playwright keeps the same `Worker` object across restarts, so don't rely on its `close` event.
 */
export async function stopServiceWorker(session: ChromiumSession, timeout = 15_000): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`${session.origin}manifest.json`);
  const cdp = await session.context.newCDPSession(page);
  const latest = new Map<string, SwVersion>();
  const waiters: Array<() => void> = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: SwVersion[] }) => {
    for (const v of e.versions) if (v.scriptURL.startsWith(session.origin)) latest.set(v.versionId, v);
    waiters.splice(0).forEach((w) => w());
  });
  const until = async (ok: () => boolean, what: string) => {
    const deadline = Date.now() + timeout;
    while (!ok()) {
      if (Date.now() > deadline) throw new Error(`service worker: timed out waiting until ${what}`);
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 200);
      });
    }
  };
  try {
    await cdp.send('ServiceWorker.enable');
    await until(() => latest.size > 0, 'the extension worker is listed');
    for (const v of latest.values()) {
      if (v.runningStatus !== 'stopped')
        await cdp.send('ServiceWorker.stopWorker', { versionId: v.versionId });
    }
    await until(() => [...latest.values()].every((v) => v.runningStatus === 'stopped'), 'it is stopped');
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}
