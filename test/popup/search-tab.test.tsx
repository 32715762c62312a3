// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { RelatedPapersDB } from '@/lib/db';
import { App } from '@/entrypoints/popup/App';
import { startWorker } from './worker';

let db: RelatedPapersDB;
beforeEach(() => {
  db = startWorker('popup-search');
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const noPage = async () => null;

async function openSearch() {
  render(<App loadPage={noPage} />);
  const box = await screen.findByRole('searchbox', { name: 'Search papers' });
  return box as HTMLInputElement;
}

function type(box: HTMLInputElement, text: string) {
  fireEvent.input(box, { target: { value: text } });
}

const results = () => screen.getByRole('list', { name: 'Search results' });
const titles = () =>
  within(results())
    .queryAllByRole('listitem')
    .map((li) => li.querySelector('a')!.textContent);

describe('popup Search tab (real worker on fake-indexeddb)', () => {
  it('opens on Search, focused, when the tab shows no paper', async () => {
    const box = await openSearch();
    expect(screen.getByRole('tab', { name: 'Search' }).getAttribute('aria-selected')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(box));
  });

  it('updates results as you type; the first words of a title put that paper first', async () => {
    const box = await openSearch();
    type(box, 'Towards Deeper');
    await waitFor(() => expect(titles()[0]).toBe('Towards Deeper Graph Neural Networks'));
    type(box, 'Supermsk'); // one-letter typo
    await waitFor(() =>
      expect(titles()[0]).toBe('Exclusive Supermask Subnetwork Training for Continual Learning'),
    );
  });

  it('shows title, date and a snippet with matched words in <mark> elements built as nodes', async () => {
    const box = await openSearch();
    type(box, 'kolmogorov');
    await waitFor(() => expect(titles().length).toBeGreaterThan(0));
    const first = within(results()).getAllByRole('listitem')[0]!;
    const marks = [...first.querySelectorAll('mark')].map((m) => m.textContent!.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === 'kolmogorov')).toBe(true);
    expect(first.querySelector('.rp-meta')!.textContent).toMatch(/\d{4}|[A-Z][a-z]{2} \d/);
    expect(first.querySelector('.pp-snippet')!.textContent!.length).toBeGreaterThan(40);
  });

  it('saves from a result with an aria-pressed toggle, and "Saved only" filters to it', async () => {
    const box = await openSearch();
    type(box, 'continual learning');
    await waitFor(() => expect(titles().length).toBeGreaterThan(2));
    const second = within(results()).getAllByRole('listitem')[1]!;
    const title = second.querySelector('a')!.textContent!;
    const toggle = within(second).getByRole('button', { name: 'Save to reading list' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(toggle.getAttribute('aria-pressed')).toBe('true'));
    expect((await db.reading.toArray()).map((r) => r.title)).toEqual([title]);

    fireEvent.click(screen.getByRole('checkbox', { name: 'Saved only' }));
    await waitFor(() => expect(titles()).toEqual([title]));
  });

  it('filters by year', async () => {
    const box = await openSearch();
    type(box, 'learning');
    await waitFor(() => expect(titles().length).toBeGreaterThan(5));
    const year = screen.getByRole('combobox', { name: 'Year' }) as HTMLSelectElement;
    fireEvent.change(year, { target: { value: '2020' } });
    await waitFor(async () => {
      const shown = titles();
      expect(shown.length).toBeGreaterThan(0);
      const papers = (await db.papers.toArray()).filter((p) => shown.includes(p.title));
      expect(papers).toHaveLength(shown.length);
      expect(papers.every((p) => p.year === 2020)).toBe(true);
    });
  });

  it('moves through results with Up/Down from the box and opens the active one with Enter', async () => {
    const box = await openSearch();
    type(box, 'continual learning');
    await waitFor(() => expect(titles().length).toBeGreaterThan(2));
    const items = () => within(results()).getAllByRole('listitem');
    expect(items()[0]!.getAttribute('aria-current')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    await waitFor(() => expect(items()[1]!.getAttribute('aria-current')).toBe('true'));
    expect(box.getAttribute('aria-activedescendant')).toBe(items()[1]!.id);
    let opened = '';
    items()[1]!
      .querySelector('a')!
      .addEventListener('click', (e) => {
        opened = (e.currentTarget as HTMLAnchorElement).href;
        e.preventDefault();
      });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(opened).toMatch(/^https:\/\//);
  });

  it('says so when nothing matches', async () => {
    const box = await openSearch();
    type(box, 'qqqqzzzzxxxx');
    await waitFor(() => expect(screen.getByText(/No papers match/)).toBeTruthy());
  });
});
