import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID } from './support/paths';
import { launchFirefox, openFirefoxExtensionPage, sendFromFirefoxPage } from './support/firefox';
import { launchChromium, openExtensionPage, sendFromPage, type ChromiumSession } from './support/chromium';
import { startSiteServer, type SiteServer } from './support/server';

let server: SiteServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startSiteServer();
  chrome = await launchChromium({ port: server.port, extensionPath: inject('chromeExt') });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

test('the built extension loads in Chromium with its pinned id and a running worker', () => {
  expect(chrome.extensionId).toBe(CHROME_EXTENSION_ID);
  expect(chrome.serviceWorker.url()).toBe(`chrome-extension://${CHROME_EXTENSION_ID}/background.js`);
});

test('the popup page opens in a tab and a message round trip reports the 157 seed papers', async () => {
  const popup = await openExtensionPage(chrome, 'popup.html');
  const reply = await sendFromPage<{ papers: number; reading: number }>(popup, 'catalogue.stats');
  expect(reply).toMatchObject({ ok: true, data: { papers: 157, reading: 0 } });
  await popup.close();
});

test('fixture sites are served by real URL, unknown paths get 404', async () => {
  const page = await chrome.context.newPage();
  const res = await page.goto('https://arxiv.org/abs/2301.02828');
  expect(res?.status()).toBe(200);
  expect(await page.title()).toContain('Why do Nearest Neighbor Language Models Work?');
  const missing = await page.goto('https://arxiv.org/abs/0000.00000');
  expect(missing?.status()).toBe(404);
  await page.close();
});

test('the Firefox build installs in Firefox ESR and answers the message API from an extension page', async () => {
  const firefox = await launchFirefox({ port: server.port, extensionPath: inject('firefoxExt') });
  try {
    expect(firefox.addonId).toBe(GECKO_ID);
    const page = await openFirefoxExtensionPage(firefox, 'popup.html');
    const reply = await sendFromFirefoxPage<{ papers: number }>(page, 'catalogue.stats');
    expect(reply).toMatchObject({ ok: true, data: { papers: 157 } });
  } finally {
    await firefox.close();
  }
});
