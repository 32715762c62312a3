import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDir, loadFixturePages, type FixturePage } from '../e2e/support/server';

export { loadFixturePages, type FixturePage };

/**
 * Puts a real fixture page into the happy-dom document under its real URL (scripts dropped: the
 * content script sees the server-rendered DOM, as at document_end).
 */
export function loadPage(file: string, url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  replaceDocument(readFileSync(join(fixtureDir(), file), 'utf8'));
}

export function replaceDocument(html: string): void {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('script').forEach((s) => s.remove());
  const root = document.documentElement;
  for (const a of [...root.attributes]) root.removeAttribute(a.name);
  for (const a of [...parsed.documentElement.attributes]) root.setAttribute(a.name, a.value);
  root.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
}

/** A soft navigation as GitHub's Turbo does it: new URL, new body, then `turbo:load`. */
export function turboVisit(file: string, url: string): void {
  history.pushState({}, '', url);
  const parsed = new DOMParser().parseFromString(readFileSync(join(fixtureDir(), file), 'utf8'), 'text/html');
  parsed.querySelectorAll('script').forEach((s) => s.remove());
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceWith(document.importNode(parsed.body, true));
}
