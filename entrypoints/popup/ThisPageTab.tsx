import type { PageState } from '@/lib/messages';
import { RelatedList } from '@/components/RelatedList';
import { pageSaveTarget, ThisPaper } from '@/components/panel/ThisPaper';
import { saveKey, useSavedSet } from '@/components/saved';
import { send } from '@/lib/messaging/client';

/** The paper(s) the active tab shows, in the catalogue or not, with related papers and save toggles. */
export function ThisPageTab({ state }: { state: PageState | null }) {
  const saved = useSavedSet(send, () => initialSaved(state));
  if (!state || (!state.primary && !state.found.length)) {
    return (
      <p class="pp-empty">
        No paper detected on this page. Open a paper on arXiv, GitHub or Hugging Face, or use Search.
      </p>
    );
  }
  const isSaved = (p: { id: string }) => saved.isSaved({ paperId: p.id });
  const toggle = (p: { id: string }, next: boolean) => saved.setSaved({ paperId: p.id }, next);
  return (
    <div class="pp-page">
      {state.primary ? (
        <ThisPaper
          result={state.primary}
          pageUrl={state.url}
          isSaved={saved.isSaved}
          setSaved={saved.setSaved}
        />
      ) : null}
      {state.found.length ? (
        <section class="pp-section" aria-label="On this page">
          <h2 class="pp-section-title">In your catalogue on this page</h2>
          <RelatedList
            items={state.found.flatMap((r) => (r.match ? [{ paper: r.match.paper }] : []))}
            label="On this page"
            ordered={false}
            isSaved={isSaved}
            onToggleSave={toggle}
            newTab
            empty="None of the papers on this page is in your catalogue."
          />
        </section>
      ) : null}
      <section class="pp-section" aria-label="Related papers">
        <h2 class="pp-section-title">Related in your catalogue</h2>
        <RelatedList
          items={state.related.map((r) => ({ paper: r.paper, reason: r.reason }))}
          label="Related papers"
          isSaved={isSaved}
          onToggleSave={toggle}
          newTab
          empty="No related papers in your catalogue."
        />
      </section>
    </div>
  );
}

function initialSaved(state: PageState | null): string[] {
  if (!state) return [];
  const ids: string[] = [];
  for (const r of [...(state.primary ? [state.primary] : []), ...state.found]) {
    if (r.saved) ids.push(saveKey(pageSaveTarget(r, state.url)));
  }
  for (const r of state.related) if (r.saved) ids.push(r.paper.id);
  return ids;
}
