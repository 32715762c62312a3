import { launch, type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_EXT, FIREFOX_UUID, GECKO_ID } from './paths';
import { startSiteProxy, type SiteProxy } from './proxy';

export interface FirefoxSession {
  browser: Browser;
  proxy: SiteProxy;
  /** The add-on id Firefox reports after installing (our gecko id). */
  addonId: string;
  /** `moz-extension://UUID/` */
  origin: string;
  popupUrl: string;
  close(): Promise<void>;
}

export interface LaunchFirefoxOptions {
  /** Port of the local site server (startSiteServer().port). */
  port: number;
  extensionPath?: string;
}

/**
 * Firefox ESR (WebDriver BiDi through puppeteer-core) with the built MV2 extension installed as a
 * temporary add-on. The site hosts reach the local HTTPS server through a loopback CONNECT proxy;
 * the extension's internal UUID is preset so its pages have a known origin.
 */
export async function launchFirefox(opts: LaunchFirefoxOptions): Promise<FirefoxSession> {
  const proxy = await startSiteProxy(opts.port);
  let browser: Browser | undefined;
  try {
    browser = await launch({
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      acceptInsecureCerts: true,
      // Lets WebDriver BiDi open moz-extension:// pages (the popup) in a tab.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.share_proxy_settings': false,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
        // Quiet: no update checks, telemetry or remote settings while testing.
        'app.update.enabled': false,
        'extensions.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'services.settings.server': 'https://127.0.0.1:1/',
      },
    });
    const addonId = await browser.installExtension(opts.extensionPath ?? FIREFOX_EXT);
    const origin = `moz-extension://${FIREFOX_UUID}/`;
    const b = browser;
    return {
      browser: b,
      proxy,
      addonId,
      origin,
      popupUrl: `${origin}popup.html`,
      close: async () => {
        await b.close().catch(() => {});
        await proxy.close();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => {});
    await proxy.close();
    throw e;
  }
}

/** Opens an extension page (default popup.html) in a new tab. */
export async function openFirefoxExtensionPage(session: FirefoxSession, path = 'popup.html'): Promise<Page> {
  const page = await session.browser.newPage();
  const url = `${session.origin}${path}`;
  // BiDi never reports "load" for moz-extension pages (they move to the extension process), so
  // start the navigation and poll the document instead of awaiting goto.
  page.goto(url, { timeout: 0 }).catch(() => {});
  await waitForDocument(page, url);
  return page;
}

/** Waits until `page` shows `url` fully loaded. */
export async function waitForDocument(page: Page, url: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => null);
    if (state?.href === url && state.ready === 'complete') return;
    if (Date.now() > deadline) throw new Error(`${url} did not load (last seen: ${JSON.stringify(state)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One message API request from an extension page, as the popup sends it. */
export async function sendFromFirefoxPage<T = unknown>(
  page: Page,
  type: string,
  payload: unknown = {},
): Promise<{ ok: true; data: T } | { ok: false; error: string }> {
  return page.evaluate(
    (t, p) =>
      (globalThis as unknown as { browser: any }).browser.runtime.sendMessage({ type: t, payload: p }),
    type,
    payload,
  );
}
