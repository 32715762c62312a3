import { useEffect, useRef } from 'preact/hooks';
import type { SearchHit } from '@/lib/messages';
import { highlight, snippet } from '@/lib/search/snippet';
import { Highlighted } from './Highlighted';
import { paperHref } from './links';
import { SaveToggle } from './SaveToggle';

export interface SearchResultsProps {
  id: string;
  hits: SearchHit[];
  active: number;
  onToggleSave: (hit: SearchHit, next: boolean) => Promise<void>;
  onHover?: (index: number) => void;
}

export function resultId(listId: string, index: number): string {
  return `${listId}-${index}`;
}

function meta(hit: SearchHit): string {
  const p = hit.paper;
  return [
    p.dateRaw ?? p.date ?? (p.year ? String(p.year) : null),
    p.authors,
    p.upvotes != null ? `${p.upvotes} upvotes` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The "Search results" list: title, date, a snippet with matched words marked, a save toggle. */
export function SearchResults({ id, hits, active, onToggleSave, onHover }: SearchResultsProps) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = list.current?.querySelector<HTMLElement>(`#${CSS.escape(resultId(id, active))}`);
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [active, id]);

  return (
    <ol ref={list} id={id} class="rp-list pp-results" aria-label="Search results">
      {hits.map((hit, i) => (
        <li
          key={hit.paper.id}
          id={resultId(id, i)}
          class={i === active ? 'rp-item pp-result pp-active' : 'rp-item pp-result'}
          aria-current={i === active ? 'true' : undefined}
          onMouseEnter={() => onHover?.(i)}
        >
          <div class="rp-card">
            <div class="rp-card-main">
              <a class="rp-card-title" href={paperHref(hit.paper)} target="_blank" rel="noopener noreferrer">
                <Highlighted segments={highlight(hit.paper.title, hit.terms)} />
              </a>
              <p class="rp-meta">{meta(hit)}</p>
              {hit.paper.abstract ? (
                <p class="pp-snippet">
                  <Highlighted segments={snippet(hit.paper.abstract, hit.terms)} />
                </p>
              ) : null}
            </div>
            <SaveToggle saved={hit.saved} onToggle={(next) => onToggleSave(hit, next)} compact />
          </div>
        </li>
      ))}
    </ol>
  );
}
