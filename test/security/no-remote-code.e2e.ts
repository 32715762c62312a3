import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => join(dir, f));
}

/** The built bundles are what runs: they must not evaluate strings or load code from anywhere. */
describe.each([
  ['chrome', () => inject('chromeExt')],
  ['firefox', () => inject('firefoxExt')],
])('%s build', (_name, dir) => {
  test('no eval, new Function, string timers or remote script loading in any bundle', () => {
    const bundles = files(dir(), /\.js$/);
    expect(bundles.length).toBeGreaterThan(1);
    const offences: string[] = [];
    for (const file of bundles) {
      const code = readFileSync(file, 'utf8');
      const rules: Array<[string, RegExp]> = [
        ['eval(', /(?<![\w$.])eval\s*\(/],
        ['new Function', /new\s+Function\s*\(/],
        ['string setTimeout', /setTimeout\s*\(\s*["'`]/],
        ['importScripts(http', /importScripts\s*\(\s*["'`]https?:/],
        ['import(http', /import\s*\(\s*["'`]https?:/],
      ];
      for (const [what, re] of rules) if (re.test(code)) offences.push(`${relative(dir(), file)}: ${what}`);
    }
    expect(offences).toEqual([]);
  });

  test('HTML pages load only packaged scripts (no inline or remote <script>)', () => {
    for (const file of files(dir(), /\.html$/)) {
      const html = readFileSync(file, 'utf8');
      for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
        expect(tag, `${relative(dir(), file)}: ${tag}`).toMatch(/\ssrc="(\.{0,2}\/)?[\w./-]+\.js"/);
        expect(tag).not.toMatch(/src="(https?:)?\/\//);
      }
      // An inline script would have content between the tags.
      expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/);
    }
  });
});
