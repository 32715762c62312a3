/**
 * Paper titles from BibTeX snippets in READMEs: `title={…}` (nested braces), `title = "…"`,
 * `Title = {{…}}`. Not a full BibTeX parser: only what README citation blocks use.
 */
import { collapse } from './text';

const FIELD = /(?:^|[,\s{])title\s*=\s*/gi;

export function bibtexTitles(text: string): string[] {
  if (!text.includes('@')) return [];
  const out: string[] = [];
  for (const m of text.matchAll(FIELD)) {
    const start = (m.index ?? 0) + m[0].length;
    const value = readValue(text, start);
    if (value === null) continue;
    const title = collapse(value.replace(/(?<!\\)[{}]/g, ''));
    if (title && !out.includes(title)) out.push(title);
  }
  return out;
}

/** The value starting at `i`: a balanced `{…}` group or a `"…"` string (braces inside balanced). */
function readValue(text: string, i: number): string | null {
  const open = text[i];
  if (open !== '{' && open !== '"') return null;
  let depth = 0;
  for (let j = i; j < text.length && j - i < 2000; j++) {
    const c = text[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (open === '{' && depth === 0) return text.slice(i + 1, j);
      if (depth < 0) return null;
    } else if (c === '"' && open === '"' && j > i && depth === 0) {
      return text.slice(i + 1, j);
    }
  }
  return null;
}
