import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const DIRS = ['lib', 'components', 'entrypoints'];

/** Page and digest text is untrusted; these are the ways it could turn into markup or code. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML =', /\.outerHTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write(ln)?\s*\(/],
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['createContextualFragment', /createContextualFragment/],
];

function sources(): string[] {
  return DIRS.flatMap((d) =>
    readdirSync(join(ROOT, d), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ts|tsx|js|html)$/.test(f))
      .map((f) => join(ROOT, d, f)),
  );
}

/** Everything runs locally: nothing in the extension talks to a server. */
const NETWORK: Array<[string, RegExp]> = [
  ['fetch(', /(?<![\w$.])fetch\s*\(/],
  ['XMLHttpRequest', /XMLHttpRequest/],
  ['WebSocket', /WebSocket/],
  ['sendBeacon', /sendBeacon/],
  ['EventSource', /EventSource/],
];

it('no source file turns text into markup or code, or talks to the network', () => {
  const files = sources();
  expect(files.length).toBeGreaterThan(20);
  const offences: string[] = [];
  for (const file of files) {
    // Comments may name the APIs (to say why they are not used); strip them first.
    const code = readFileSync(file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
    for (const [what, re] of [...FORBIDDEN, ...NETWORK])
      if (re.test(code)) offences.push(`${relative(ROOT, file)}: ${what}`);
  }
  expect(offences).toEqual([]);
});
