import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { CHROME_EXT, E2E_OUT_DIR, FIREFOX_EXT, ROOT } from './paths';

declare module 'vitest' {
  export interface ProvidedContext {
    chromeExt: string;
    firefoxExt: string;
  }
}

/**
 * Builds the extension once per run for Chrome and Firefox into `.output-e2e/`.
 * `E2E_SKIP_BUILD=1` reuses an existing build (handy while iterating on a test).
 */
export default function setup(project: TestProject): void {
  const built =
    existsSync(join(CHROME_EXT, 'manifest.json')) && existsSync(join(FIREFOX_EXT, 'manifest.json'));
  if (!(process.env.E2E_SKIP_BUILD === '1' && built)) {
    // Sequential: both builds share `.wxt/`, which `wxt prepare` rewrites.
    build([]);
    build(['-b', 'firefox']);
  }
  project.provide('chromeExt', CHROME_EXT);
  project.provide('firefoxExt', FIREFOX_EXT);
}

function build(extra: string[]): void {
  const run = spawnSync('npx', ['wxt', 'build', ...extra], {
    cwd: ROOT,
    env: { ...process.env, WXT_OUT_DIR: E2E_OUT_DIR },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`e2e build (wxt build ${extra.join(' ')}) failed:\n${run.stdout}\n${run.stderr}`);
  }
}
