/**
 * GitHub repository pages. The repo itself is a candidate (matched against code links in catalogue
 * abstracts); the README adds paper titles (BibTeX, first heading) and arXiv ids (badges, links).
 * Whether this is a paper page at all is decided by the matcher: an unmatched repo shows no panel.
 */
import type { PageCandidate } from '../messages';
import { absUrl } from './arxiv';
import { arxivIdFromLink, arxivIdsInText } from './arxiv-id';
import { bibtexTitles } from './bibtex';
import { githubRepoFromUrl } from './page-detect';
import { cleanText, metaContent, plausibleTitle } from './text';
import type { Detection } from './types';

const MAX_ARXIV_CANDIDATES = 3;
/** The rendered README, server-rendered or inserted later by GitHub's React views. */
export const README_SELECTOR = 'article.markdown-body';
const MAX_BIBTEX_CANDIDATES = 5;

export function detectGithub(doc: Document, url: URL): Detection | null {
  const fromUrl = githubRepoFromUrl(url);
  if (!fromUrl) return null;
  // The page's own name for the repo keeps its canonical case ("juyongjiang/KaSA").
  const nwo = metaContent(doc, 'octolytics-dimension-repository_nwo');
  const repo = nwo && nwo.toLowerCase() === fromUrl.toLowerCase() ? nwo : fromUrl;
  const repoUrl = `https://github.com/${repo}`;
  const candidates: PageCandidate[] = [{ title: repo, repo, url: repoUrl, source: 'repo' }];

  const readme = doc.querySelector(README_SELECTOR);
  if (readme) candidates.push(...readmeCandidates(readme, repoUrl));
  return { site: 'github', kind: 'single', candidates };
}

function readmeCandidates(readme: Element, repoUrl: string): PageCandidate[] {
  const out: PageCandidate[] = [];
  const ids = readmeArxivIds(readme);

  const bibText = Array.from(readme.querySelectorAll('pre, code'))
    .map((el) => el.textContent ?? '')
    .join('\n');
  const bibIds = arxivIdsInText(bibText);
  for (const title of bibtexTitles(bibText).slice(0, MAX_BIBTEX_CANDIDATES)) {
    if (!plausibleTitle(title)) continue;
    // An arXiv id in the citation itself belongs to the cited paper, when there is only one.
    const arxivId = bibIds.length === 1 ? bibIds[0] : null;
    out.push({ title, arxivId, url: repoUrl, source: 'bibtex' });
  }

  const heading = readme.querySelector('h1') ?? readme.querySelector('h2');
  const headingText = heading ? cleanText(heading) : '';
  if (plausibleTitle(headingText)) out.push({ title: headingText, url: repoUrl, source: 'readme-heading' });

  for (const id of ids.slice(0, MAX_ARXIV_CANDIDATES)) {
    out.push({ title: `arXiv:${id}`, arxivId: id, url: absUrl(id), source: 'arxiv-link' });
  }
  return out;
}

/** arXiv ids from README links, shields.io badges (`img.shields.io/badge/arXiv-2412.06071-…`) and text. */
function readmeArxivIds(readme: Element): string[] {
  const ids = new Set<string>();
  for (const a of Array.from(readme.querySelectorAll('a[href]'))) {
    const id = arxivIdFromLink(a.getAttribute('href') ?? '');
    if (id) ids.add(id);
  }
  for (const img of Array.from(readme.querySelectorAll('img'))) {
    const src = img.getAttribute('data-canonical-src') ?? img.getAttribute('src') ?? '';
    const m = /badge\/arxiv-(\d{4}\.\d{4,5})/i.exec(decodeURIComponent(src));
    if (m?.[1]) ids.add(m[1]);
  }
  for (const id of arxivIdsInText(readme.textContent ?? '')) ids.add(id);
  return [...ids];
}
