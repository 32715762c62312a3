import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageState } from '@/lib/messages';
import { RelatedList } from '../RelatedList';
import { saveKey, useSavedSet, type SaveTarget, type Send } from '../saved';
import { RelatedSection, type RelatedStatus } from './RelatedSection';
import { pageSaveTarget, ThisPaper } from './ThisPaper';

export interface PanelProps {
  state: PageState;
  send: Send;
  collapsed: boolean;
  /** Remembers the choice (settings.set); the panel switches at once whatever the worker says. */
  onCollapsedChange: (collapsed: boolean) => void;
  /** Lets the page's inline markers follow saves made in the panel. */
  onSavedChange?: (paperId: string, saved: boolean) => void;
  /** `state.related` is final ('ready', the default) or still being looked up by a second request. */
  relatedStatus?: RelatedStatus;
}

/** Whether a resolved page gets a panel at all: a detected paper (single) or catalogue papers on it (multi). */
export function hasPanel(state: PageState): boolean {
  return state.kind === 'single' ? state.primary !== null : state.found.some((f) => f.match !== null);
}

function initialSaved(state: PageState): string[] {
  const ids: string[] = [];
  if (state.primary?.saved) ids.push(saveKey(pageSaveTarget(state.primary, state.url)));
  for (const f of state.found) if (f.saved && f.match) ids.push(f.match.paper.id);
  for (const r of state.related) if (r.saved) ids.push(r.paper.id);
  return ids;
}

/**
 * Saved flags as the worker reported them, also for related papers that arrive after the first
 * render, overridden by whatever the user toggled here since.
 */
function useSaved(send: Send, state: PageState) {
  const { setSaved: persist } = useSavedSet(send, () => []);
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const reported = new Set(initialSaved(state));
  return {
    isSaved: (t: SaveTarget) => toggled.get(saveKey(t)) ?? reported.has(saveKey(t)),
    setSaved: async (t: SaveTarget, next: boolean) => {
      await persist(t, next);
      setToggled((prev) => new Map(prev).set(saveKey(t), next));
    },
  };
}

/** The in-page "Related papers" panel (rendered inside an open shadow root by the content script). */
export function Panel({
  state,
  send,
  collapsed: initialCollapsed,
  onCollapsedChange,
  onSavedChange,
  relatedStatus = 'ready',
}: PanelProps) {
  const [collapsed, setCollapsed] = useState(initialCollapsed);
  const { isSaved, setSaved } = useSaved(send, state);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const userToggled = useRef(false);

  // Keyboard users keep their place: focus moves to the control that undoes what they just did.
  useEffect(() => {
    if (userToggled.current) toggleRef.current?.focus();
  }, [collapsed]);

  function toggle(next: boolean) {
    userToggled.current = true;
    setCollapsed(next);
    onCollapsedChange(next);
  }

  const onPage = state.found.flatMap((f) => (f.match ? [{ paper: f.match.paper }] : []));
  const count = state.kind === 'single' ? state.related.length : onPage.length;

  if (collapsed) {
    return (
      <aside class="rp-theme rp-panel rp-collapsed" aria-label="Related papers">
        <button
          ref={toggleRef}
          type="button"
          class="rp-tab"
          aria-label="Show related papers"
          onClick={() => toggle(false)}
        >
          <span class="rp-tab-mark" aria-hidden="true">
            ❖
          </span>
          <span>Related papers</span>
          {count > 0 ? (
            <span class="rp-count" aria-hidden="true">
              {count}
            </span>
          ) : null}
        </button>
      </aside>
    );
  }

  const savePaper = async (paper: { id: string }, next: boolean) => {
    await setSaved({ paperId: paper.id }, next);
    onSavedChange?.(paper.id, next);
  };

  return (
    <aside class="rp-theme rp-panel" aria-label="Related papers">
      <header class="rp-head">
        <span class="rp-brand" aria-hidden="true">
          <span class="rp-tab-mark">❖</span> Related papers
        </span>
        <button
          ref={toggleRef}
          type="button"
          class="rp-hide"
          aria-label="Hide related papers"
          onClick={() => toggle(true)}
        >
          Hide
        </button>
      </header>
      <div class="rp-body">
        {state.kind === 'single' && state.primary ? (
          <ThisPaper result={state.primary} pageUrl={state.url} isSaved={isSaved} setSaved={setSaved} />
        ) : null}
        {state.kind === 'multi' ? (
          <section class="rp-section">
            <h3 class="rp-section-title">In your catalogue on this page</h3>
            <RelatedList
              items={onPage}
              label="On this page"
              ordered={false}
              isSaved={(p) => isSaved({ paperId: p.id })}
              onToggleSave={savePaper}
            />
          </section>
        ) : null}
        {state.kind === 'single' || state.related.length > 0 ? (
          <RelatedSection
            status={relatedStatus}
            items={state.related}
            isSaved={(p) => isSaved({ paperId: p.id })}
            onToggleSave={savePaper}
          />
        ) : null}
      </div>
    </aside>
  );
}
