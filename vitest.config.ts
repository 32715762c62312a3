import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two projects:
 * - unit: everything `*.test.ts(x)` (Node or happy-dom, Dexie on fake-indexeddb);
 * - browser: `*.e2e.ts` suites that build the extension and drive real Chromium and Firefox.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          setupFiles: ['fake-indexeddb/auto'],
          restoreMocks: true,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/**/*.e2e.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
