import { useEffect, useState } from 'preact/hooks';
import type { PageState } from '@/lib/messages';
import { PopupTabs, type TabDef } from '@/components/PopupTabs';
import type { SearchQuery } from '@/components/SearchBox';
import { activeTabState, hasPaper } from './activeTab';
import { ThisPageTab } from './ThisPageTab';
import { SearchTab } from './SearchTab';
import { ReadingTab } from './ReadingTab';

type TabId = 'page' | 'search' | 'reading';
const TABS: TabDef<TabId>[] = [
  { id: 'page', label: 'This page' },
  { id: 'search', label: 'Search' },
  { id: 'reading', label: 'Reading list' },
];

export interface AppProps {
  /** Tests pass the page state; the popup asks the worker about the active tab. */
  loadPage?: () => Promise<PageState | null>;
}

/** The toolbar popup: opens on "This page" when the active tab shows a paper, else on "Search". */
export function App({ loadPage = activeTabState }: AppProps) {
  const [page, setPage] = useState<PageState | null | undefined>(undefined);
  const [tab, setTab] = useState<TabId | null>(null);
  const [query, setQuery] = useState<SearchQuery>({ q: '', year: null, savedOnly: false });

  useEffect(() => {
    void loadPage().then((state) => {
      setPage(state);
      setTab((t) => t ?? (hasPaper(state) ? 'page' : 'search'));
    });
  }, [loadPage]);

  if (tab === null) {
    return (
      <main class="pp-root" aria-busy="true">
        <p class="pp-empty">Loading…</p>
      </main>
    );
  }
  return (
    <main class="pp-root">
      <PopupTabs tabs={TABS} selected={tab} onSelect={setTab}>
        {tab === 'page' ? <ThisPageTab state={page ?? null} /> : null}
        {tab === 'search' ? <SearchTab query={query} onQuery={setQuery} /> : null}
        {tab === 'reading' ? <ReadingTab /> : null}
      </PopupTabs>
    </main>
  );
}
