import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Row } from '../harness/results';

export const BUNDLE_OUT = 'bench/out/build';

/**
 * Builds the Chrome extension into its own folder (never `.output/`) and weighs what each entrypoint
 * loads, raw (minified) and gzip. The naive comparison is the whole extension's JavaScript: what a
 * page would pay if the content script bundled the engines instead of asking the worker.
 */
export function benchBundles(root: string): Row[] {
  const ext = builtExtension(root);
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[]; css?: string[] }[];
    action?: { default_popup?: string };
    options_ui?: { page?: string };
  };
  const entries: [string, string[]][] = [];
  const content = (manifest.content_scripts ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]);
  entries.push(['content script', [...new Set(content)]]);
  if (manifest.background?.service_worker)
    entries.push(['background worker', [manifest.background.service_worker]]);
  if (manifest.action?.default_popup) entries.push(['popup', pageAssets(ext, manifest.action.default_popup)]);
  if (manifest.options_ui?.page) entries.push(['options', pageAssets(ext, manifest.options_ui.page)]);

  const all = new Set(entries.flatMap(([, files]) => files.filter((f) => f.endsWith('.js'))));
  const total = weigh(ext, [...all]);
  const rows: Row[] = [];
  for (const [name, files] of entries) {
    const w = weigh(ext, files);
    const naive =
      name === 'content script' ? { label: 'all extension JS', value: total.raw / 1000 } : undefined;
    rows.push({
      section: 'Bundle',
      metric: `${name} (minified)`,
      size: null,
      value: w.raw / 1000,
      unit: 'kB',
      naive,
    });
    rows.push({
      section: 'Bundle',
      metric: `${name} (gzip)`,
      size: null,
      value: w.gzip / 1000,
      unit: 'kB',
      naive: naive && { label: 'all extension JS, gzip', value: total.gzip / 1000 },
      note: files.length > 1 ? `${files.length} files` : undefined,
    });
  }
  return rows;
}

let built: string | null = null;

/** The Chrome build of this run (built on first use): measured here, loaded by the Chromium section. */
export function builtExtension(root: string): string {
  if (built) return built;
  const out = resolve(root, BUNDLE_OUT);
  build(root, out);
  const ext = join(out, 'chrome-mv3');
  if (!existsSync(join(ext, 'manifest.json'))) throw new Error(`wxt build wrote no ${ext}/manifest.json`);
  built = ext;
  return ext;
}

function build(root: string, out: string): void {
  for (let attempt = 1; ; attempt++) {
    const run = spawnSync('npx', ['wxt', 'build'], {
      cwd: root,
      env: { ...process.env, WXT_OUT_DIR: out },
      encoding: 'utf8',
    });
    if (run.status === 0) return;
    // `.wxt/` is shared with other builds running at the same moment: one retry.
    if (attempt >= 2) throw new Error(`wxt build failed:\n${run.stdout}\n${run.stderr}`);
  }
}

/** Scripts and styles an extension page loads: its script tags, module preloads and stylesheets. */
function pageAssets(ext: string, page: string): string[] {
  const html = readFileSync(join(ext, page), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]!.replace(/^\//, ''));
  return [...new Set(refs)];
}

function weigh(ext: string, files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const bytes = readFileSync(join(ext, f));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}
