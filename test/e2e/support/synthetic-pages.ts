import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSeed } from '../../../lib/catalogue/seed';
import { fixtureDir } from './server';

const TEMPLATE_TITLE = 'Why do Nearest Neighbor Language Models Work?';
const TEMPLATE_ID = '2301.02828';

const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The real-structure arXiv abs fixture, showing `title` (as text, escaped) under arXiv id `id`. */
export function absPage(title: string, id: string): string {
  const template = readFileSync(join(fixtureDir(), 'arxiv-abs-2301.02828.html'), 'utf8');
  return template.replaceAll(TEMPLATE_TITLE, escape(title)).replaceAll(TEMPLATE_ID, id);
}

/**
 * `n` arXiv abstract pages for other catalogue papers, made from the real-structure abs fixture
 * by swapping title and id: { url, title, html }. Ids are synthetic (2401.1xxxx) so no page
 * collides with a fixture.
 */
export function syntheticAbsPages(n: number): Array<{ url: string; title: string; html: string }> {
  const papers = planSeed()
    .entries.filter((p) => p.title !== TEMPLATE_TITLE && /^[\w\s:,.()'?!-]+$/.test(p.title))
    .slice(0, n);
  if (papers.length < n) throw new Error(`only ${papers.length} catalogue papers have plain titles`);
  return papers.map((p, i) => {
    const id = `2401.1${String(i).padStart(4, '0')}`;
    return {
      url: `https://arxiv.org/abs/${id}`,
      title: p.title,
      html: absPage(p.title, id),
    };
  });
}
