import { defineConfig } from 'wxt';

/** Hosts the extension reads. Keep in sync with README "Permissions" and test/manifest.test.ts. */
export const HOSTS = ['https://arxiv.org/*', 'https://github.com/*', 'https://huggingface.co/*'];

// Public half of the extension key: pins the Chrome extension id to apooajcmkpkmldebfbnlfjoehnbmnpid
// so end-to-end tests and users' backups see one stable origin.
const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjdsJ3e6LONuqtzIROlbLrWHJ6hQc5vk9iyAsf0cger+Uvl+fE6liVrChNvIRTywleTXyw8WJwjsrE7DRjDlMv0sa2RirtROq52A8guFJ5WsyotVBqL8bTPmXKECNMjNHGhoSuAxLoaUVWIQH1PrE70u+yfXRWhb5N4HgtCwTmcowBRW4gEbIEWXyJMY5YyzY5OU/ZZToLkD1xey94pDNaN2pF7GFAj+XuQd8/CrifT9HngohdfjMtAzLyIKv8PqBl/9n29r5NpTw3F8e9KsESa+Ba0bxnRkduhBiWJ99LkSBJmc4EKR0nmfEVZSeshjs9Iqet28MyjE4AycSnIHbLwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/auto-icons'],
  autoIcons: { baseIconPath: 'public/icon.svg', developmentIndicator: false },
  // End-to-end runs build into their own folder so parallel builds never clobber each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Related Papers',
    description:
      'See whether the paper you are reading is in your catalogue, and which catalogue papers are related to it. Works offline.',
    permissions: ['storage', 'unlimitedStorage'],
    host_permissions: HOSTS,
    action: { default_title: 'Related Papers' },
    ...(browser === 'chrome' ? { key: CHROME_KEY } : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'related-papers@related-papers.app',
              // 140 (ESR) / 142 (Android) are the first versions that read data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
    content_security_policy:
      manifestVersion === 3
        ? {
            extension_pages:
              "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
          }
        : "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  }),
});
