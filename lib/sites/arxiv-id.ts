/**
 * arXiv identifiers: new style `2106.09685` (4+4/5 digits) and old style `hep-th/9901001`,
 * `math.GT/0309136`, both with an optional version `v2`. Ids are compared without version.
 */

const NEW_ID = String.raw`\d{4}\.\d{4,5}`;
const OLD_ID = String.raw`[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}`;
const ID = `(${NEW_ID}|${OLD_ID})(v\\d+)?`;

/** An id alone (after trimming), e.g. from `citation_arxiv_id`. */
const WHOLE_ID = new RegExp(`^(?:arxiv:)?${ID}$`, 'i');
/** An id inside running text: "arXiv:2412.06071", "arXiv preprint arXiv:2412.06071v1". */
const ID_IN_TEXT = new RegExp(`(?:^|[^\\w.\\/-])(?:arxiv[:\\s]\\s*)${ID}(?![\\w.])`, 'gi');
/** The path of an arXiv URL that names one paper. */
const PATH_ID = new RegExp(`^\\/(abs|pdf|html|format|src)\\/${ID}(?:\\.pdf)?(?:\\/.*)?$`, 'i');

export interface ArxivId {
  id: string;
  version: number | null;
}

/** Canonical form: new-style ids as is, old-style archive names lower case (the class keeps its case). */
function canonical(id: string): string {
  const slash = id.indexOf('/');
  if (slash < 0) return id;
  const archive = id.slice(0, slash);
  const dot = archive.indexOf('.');
  const name =
    dot < 0 ? archive.toLowerCase() : archive.slice(0, dot).toLowerCase() + archive.slice(dot).toUpperCase();
  return name + id.slice(slash);
}

function build(id: string, version: string | undefined): ArxivId {
  return { id: canonical(id), version: version ? Number(version.slice(1)) : null };
}

export function parseArxivId(text: string): ArxivId | null {
  const m = WHOLE_ID.exec(text.trim());
  return m?.[1] ? build(m[1], m[2]) : null;
}

/** Every distinct arXiv id written as "arXiv:ID" in a text. */
export function arxivIdsInText(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(ID_IN_TEXT)) if (m[1]) out.add(build(m[1], m[2]).id);
  return [...out];
}

export function isArxivHost(host: string): boolean {
  return /^(www\.|export\.|browse\.)?arxiv\.org$/i.test(host);
}

/** The paper an arxiv.org URL names (abs, pdf, html, format, src pages), without version; else null. */
export function arxivIdFromUrl(url: URL | string): string | null {
  return arxivIdWithVersionFromUrl(url)?.id ?? null;
}

export function arxivIdWithVersionFromUrl(url: URL | string): ArxivId | null {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (!isArxivHost(u.hostname)) return null;
  const m = PATH_ID.exec(decodeURIComponent(u.pathname));
  return m?.[2] ? build(m[2], m[3]) : null;
}

/** An id from any link to an arXiv paper (arxiv.org/abs|pdf|html/…), e.g. README links. */
export function arxivIdFromLink(href: string): string | null {
  try {
    return arxivIdFromUrl(new URL(href));
  } catch {
    return null;
  }
}
