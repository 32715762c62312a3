/**
 * Reading text out of page elements without the noise sites add around titles: "Title:" labels,
 * MathJax's rendered copies of formulas (which repeat the title text), LaTeXML footnotes.
 * Formulas come back as their TeX source between `$`, which normaliseTitle understands.
 */

/** Elements that only duplicate or decorate text. */
const SKIP_SELECTOR = [
  '.descriptor',
  '.MathJax_Preview',
  '.MathJax',
  '.MathJax_Display',
  '.MathJax_SVG',
  '.MathJax_CHTML',
  '.MathJax_SVG_Display',
  'mjx-assistive-mml',
  '.ltx_note',
  '.ltx_role_footnote',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'a.anchor',
].join(',');

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Text of an element with formulas as `$TeX$`, decorations skipped, whitespace collapsed. */
export function cleanText(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  walk(el, parts);
  return collapse(parts.join(''));
}

function walk(node: Node, out: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 3) {
      out.push(child.nodeValue ?? '');
      continue;
    }
    if (!isElement(child)) continue;
    const tag = child.tagName.toLowerCase();
    if (tag === 'script') {
      // MathJax 2 keeps the TeX source of a formula in <script type="math/tex">.
      const type = child.getAttribute('type') ?? '';
      if (type.startsWith('math/tex')) out.push(`$${child.textContent ?? ''}$`);
      continue;
    }
    if (tag === 'br') {
      out.push(' ');
      continue;
    }
    if (tag === 'math') {
      // MathML from LaTeXML carries the TeX in alttext.
      const alt = child.getAttribute('alttext');
      out.push(alt ? `$${alt}$` : (child.textContent ?? ''));
      continue;
    }
    if (tag === 'mjx-container') {
      // MathJax 3 drops the TeX; its assistive MathML has the plain characters.
      const mml = child.querySelector('mjx-assistive-mml');
      out.push(mml?.textContent ?? child.textContent ?? '');
      continue;
    }
    if (child.matches(SKIP_SELECTOR)) continue;
    walk(child, out);
    if (/^(p|div|li|h[1-6]|dd|dt|tr|blockquote|section)$/.test(tag)) out.push(' ');
  }
}

export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

export function metaContent(doc: Document, name: string): string | null {
  const el = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
  const value = el?.getAttribute('content');
  return value ? collapse(value) : null;
}

/** Titles longer than this are page text that a selector caught by mistake, not a paper title. */
export const MAX_TITLE_CHARS = 600;

export function plausibleTitle(title: string): boolean {
  return title.length >= 3 && title.length <= MAX_TITLE_CHARS && /\p{L}/u.test(title);
}

export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}
