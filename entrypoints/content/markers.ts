import { findAnchorElement, type SiteName } from '@/lib/sites';
import type { PageResult } from '@/lib/messages';

export const MARKER_TAG = 'related-papers-mark';

const MARKER_CSS = `:host{all:initial!important;display:inline-block!important;margin-left:.5em!important;vertical-align:baseline!important}
span{font:600 11px/1.6 system-ui,sans-serif;padding:0 .5em;border-radius:999px;white-space:nowrap;background:#e6f4ea;color:#1a6b30;border:1px solid #b7dfc2}
span.saved{background:#e8eefc;color:#2747a8;border-color:#bccbf3}
@media (prefers-color-scheme:dark){span{background:#17351f;color:#7ee2a0;border-color:#2c5a38}span.saved{background:#243352;color:#a9c4ff;border-color:#3b5488}}`;

export interface Markers {
  /** Follows a save or removal made in the panel. */
  setSaved(paperId: string, saved: boolean): void;
}

function label(saved: boolean): string {
  return saved ? 'In catalogue · saved' : 'In catalogue';
}

/**
 * A small text marker beside each catalogue paper listed on a multi-paper page. Each lives in its own
 * shadow root, so the page's styles and scripts see one inert inline element. Removed when `signal` aborts.
 */
export function placeMarkers(
  doc: Document,
  site: SiteName,
  url: URL,
  found: PageResult[],
  signal: AbortSignal,
): Markers {
  const byPaper = new Map<string, HTMLSpanElement[]>();
  const hosts: HTMLElement[] = [];
  for (const f of found) {
    if (!f.match || !f.candidate.anchor) continue;
    const anchor = findAnchorElement(doc, site, f.candidate.anchor, url);
    if (!anchor) continue;
    const host = doc.createElement(MARKER_TAG);
    host.dataset.paperId = f.match.paper.id;
    const root = host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = MARKER_CSS;
    const text = doc.createElement('span');
    text.textContent = label(f.saved);
    text.className = f.saved ? 'saved' : '';
    root.append(style, text);
    anchor.append(host);
    hosts.push(host);
    byPaper.set(f.match.paper.id, [...(byPaper.get(f.match.paper.id) ?? []), text]);
  }
  signal.addEventListener('abort', () => hosts.forEach((m) => m.remove()), { once: true });
  return {
    setSaved(paperId, saved) {
      for (const text of byPaper.get(paperId) ?? []) {
        text.textContent = label(saved);
        text.className = saved ? 'saved' : '';
      }
    },
  };
}
