/**
 * URL predicates for every page kind the extension knows, in one place (like refined-github's
 * page-detect), so adapters, the content script and the popup agree on what a page is.
 */
import { arxivIdWithVersionFromUrl, isArxivHost } from './arxiv-id';

export const isArxiv = (url: URL): boolean => isArxivHost(url.hostname);

export const isArxivAbs = (url: URL): boolean => isArxiv(url) && /^\/abs\//.test(url.pathname) && hasId(url);
export const isArxivPdf = (url: URL): boolean => isArxiv(url) && /^\/pdf\//.test(url.pathname) && hasId(url);
export const isArxivHtml = (url: URL): boolean =>
  isArxiv(url) && /^\/html\//.test(url.pathname) && hasId(url);
/** `/list/cs.LG/new`, `/list/cs.LG/recent`, `/list/hep-th/2401`, `/list/cs/pastweek?show=…` */
export const isArxivListing = (url: URL): boolean =>
  isArxiv(url) && /^\/list\/[^/]+\/[^/]+/.test(url.pathname);
/** `/search/?query=…`, `/search/advanced?…`, `/a/author_x_1` (author listings share the result layout). */
export const isArxivSearch = (url: URL): boolean =>
  isArxiv(url) && (/^\/search(\/|$)/.test(url.pathname) || /^\/a\/[^/]+/.test(url.pathname));

function hasId(url: URL): boolean {
  return arxivIdWithVersionFromUrl(url) !== null;
}

export const isGithub = (url: URL): boolean => /^(www\.)?github\.com$/i.test(url.hostname);

/**
 * First path segments on github.com that are GitHub's own pages, not users or organisations.
 * Kept broad: a false "repo" only costs a lookup, but a settings page must never show a panel.
 */
const GITHUB_RESERVED = new Set(
  (
    'about account apps blog codespaces collections contact copilot customer-stories dashboard enterprise ' +
    'events explore features github-copilot issues join login logout marketplace new notifications orgs ' +
    'organizations pricing pulls readme search security sessions settings signup site sponsors stars ' +
    'topics trending users watching resources solutions team discussions models'
  ).split(' '),
);

/** Repo sub-pages that are about the repo's code or paper, where the README is shown or near. */
const OWNER_RE = /^[a-z\d](?:[a-z\d-]{0,38})$/i;
const REPO_RE = /^[\w.-]{1,100}$/;

/** `owner/repo` of a repository page (`/owner/repo` and its sub-paths), else null. */
export function githubRepoFromUrl(url: URL): string | null {
  if (!isGithub(url)) return null;
  const [owner, repo] = url.pathname.split('/').filter(Boolean);
  if (!owner || !repo) return null;
  if (GITHUB_RESERVED.has(owner.toLowerCase()) || !OWNER_RE.test(owner)) return null;
  const clean = repo.replace(/\.git$/i, '');
  if (!REPO_RE.test(clean) || clean === '.' || clean === '..') return null;
  return `${owner}/${clean}`;
}

export const isGithubRepo = (url: URL): boolean => githubRepoFromUrl(url) !== null;

export const isHuggingface = (url: URL): boolean => /^(www\.)?huggingface\.co$/i.test(url.hostname);

/** `huggingface.co/papers/2309.06922` (not `/papers`, `/papers/trending`, `/papers/date/…`). */
export const isHfPaper = (url: URL): boolean =>
  isHuggingface(url) && /^\/papers\/(\d{4}\.\d{4,5})(v\d+)?\/?$/.test(url.pathname);

export function hfPaperIdFromUrl(url: URL): string | null {
  if (!isHuggingface(url)) return null;
  return /^\/papers\/(\d{4}\.\d{4,5})(?:v\d+)?\/?$/.exec(url.pathname)?.[1] ?? null;
}
