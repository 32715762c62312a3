/**
 * End-to-end helpers. Typical use in a `*.e2e.ts` file (the "browser" Vitest project, run serially
 * after one Chrome + Firefox build into `.output-e2e/`):
 *
 *   const server = await startSiteServer();            // https://arxiv.org/… etc. from test/fixtures/pages
 *   server.route('https://github.com/a/b', '<html>…'); // extra pages
 *   const chrome = await launchChromium({ port: server.port, extensionPath: inject('chromeExt') });
 *   const popup = await openExtensionPage(chrome);     // chrome-extension://ID/popup.html
 *   await sendFromPage(popup, 'catalogue.stats');      // raw message API round trip
 *   await stopServiceWorker(chrome);                   // MV3 worker restart
 *   const ff = await launchFirefox({ port: server.port, extensionPath: inject('firefoxExt') });
 *   const ffPopup = await openFirefoxExtensionPage(ff);
 *
 * Playwright locators pierce open shadow roots, so `page.getByRole('complementary', { name: … })`
 * finds the panel. Always close sessions and the server in afterAll.
 */
export * from './paths';
export * from './server';
export * from './chromium';
export * from './firefox';
