/** arXiv: abstract pages, HTML (LaTeXML) papers, PDFs (by URL only), listings and search results. */
import type { PageCandidate } from '../messages';
import { arxivIdsInText, arxivIdFromLink, arxivIdWithVersionFromUrl, parseArxivId } from './arxiv-id';
import { isArxivAbs, isArxivHtml, isArxivListing, isArxivPdf, isArxivSearch } from './page-detect';
import { clip, cleanText, collapse, metaContent, plausibleTitle } from './text';
import type { Detection } from './types';

const MAX_ABSTRACT = 20_000;

export function absUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

export function detectArxiv(doc: Document, url: URL): Detection | null {
  if (isArxivPdf(url)) return pdfDetection(url);
  if (isArxivAbs(url)) return single(absCandidate(doc, url));
  if (isArxivHtml(url)) return single(htmlCandidate(doc, url));
  if (isArxivListing(url) || isArxivSearch(url)) {
    const candidates = arxivEntries(doc, url).map(entryCandidate);
    return candidates.length ? { site: 'arxiv', kind: 'multi', candidates } : null;
  }
  return null;
}

function single(candidate: PageCandidate | null): Detection | null {
  return candidate ? { site: 'arxiv', kind: 'single', candidates: [candidate] } : null;
}

/** Content scripts don't run in the PDF viewer; the popup detects PDFs from the URL alone. */
function pdfDetection(url: URL): Detection | null {
  const id = arxivIdWithVersionFromUrl(url)?.id;
  if (!id) return null;
  return single({ title: `arXiv:${id}`, arxivId: id, url: absUrl(id), source: 'url' });
}

function absCandidate(doc: Document, url: URL): PageCandidate | null {
  // citation_* meta tags hold the raw TeX title/abstract; the visible h1 is rewritten by MathJax.
  const title = metaContent(doc, 'citation_title') ?? cleanText(doc.querySelector('h1.title'));
  if (!plausibleTitle(title)) return null;
  const abstract =
    metaContent(doc, 'citation_abstract') ?? cleanText(doc.querySelector('blockquote.abstract'));
  const metaId = metaContent(doc, 'citation_arxiv_id');
  const id = (metaId ? parseArxivId(metaId)?.id : null) ?? arxivIdWithVersionFromUrl(url)?.id ?? null;
  return {
    title,
    abstract: abstract ? clip(abstract, MAX_ABSTRACT) : undefined,
    arxivId: id,
    url: id ? absUrl(id) : url.href,
    source: metaContent(doc, 'citation_title') ? 'meta' : 'heading',
  };
}

function htmlCandidate(doc: Document, url: URL): PageCandidate | null {
  const heading = doc.querySelector('h1.ltx_title_document, .ltx_title_document');
  const title = heading ? cleanText(heading) : collapse(doc.title);
  if (!plausibleTitle(title)) return null;
  const abstractEl = doc.querySelector('.ltx_abstract');
  let abstract = '';
  if (abstractEl) {
    const paras = Array.from(abstractEl.querySelectorAll('p'));
    abstract = paras.length ? paras.map((p) => cleanText(p)).join(' ') : cleanText(abstractEl);
  }
  // The watermark "arXiv:2403.14403v2 [cs.CL] 28 Mar 2024" is the page's own id; URLs may be /html/ID/.
  const watermark = doc.querySelector('#watermark-tr')?.textContent ?? '';
  const id = arxivIdsInText(watermark)[0] ?? arxivIdWithVersionFromUrl(url)?.id ?? null;
  return {
    title,
    abstract: abstract ? clip(abstract, MAX_ABSTRACT) : undefined,
    arxivId: id,
    url: id ? absUrl(id) : url.href,
    source: heading ? 'heading' : 'document-title',
  };
}

/** One paper on a listing or search page. */
export interface ArxivEntry {
  id: string;
  /** The element carrying the title: where an inline marker goes. */
  titleEl: Element;
  title: string;
  abstract: string;
}

export function arxivEntries(doc: Document, url: URL): ArxivEntry[] {
  return isArxivSearch(url) ? searchEntries(doc, url) : listingEntries(doc, url);
}

/**
 * Listings: `<dt>` (id link) + `<dd>` (div.list-title …) pairs. The 2024 layout puts each section in
 * its own `dl#articles` and gives the abs link `id=ID`; the older one wraps the link in
 * `span.list-identifier`. Both have `a[href*="/abs/"]` in the dt, which is what is read here.
 */
function listingEntries(doc: Document, base: URL): ArxivEntry[] {
  const out: ArxivEntry[] = [];
  const seen = new Set<string>();
  for (const dt of Array.from(doc.querySelectorAll('dl dt'))) {
    const link = dt.querySelector('a[href*="/abs/"]');
    const id = link ? idFromHref(link.getAttribute('href') ?? '', base) : null;
    if (!id || seen.has(id)) continue;
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName.toLowerCase() !== 'dd' && dd.tagName.toLowerCase() !== 'dt')
      dd = dd.nextElementSibling;
    if (!dd || dd.tagName.toLowerCase() !== 'dd') continue;
    const titleEl = dd.querySelector('.list-title');
    if (!titleEl) continue;
    const title = cleanText(titleEl);
    if (!plausibleTitle(title)) continue;
    seen.add(id);
    out.push({ id, titleEl, title, abstract: cleanText(dd.querySelector('p.mathjax, p')) });
  }
  return out;
}

/** Search results: `li.arxiv-result`; highlighted words are separate `span.search-hit` elements. */
function searchEntries(doc: Document, base: URL): ArxivEntry[] {
  const out: ArxivEntry[] = [];
  for (const li of Array.from(doc.querySelectorAll('li.arxiv-result'))) {
    const link = li.querySelector('.list-title a[href*="/abs/"], a[href*="/abs/"]');
    const id = link ? idFromHref(link.getAttribute('href') ?? '', base) : null;
    const titleEl = li.querySelector('p.title, .title');
    if (!id || !titleEl) continue;
    const title = cleanText(titleEl);
    if (!plausibleTitle(title)) continue;
    const full = li.querySelector('.abstract-full') ?? li.querySelector('.abstract-short, p.abstract');
    const abstract = cleanText(full)
      .replace(/^Abstract\s*:\s*/i, '')
      .replace(/\s*[△▽]\s*(Less|More)\s*$/u, '');
    out.push({ id, titleEl, title, abstract });
  }
  return out;
}

/** Relative links resolve against the page URL, not `doc.baseURI` (detached documents have none). */
function idFromHref(href: string, base: URL): string | null {
  try {
    return arxivIdFromLink(new URL(href.trim(), base).href);
  } catch {
    return null;
  }
}

function entryCandidate(e: ArxivEntry): PageCandidate {
  return {
    title: e.title,
    abstract: e.abstract ? clip(e.abstract, MAX_ABSTRACT) : undefined,
    arxivId: e.id,
    url: absUrl(e.id),
    source: 'listing',
    anchor: e.id,
  };
}
