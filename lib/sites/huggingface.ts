/** Hugging Face paper pages: `huggingface.co/papers/ID`, titled "Paper page - …", abstract on the page. */
import type { PageCandidate } from '../messages';
import { absUrl } from './arxiv';
import { hfPaperIdFromUrl } from './page-detect';
import { clip, cleanText, collapse, metaContent, plausibleTitle } from './text';
import type { Detection } from './types';

const PREFIX = /^Paper page\s*[-–—:]\s*/i;

export function detectHuggingface(doc: Document, url: URL): Detection | null {
  const id = hfPaperIdFromUrl(url);
  if (!id) return null;
  const props = hydrationProps(doc);
  const h1 = cleanText(doc.querySelector('main h1, h1'));
  const og = metaContent(doc, 'og:title')?.replace(PREFIX, '') ?? '';
  const docTitle = collapse(doc.title).replace(PREFIX, '');
  const title = [h1, props.title ?? '', og, docTitle].find(plausibleTitle);
  if (!title) return null;
  const abstract = abstractText(doc) || props.summary || '';
  const candidate: PageCandidate = {
    title,
    abstract: abstract ? clip(abstract, 20_000) : undefined,
    arxivId: id,
    url: absUrl(id),
    source: h1 === title ? 'heading' : 'meta',
  };
  return { site: 'huggingface', kind: 'single', candidates: [candidate] };
}

/** The paragraph after the "Abstract" heading (the Svelte page has no stable class for it). */
function abstractText(doc: Document): string {
  for (const h of Array.from(doc.querySelectorAll('h2, h3'))) {
    if (collapse(h.textContent ?? '').toLowerCase() !== 'abstract') continue;
    const parts: string[] = [];
    for (let el = h.nextElementSibling; el; el = el.nextElementSibling) {
      if (/^H[1-6]$/.test(el.tagName)) break;
      parts.push(cleanText(el));
    }
    const text = collapse(parts.join(' '));
    if (text) return text;
  }
  return '';
}

/** The page's hydration data (`data-props` JSON): title, and a summary that may be shortened. */
function hydrationProps(doc: Document): { title?: string; summary?: string } {
  for (const el of Array.from(doc.querySelectorAll('[data-props]'))) {
    try {
      const data = JSON.parse(el.getAttribute('data-props') ?? '') as {
        paper?: { title?: unknown; summary?: unknown };
      };
      const paper = data?.paper;
      if (paper && typeof paper.title === 'string') {
        return {
          title: collapse(paper.title),
          summary: typeof paper.summary === 'string' ? collapse(paper.summary) : undefined,
        };
      }
    } catch {
      // Not JSON, or another component's props.
    }
  }
  return {};
}
