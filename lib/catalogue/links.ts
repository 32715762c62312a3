/** Clean http(s) URLs out of abstract text, and GitHub `owner/repo` keys for repo matching. */

// Digests keep TeX escapes from arXiv abstracts (`lambda\_orthogonality`, `\url{…}`).
const TEX_ESCAPE = /\\([_%&#~])/g;
const URL_RE = /https?:\/\/[^\s<>"'{}\\|^`]+/gi;
const TRAILING = /[.,;:!?'")\]}>*]+$/;

export function extractLinks(text: string): string[] {
  const unescaped = text.replace(TEX_ESCAPE, '$1');
  const out: string[] = [];
  const seen = new Set<string>();
  for (const raw of unescaped.match(URL_RE) ?? []) {
    let url = raw;
    // Strip trailing punctuation, but keep a closing paren that closes one inside the URL.
    for (;;) {
      const m = TRAILING.exec(url);
      if (!m) break;
      const trail = m[0];
      if (trail.endsWith(')') && (url.match(/\(/g)?.length ?? 0) >= (url.match(/\)/g)?.length ?? 0)) break;
      url = url.slice(0, -1);
    }
    if (!isHttpUrl(url)) continue;
    const key = repoKey(url) ?? url.toLowerCase().replace(/\/$/, '');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(url);
  }
  return out;
}

export function isHttpUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/** `https://github.com/Owner/Repo.git/tree/x` → `owner/repo`; null for anything that is not a GitHub repo URL. */
export function repoKey(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!/^(www\.)?github\.com$/i.test(u.hostname)) return null;
  const [owner, repo] = u.pathname.split('/').filter(Boolean);
  if (!owner || !repo) return null;
  const cleanRepo = repo.replace(/\.git$/i, '').replace(TRAILING, '');
  if (!/^[\w.-]+$/.test(owner) || !/^[\w.-]+$/.test(cleanRepo)) return null;
  return `${owner}/${cleanRepo}`.toLowerCase();
}
