import type { CatalogueEntry } from '@/lib/catalogue/entry';

/** The URL if it is http(s), else null: page and digest text is untrusted, so no javascript: or data: links. */
export function httpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Where a catalogue paper links to: its arXiv page, else its first code link, else a Hugging Face papers search. */
export function paperHref(paper: Pick<CatalogueEntry, 'title' | 'arxivId' | 'codeLinks'>): string {
  if (paper.arxivId)
    return `https://arxiv.org/abs/${encodeURIComponent(paper.arxivId).replace(/%2F/gi, '/')}`;
  for (const link of paper.codeLinks) {
    const safe = httpUrl(link);
    if (safe) return safe;
  }
  return `https://huggingface.co/papers?q=${encodeURIComponent(paper.title)}`;
}
