/** Time from DOMContentLoaded (or from a soft navigation) to the panel, for the e2e run and the bench. */
export const PANEL_MARK = 'related-papers:panel';

export function pageStart(): number {
  const nav = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined;
  return nav?.domContentLoadedEventStart || nav?.responseEnd || 0;
}

/** Whole milliseconds since `start` (e.g. until related papers filled the panel). */
export function since(start: number): number {
  return Math.max(0, Math.round(performance.now() - start));
}

/** Marks the panel as shown and returns the whole milliseconds since `start`. */
export function markPanel(start: number): number {
  const ms = since(start);
  try {
    performance.mark(PANEL_MARK, { detail: { ms } });
  } catch {
    // Very old engines lack mark details; the host attribute still carries the number.
  }
  return ms;
}
