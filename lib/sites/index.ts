/**
 * Page detection: which site, single or multi-paper page, and the paper candidates it shows.
 * `detectPage` is pure DOM reading (runs in the content script); matching happens in the worker.
 */
import { arxivEntries, detectArxiv } from './arxiv';
import { detectGithub } from './github';
import { detectHuggingface } from './huggingface';
import { isArxiv, isArxivListing, isArxivSearch, isGithub, isHuggingface } from './page-detect';
import type { Detection, SiteName } from './types';

export type { Detection, SiteName } from './types';
export { arxivIdFromUrl, parseArxivId, arxivIdsInText } from './arxiv-id';
export * as pageDetect from './page-detect';

export function siteOf(url: URL): SiteName | null {
  if (isArxiv(url)) return 'arxiv';
  if (isGithub(url)) return 'github';
  if (isHuggingface(url)) return 'huggingface';
  return null;
}

export function detectPage(doc: Document, url: URL): Detection | null {
  try {
    switch (siteOf(url)) {
      case 'arxiv':
        return detectArxiv(doc, url);
      case 'github':
        return detectGithub(doc, url);
      case 'huggingface':
        return detectHuggingface(doc, url);
      default:
        return null;
    }
  } catch {
    // A page layout we don't understand is "no paper here", never a broken page.
    return null;
  }
}

/**
 * The element of a multi-paper page's entry named by a candidate's `anchor` (its arXiv id):
 * the entry's title element, beside which the content script puts its marker. Null if gone.
 */
export function findAnchorElement(doc: Document, site: SiteName, anchor: string, url?: URL): Element | null {
  if (site !== 'arxiv') return null;
  const pageUrl = url ?? safeUrl(doc.URL);
  if (!pageUrl || !(isArxivListing(pageUrl) || isArxivSearch(pageUrl))) {
    // Unknown URL (e.g. tests): try both layouts.
    const all = [
      ...arxivEntries(doc, new URL('https://arxiv.org/list/x/new')),
      ...arxivEntries(doc, new URL('https://arxiv.org/search/')),
    ];
    return all.find((e) => e.id === anchor)?.titleEl ?? null;
  }
  return arxivEntries(doc, pageUrl).find((e) => e.id === anchor)?.titleEl ?? null;
}

function safeUrl(s: string): URL | null {
  try {
    return new URL(s);
  } catch {
    return null;
  }
}
