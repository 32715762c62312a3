import { detectPage, type Detection } from '@/lib/sites';
import { sendToWorker as send } from './send';
import type { PageState, RelatedItem } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { hasPanel, type PanelProps } from '@/components/panel/Panel';
import { relatedQuery } from '@/lib/match/related-query';
import { README_SELECTOR } from '@/lib/sites/github';
import { mountPanel, type MountedPanel } from './mount';
import { placeMarkers, type Markers } from './markers';
import { markPanel, pageStart, since } from './timing';

export interface ControllerOptions {
  doc: Document;
  /** The content script's lifetime (ctx.signal): everything is torn down when it aborts. */
  signal: AbortSignal;
  detect?: (doc: Document, url: URL) => Detection | null;
  /** How long to wait after a bare URL change for the site to render the new page. */
  settleMs?: number;
  /** How long after a run starts a README rendered late (GitHub's React views) still counts. */
  lateMs?: number;
}

export interface Controller {
  /** The site rendered new content (turbo:load, soft-nav:end, …): re-detect now. */
  onContentChanged(): void;
  /** The URL changed: the old panel is stale at once; re-detect once the new page has rendered. */
  onLocationChanged(): void;
  /** Resolves when every started run, current or aborted, has finished (tests). */
  idle(): Promise<void>;
}

interface Run {
  /** Page URL without its #fragment: following an in-page link is not a navigation. */
  page: string;
  key: string;
  abort: AbortController;
  done: Promise<void>;
}

/**
 * Detect → resolve → render, once per page. Each run gets its own AbortSignal (refined-github's
 * `init(signal)` pattern): a navigation aborts it, which removes its panel and markers and makes any
 * late worker reply for the old URL a no-op.
 */
export function startController({
  doc,
  signal,
  detect = detectPage,
  settleMs = 300,
  lateMs = 5000,
}: ControllerOptions): Controller {
  let run: Run | null = null;
  /** Every run not finished yet, aborted ones included (their late replies must still be harmless). */
  const inflight = new Set<Promise<void>>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The worker holds a state for this tab (badge, popup): clear it when a soft navigation finds nothing. */
  let reported = false;
  let start = pageStart();

  function stop() {
    run?.abort.abort();
    run = null;
  }

  function refresh() {
    if (signal.aborted) return;
    // Turbo marks <html aria-busy> while it fetches the next page: the DOM is still the old one.
    if (doc.documentElement.getAttribute('aria-busy') === 'true') return;
    const url = currentUrl();
    let detection: Detection | null;
    try {
      detection = detect(doc, new URL(url));
    } catch {
      detection = null;
    }
    const key = `${withoutHash(url)}\n${JSON.stringify(detection)}`;
    if (run?.key === key) return;
    stop();
    const abort = new AbortController();
    const current: Run = { page: withoutHash(url), key, abort, done: Promise.resolve() };
    current.done = init(abort.signal, url, detection).catch((e: unknown) => {
      // The page must never break because the worker is busy or gone; say why in the console only.
      if (!abort.signal.aborted) console.warn('[Related Papers]', e instanceof Error ? e.message : e);
    });
    run = current;
    if (detection?.site === 'github') watchForReadme(abort.signal);
    inflight.add(current.done);
    void current.done.then(() => inflight.delete(current.done));
  }

  async function init(runSignal: AbortSignal, url: string, detection: Detection | null): Promise<void> {
    const stale = () => runSignal.aborted || signal.aborted || withoutHash(currentUrl()) !== withoutHash(url);
    if (!detection || detection.candidates.length === 0) {
      if (reported) {
        reported = false;
        await send('page.resolve', { url, kind: 'single', candidates: [] });
      }
      return;
    }
    const began = start;
    const asked = performance.now();
    // Two phases: the worker answers as soon as the match is known (Dexie lookups, no index restore
    // on a cold worker), the panel shows it, and related papers follow in a second request.
    const [settings, state] = await Promise.all([
      send('settings.get', {}),
      send('page.resolve', {
        url,
        kind: detection.kind,
        candidates: detection.candidates.slice(0, 500),
        deferRelated: true,
      }),
    ]);
    // The worker's share of the time to panel, so the bench can tell matching from rendering.
    const resolveMs = Math.round(performance.now() - asked);
    reported = true;
    if (stale()) return;
    const panel = show(runSignal, detection, state, settings);
    if (!panel) return;
    panel.host.dataset.resolveMs = String(resolveMs);
    const query = state.relatedPending && state.primary ? relatedQuery(state.primary) : null;
    if (!query) return;
    let related: RelatedItem[];
    try {
      related = await send('related.forPaper', query);
    } catch (e) {
      if (!stale()) panel.update({ ...panel.props, relatedStatus: 'failed' });
      throw e;
    }
    // A late reply for a page the user has left (GitHub soft navigation) must not touch the new one.
    if (stale()) return;
    panel.update({
      ...panel.props,
      state: { ...state, related, relatedPending: false },
      relatedStatus: 'ready',
    });
    panel.host.dataset.timeToRelated = String(since(began));
  }

  /**
   * GitHub's React views can render the README after load or after a soft navigation: re-detect once
   * when it appears within `lateMs`. refresh() starts a new run only if the candidates changed, and
   * the new run replaces this one's panel, so there is never a second panel.
   */
  function watchForReadme(runSignal: AbortSignal) {
    if (doc.querySelector(README_SELECTOR)) return;
    const observer = new MutationObserver(() => {
      if (!doc.querySelector(README_SELECTOR)) return;
      observer.disconnect();
      // After the current task: the README's subtree is rendered in one go, let it finish.
      schedule(0);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    // Disconnecting twice is harmless: no need to clear the timer when the run ends first.
    const end = () => observer.disconnect();
    setTimeout(end, lateMs);
    runSignal.addEventListener('abort', end, { once: true });
  }

  function show(
    runSignal: AbortSignal,
    detection: Detection,
    state: PageState,
    settings: Settings,
  ): (MountedPanel & { props: PanelProps }) | null {
    if (!settings.panelSites[detection.site] || !hasPanel(state)) return null;
    let markers: Markers | null = null;
    const props: PanelProps = {
      state,
      send,
      collapsed: settings.panelCollapsed,
      onCollapsedChange: (panelCollapsed) => {
        send('settings.set', { patch: { panelCollapsed } }).catch((e: unknown) =>
          console.warn('[Related Papers] could not remember the panel state:', e),
        );
      },
      onSavedChange: (paperId, saved) => markers?.setSaved(paperId, saved),
      relatedStatus: state.relatedPending ? 'loading' : 'ready',
    };
    const mounted = mountPanel(doc, props, runSignal);
    if (state.kind === 'multi') {
      markers = placeMarkers(doc, detection.site, new URL(state.url), state.found, runSignal);
    }
    mounted.host.dataset.timeToPanel = String(markPanel(start));
    return { ...mounted, props };
  }

  function currentUrl(): string {
    return doc.location?.href ?? doc.URL;
  }

  function schedule(delay: number) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      refresh();
    }, delay);
  }

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    stop();
  });

  refresh();

  return {
    onContentChanged() {
      start = performance.now();
      schedule(0);
    },
    onLocationChanged() {
      if (run && run.page === withoutHash(currentUrl())) return;
      start = performance.now();
      stop();
      schedule(settleMs);
    },
    idle: async () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
        refresh();
      }
      while (inflight.size > 0) await Promise.all(inflight);
    },
  };
}

function withoutHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** Events by which single-page sites say they rendered a new page: GitHub (Turbo, soft-nav, pjax), history moves. */
export const CONTENT_EVENTS = ['turbo:load', 'turbo:render', 'soft-nav:end', 'pjax:end', 'popstate'] as const;

export function listenForNavigation(win: Window, controller: Controller, signal: AbortSignal): void {
  for (const type of CONTENT_EVENTS) {
    win.addEventListener(type, () => controller.onContentChanged(), { signal });
  }
}
