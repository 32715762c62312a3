import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

/**
 * Reads the BUILT manifests (what users install), not wxt.config.ts: a permission slipped in by a
 * module or a default would show up here. The documented list is in test/README.md ("Permissions").
 */
const PERMISSIONS = ['storage', 'unlimitedStorage'];
const HOSTS = ['https://arxiv.org/*', 'https://github.com/*', 'https://huggingface.co/*'];
const CSP_DIRECTIVES = ["script-src 'self'", "object-src 'none'", "base-uri 'none'"];

function manifest(dir: string): Record<string, any> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

function assertStrictCsp(csp: unknown) {
  expect(typeof csp).toBe('string');
  const directives = (csp as string).split(';').map((d) => d.trim());
  for (const d of CSP_DIRECTIVES) expect(directives).toContain(d);
  // Nothing that re-enables eval, inline code or remote scripts.
  expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
}

function contentScriptMatches(m: Record<string, any>): string[] {
  return (m.content_scripts ?? []).flatMap((c: { matches: string[] }) => c.matches);
}

describe('Chrome MV3 build', () => {
  const m = manifest(inject('chromeExt'));

  test('asks for exactly storage + unlimitedStorage and the three paper sites over https', () => {
    expect(m.manifest_version).toBe(3);
    expect([...m.permissions].sort()).toEqual([...PERMISSIONS].sort());
    expect([...m.host_permissions].sort()).toEqual([...HOSTS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|"webRequest|"scripting"|"history"|"cookies"/);
  });

  test('content scripts run only on the declared hosts', () => {
    for (const match of contentScriptMatches(m)) expect(HOSTS).toContain(match);
  });

  test('extension pages have a strict CSP and nothing is exposed to web pages', () => {
    assertStrictCsp(m.content_security_policy?.extension_pages);
    expect(m.web_accessible_resources ?? []).toEqual([]);
    expect(m.externally_connectable).toBeUndefined();
  });
});

describe('Firefox MV2 build', () => {
  const m = manifest(inject('firefoxExt'));

  test('asks for exactly storage + unlimitedStorage and the three paper sites over https', () => {
    expect(m.manifest_version).toBe(2);
    expect([...m.permissions].sort()).toEqual([...PERMISSIONS, ...HOSTS].sort());
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toMatch(/<all_urls>|"tabs"|"webRequest|"history"|"cookies"/);
    for (const match of contentScriptMatches(m)) expect(HOSTS).toContain(match);
  });

  test('has a gecko id, a sensible minimum version and declares no data collection', () => {
    const gecko = m.browser_specific_settings?.gecko;
    expect(gecko.id).toBe('related-papers@related-papers.app');
    // ESR 140 is the first to read data_collection_permissions; don't claim support for older.
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('has a strict CSP and nothing is exposed to web pages', () => {
    assertStrictCsp(m.content_security_policy);
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });
});
