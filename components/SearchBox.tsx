import { useEffect, useRef } from 'preact/hooks';

export interface SearchQuery {
  q: string;
  year: number | null;
  savedOnly: boolean;
}

export interface SearchBoxProps {
  query: SearchQuery;
  years: number[];
  onChange: (next: SearchQuery) => void;
  /** Up/Down/Enter from the box move through and open results. */
  onNavigate: (key: 'up' | 'down' | 'enter') => void;
  listId: string;
  activeId?: string;
  autoFocus?: boolean;
}

/** The search box ("Search papers") with its year and "Saved only" filters. */
export function SearchBox({
  query,
  years,
  onChange,
  onNavigate,
  listId,
  activeId,
  autoFocus,
}: SearchBoxProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  function onKeyDown(e: KeyboardEvent) {
    const key =
      e.key === 'ArrowDown' ? 'down' : e.key === 'ArrowUp' ? 'up' : e.key === 'Enter' ? 'enter' : null;
    if (!key) return;
    e.preventDefault();
    onNavigate(key);
  }

  return (
    <div class="pp-searchbar">
      <input
        ref={input}
        type="search"
        role="searchbox"
        class="pp-search-input"
        aria-label="Search papers"
        placeholder="Search titles, abstracts, authors…"
        aria-controls={listId}
        aria-activedescendant={activeId}
        autocomplete="off"
        spellcheck={false}
        value={query.q}
        onInput={(e) => onChange({ ...query, q: e.currentTarget.value })}
        onKeyDown={onKeyDown}
      />
      <div class="pp-filters">
        <label class="pp-filter">
          <span>Year</span>
          <select
            value={query.year === null ? '' : String(query.year)}
            onChange={(e) =>
              onChange({ ...query, year: e.currentTarget.value ? Number(e.currentTarget.value) : null })
            }
          >
            <option value="">All years</option>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label class="pp-filter pp-check">
          <input
            type="checkbox"
            checked={query.savedOnly}
            onChange={(e) => onChange({ ...query, savedOnly: e.currentTarget.checked })}
          />
          <span>Saved only</span>
        </label>
      </div>
    </div>
  );
}
