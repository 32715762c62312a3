import { resolve } from 'node:path';

/** Where the end-to-end builds live: their own folder, so they never clobber `.output/`. */
export const ROOT = resolve(import.meta.dirname, '../../..');
export const E2E_OUT_DIR = resolve(ROOT, '.output-e2e');
export const CHROME_EXT = resolve(E2E_OUT_DIR, 'chrome-mv3');
export const FIREFOX_EXT = resolve(E2E_OUT_DIR, 'firefox-mv2');

/** Pinned by the manifest `key` in wxt.config.ts. */
export const CHROME_EXTENSION_ID = 'apooajcmkpkmldebfbnlfjoehnbmnpid';
export const GECKO_ID = 'related-papers@related-papers.app';
/** Preset through the `extensions.webextensions.uuids` pref so the moz-extension origin is known. */
export const FIREFOX_UUID = '5e0f3c1a-7b2d-4c8e-9a61-0d2b6f4e8a13';

/** The sites the extension reads; the test server answers for these names only. */
export const SITE_HOSTS = ['arxiv.org', 'github.com', 'huggingface.co'] as const;

export const FIXTURE_PAGES = resolve(ROOT, 'test/fixtures/pages');
export const SHARED_FIXTURE_PAGES = '/work/shared/fixtures/pages';
