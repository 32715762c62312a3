import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const PAGES_DIR = join(__dirname, '../fixtures/pages');

export interface ManifestPage {
  file: string;
  url: string;
  note: string;
  expect: { panel: boolean; inCatalogue?: boolean; title?: string; pageTitle?: string; onPage?: string[] };
}

export function manifest(): ManifestPage[] {
  return (JSON.parse(readFileSync(join(PAGES_DIR, 'manifest.json'), 'utf8')) as { pages: ManifestPage[] })
    .pages;
}

/** Parses a saved page into a fresh Document, as the browser would have it at document_idle. */
export function loadPage(file: string, url?: string): Document {
  const html = readFileSync(join(PAGES_DIR, file), 'utf8');
  const doc = document.implementation.createHTMLDocument('');
  doc.documentElement.innerHTML = html.replace(/^<!DOCTYPE[^>]*>/i, '');
  void url;
  return doc;
}
