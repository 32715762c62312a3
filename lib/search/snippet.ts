import { wordSpans } from './tokens';

/** A piece of text, marked when it is a matched word. Rendered as text nodes and <mark> elements. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits `text` into plain and matched pieces; `terms` are index terms (lower case, no accents). */
export function highlight(text: string, terms: Iterable<string>): Segment[] {
  const wanted = new Set(terms);
  const out: Segment[] = [];
  let at = 0;
  for (const w of wordSpans(text)) {
    if (!wanted.has(w.term)) continue;
    if (w.start > at) push(out, text.slice(at, w.start), false);
    push(out, text.slice(w.start, w.end), true);
    at = w.end;
  }
  if (at < text.length) push(out, text.slice(at), false);
  return out;
}

/**
 * A window of about `max` characters of `text` around its first matched word, cut at word
 * boundaries, with "…" where it was cut; the start of the text when nothing matched.
 */
export function snippet(text: string, terms: Iterable<string>, max = 220): Segment[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return highlight(clean, terms);
  const wanted = new Set(terms);
  const spans = wordSpans(clean);
  const first = spans.find((w) => wanted.has(w.term));
  // Some context before the match, so the snippet reads as a phrase.
  let start = first ? Math.max(0, first.start - Math.floor(max / 4)) : 0;
  if (start > 0) start = spans.find((w) => w.start >= start)?.start ?? start;
  let end = Math.min(clean.length, start + max);
  if (end < clean.length) {
    const lastWord = [...spans].reverse().find((w) => w.end <= end);
    if (lastWord && lastWord.end > start) end = lastWord.end;
  }
  const body = highlight(clean.slice(start, end), wanted);
  if (start > 0) body.unshift({ text: '…', mark: false });
  if (end < clean.length) body.push({ text: '…', mark: false });
  return merge(body);
}

function push(out: Segment[], text: string, mark: boolean) {
  const last = out[out.length - 1];
  if (last && last.mark === mark) last.text += text;
  else out.push({ text, mark });
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) push(out, s.text, s.mark);
  return out;
}
