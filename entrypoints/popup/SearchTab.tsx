import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '@/lib/messaging/client';
import type { SearchHit } from '@/lib/messages';
import { SearchBox, type SearchQuery } from '@/components/SearchBox';
import { resultId, SearchResults } from '@/components/SearchResults';

const LIST_ID = 'search-results';

export interface SearchTabProps {
  query: SearchQuery;
  onQuery: (q: SearchQuery) => void;
}

/** Search as you type; only the answer to the latest query is shown. */
export function SearchTab({ query, onQuery }: SearchTabProps) {
  const [hits, setHits] = useState<SearchHit[]>([]);
  const [total, setTotal] = useState(0);
  const [years, setYears] = useState<number[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    send('search.query', { q: query.q, year: query.year, savedOnly: query.savedOnly, limit: 30 })
      .then((res) => {
        if (mine !== seq.current) return;
        setHits(res.hits);
        setTotal(res.total);
        setYears(res.years);
        setActive(0);
        setError(null);
      })
      .catch((e: unknown) => {
        if (mine === seq.current) setError(e instanceof Error ? e.message : String(e));
      });
  }, [query.q, query.year, query.savedOnly]);

  function navigate(key: 'up' | 'down' | 'enter') {
    if (!hits.length) return;
    if (key === 'down') setActive((a) => Math.min(hits.length - 1, a + 1));
    else if (key === 'up') setActive((a) => Math.max(0, a - 1));
    else document.querySelector<HTMLAnchorElement>(`#${resultId(LIST_ID, active)} a`)?.click();
  }

  async function toggleSave(hit: SearchHit, next: boolean) {
    if (next) await send('reading.save', { paperId: hit.paper.id });
    else await send('reading.remove', { id: hit.paper.id });
    setHits((hs) => hs.map((h) => (h.paper.id === hit.paper.id ? { ...h, saved: next } : h)));
  }

  const searching = query.q.trim().length > 0;
  return (
    <section class="pp-search" aria-label="Search">
      <SearchBox
        query={query}
        years={years}
        onChange={onQuery}
        onNavigate={navigate}
        listId={LIST_ID}
        activeId={hits.length ? resultId(LIST_ID, active) : undefined}
        autoFocus
      />
      <p class="pp-count" role="status">
        {error
          ? `Search failed: ${error}`
          : !searching
            ? 'Type to search titles, abstracts and authors. A typo is fine.'
            : total === 0
              ? `No papers match “${query.q.trim()}”${query.year || query.savedOnly ? ' with these filters' : ''}.`
              : `${total} paper${total === 1 ? '' : 's'}${total > hits.length ? `, showing the best ${hits.length}` : ''}`}
      </p>
      <SearchResults id={LIST_ID} hits={hits} active={active} onToggleSave={toggleSave} onHover={setActive} />
    </section>
  );
}
