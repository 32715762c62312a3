/**
 * Renders the README screenshots from the real extension in Chromium, on the fixture pages:
 *   npx tsx scripts/screenshots.ts   (builds .output-e2e/chrome-mv3 first if it is missing)
 * Writes docs/screenshot-panel.png, docs/screenshot-panel-dark.png and docs/screenshot-popup.png.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { CHROME_EXT, launchChromium, startSiteServer } from '../test/e2e/support';

if (!existsSync(CHROME_EXT))
  execSync('npx wxt build', { stdio: 'inherit', env: { ...process.env, WXT_OUT_DIR: '.output-e2e' } });
mkdirSync('docs', { recursive: true });

const server = await startSiteServer();
const chrome = await launchChromium({ port: server.port });
try {
  const page = await chrome.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('https://arxiv.org/abs/2106.09685');
    await page.getByRole('complementary', { name: 'Related papers' }).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/screenshot-panel${scheme === 'dark' ? '-dark' : ''}.png` });
  }
  const popup = await chrome.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(chrome.popupUrl);
  await popup.getByRole('tab', { name: 'Search' }).click();
  await popup.getByRole('searchbox', { name: 'Search papers' }).fill('low rank adaptation');
  await popup.getByRole('list', { name: 'Search results' }).locator('li').first().waitFor();
  await popup.waitForTimeout(300);
  await popup.screenshot({ path: 'docs/screenshot-popup.png' });
} finally {
  await chrome.close();
  await server.close();
}
console.log('wrote docs/screenshot-panel.png, docs/screenshot-panel-dark.png, docs/screenshot-popup.png');
