import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, openExtensionPage, sendFromPage, type ChromiumSession } from './support/chromium';
import { startSiteServer, type SiteServer } from './support/server';

const SUPERMASK = 'Exclusive Supermask Subnetwork Training for Continual Learning';

let server: SiteServer;
let profile: string;
let chrome: ChromiumSession | null = null;

beforeAll(async () => {
  server = await startSiteServer();
  profile = mkdtempSync(join(tmpdir(), 'rp-popup-e2e-'));
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function launch(): Promise<Page> {
  chrome = await launchChromium({
    port: server.port,
    extensionPath: inject('chromeExt'),
    userDataDir: profile,
  });
  return openExtensionPage(chrome, 'popup.html');
}

const resultTitles = (popup: Page) =>
  popup.getByRole('list', { name: 'Search results' }).getByRole('listitem').getByRole('link');

test('search by first words and with a typo, save, set status, survive a browser restart, remove and undo', async () => {
  let popup = await launch();
  // Opened in a tab of its own, the popup has no page paper: it opens on Search with the box focused.
  await expect
    .poll(() => popup.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected'))
    .toBe('true');
  const box = popup.getByRole('searchbox', { name: 'Search papers' });
  await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);

  await box.pressSequentially('Towards Deeper Gr');
  await expect
    .poll(() => resultTitles(popup).first().textContent())
    .toBe('Towards Deeper Graph Neural Networks');

  await box.fill('');
  await box.pressSequentially('Supermsk'); // one letter missing
  await expect.poll(() => resultTitles(popup).first().textContent()).toBe(SUPERMASK);

  const first = popup.getByRole('list', { name: 'Search results' }).getByRole('listitem').first();
  const toggle = first.getByRole('button', { name: 'Save to reading list' });
  await toggle.click();
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');

  await popup.getByRole('tab', { name: 'Search' }).focus();
  await popup.keyboard.press('ArrowRight');
  await expect
    .poll(() => popup.getByRole('tab', { name: 'Reading list' }).getAttribute('aria-selected'))
    .toBe('true');
  const list = popup.getByRole('list', { name: 'Reading list' });
  await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
  expect(await list.getByRole('link').textContent()).toBe(SUPERMASK);
  await list.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Reading' });
  await expect
    .poll(async () => (await sendFromPage<{ status: string }[]>(popup, 'reading.list')) as unknown)
    .toMatchObject({ ok: true, data: [{ title: SUPERMASK, status: 'reading' }] });

  await chrome!.close();
  chrome = null;
  popup = await launch();

  await popup.getByRole('tab', { name: 'Reading list' }).click();
  const again = popup.getByRole('list', { name: 'Reading list' });
  await expect.poll(() => again.getByRole('listitem').count()).toBe(1);
  expect(await again.getByRole('link').textContent()).toBe(SUPERMASK);
  expect(await again.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('reading');

  await again.getByRole('button', { name: 'Remove from reading list' }).click();
  await expect.poll(() => popup.getByText('Your reading list is empty', { exact: false }).count()).toBe(1);
  await popup.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => again.getByRole('listitem').count()).toBe(1);
  expect(await again.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('reading');
  const stored = await sendFromPage<{ status: string }[]>(popup, 'reading.list');
  expect(stored).toMatchObject({ ok: true, data: [{ title: SUPERMASK, status: 'reading' }] });
});
