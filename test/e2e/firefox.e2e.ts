import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'puppeteer-core';
import {
  launchFirefox,
  openFirefoxExtensionPage,
  sendFromFirefoxPage,
  type FirefoxSession,
} from './support/firefox';
import { fixturePage, startSiteServer, type SiteServer } from './support/server';

/**
 * Firefox parity: the MV2 build in Firefox ESR shows the panel with the right paper, lists the
 * catalogue papers on a listing page, saves from the panel, and the popup shows the saved paper
 * and searches. Elements are found by their accessible names (the contract of panel and popup).
 */

let server: SiteServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startSiteServer();
  firefox = await launchFirefox({ port: server.port, extensionPath: inject('firefoxExt') });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

interface PanelView {
  title: string | null;
  status: string | null;
  pressed: string | null;
  onPage: string[];
  related: number;
}

/** What the panel shows, read from its open shadow root; null while there is no panel. */
function readPanel(page: Page): Promise<PanelView | null> {
  return page.evaluate(() => {
    const aside = [...document.querySelectorAll('*')]
      .map((e) => e.shadowRoot?.querySelector('aside[aria-label="Related papers"]'))
      .find(Boolean);
    if (!aside) return null;
    const section = aside.querySelector('section[aria-label="This paper"]');
    const list = aside.querySelector('ul[aria-label="On this page"]');
    return {
      title: section?.querySelector('h2')?.textContent ?? null,
      status: section?.querySelector('[role="status"]')?.textContent ?? null,
      pressed: section?.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed') ?? null,
      onPage: list ? [...list.querySelectorAll('a')].map((a) => a.textContent ?? '') : [],
      related: aside.querySelectorAll('[aria-label="Related"] > li').length,
    };
  });
}

async function panelOn(
  url: string,
  ready: (v: PanelView) => boolean,
): Promise<{ page: Page; view: PanelView }> {
  const page = await firefox.browser.newPage();
  await page.goto(url);
  let view: PanelView | null = null;
  await expect
    .poll(
      async () => {
        view = await readPanel(page);
        return view !== null && ready(view);
      },
      { timeout: 20_000, interval: 200 },
    )
    .toBe(true);
  return { page, view: view! };
}

for (const url of [
  'https://arxiv.org/abs/2301.02828',
  'https://arxiv.org/abs/2509.16664',
  'https://arxiv.org/html/2403.14403v2',
]) {
  test(`panel with the right paper on ${url}`, async () => {
    const want = fixturePage(url).expect!;
    const { page, view } = await panelOn(url, (v) => v.title !== null && v.related > 0);
    expect(view.title).toBe(want.title);
    expect(view.status).toMatch(want.inCatalogue ? /^In catalogue/ : /^Not in catalogue/);
    await page.close();
  });
}

test('a listing page lists the catalogue papers "On this page"', async () => {
  const url = 'https://arxiv.org/list/cs.LG/new';
  const want = fixturePage(url).expect!.onPage!;
  const { page, view } = await panelOn(url, (v) => v.onPage.length > 0);
  expect([...view.onPage].sort()).toEqual([...want].sort());
  await page.close();
});

test('saving from the panel shows in the popup reading list, and the popup searches', async () => {
  const url = 'https://arxiv.org/abs/2301.02828';
  const { page } = await panelOn(url, (v) => v.pressed === 'false');
  const toggle = await page.evaluateHandle(() =>
    [...document.querySelectorAll('*')]
      .map((e) => e.shadowRoot?.querySelector('section[aria-label="This paper"] button[aria-pressed]'))
      .find(Boolean),
  );
  const button = toggle.asElement();
  expect(button).not.toBeNull();
  expect(await page.evaluate((b) => (b as HTMLElement).textContent, button!)).toMatch(/Save/);
  await (button as import('puppeteer-core').ElementHandle<Element>).click();
  await expect.poll(async () => (await readPanel(page))?.pressed, { timeout: 10_000 }).toBe('true');

  const popup = await openFirefoxExtensionPage(firefox, 'popup.html');
  const stored = await sendFromFirefoxPage<{ title: string }[]>(popup, 'reading.list');
  expect(stored.ok && stored.data.map((r) => r.title)).toEqual([
    'Why do Nearest Neighbor Language Models Work?',
  ]);

  // The popup's own UI: the Reading list tab lists it.
  await popup.waitForSelector('[role="tab"]');
  await clickTab(popup, 'Reading list');
  await expect
    .poll(
      () =>
        popup.$$eval('ul[aria-label="Reading list"] > li', (lis) => lis.map((li) => li.textContent ?? '')),
      {
        timeout: 10_000,
      },
    )
    .toEqual([expect.stringContaining('Why do Nearest Neighbor Language Models Work?')]);

  // And Search finds catalogue papers as you type.
  await clickTab(popup, 'Search');
  await popup.waitForSelector('input[aria-label="Search papers"]');
  await popup.type('input[aria-label="Search papers"]', 'nearest neighbor language models');
  await expect
    .poll(
      () =>
        popup.$$eval('ol[aria-label="Search results"] > li', (lis) =>
          lis.map((li) => li.querySelector('a')?.textContent ?? ''),
        ),
      { timeout: 10_000 },
    )
    .toContain('Why do Nearest Neighbor Language Models Work?');
  await popup.close();
  await page.close();
});

async function clickTab(popup: Page, name: string): Promise<void> {
  const tabs = await popup.$$('[role="tab"]');
  for (const t of tabs) {
    if ((await t.evaluate((e) => e.textContent?.trim())) === name) return t.click();
  }
  throw new Error(`no popup tab named "${name}"`);
}
